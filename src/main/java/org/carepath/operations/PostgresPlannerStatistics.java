package org.carepath.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Teaches PostgreSQL how many authorizations grant what (docs/benchmarks.md, "The sector queue"). The
 * engine checks a task's authorizations with {@code PERMS_ & 2 = 2}; without statistics on that
 * expression the planner guesses that 0.5% of the rows match, when nearly all do, and joins each open
 * task with every authorization (10,000 open tasks: 15 s for a queue page). Statistics on the two masks
 * the task queries use (READ on a task, READ_TASK on a process definition) let it look each task's up
 * by index instead. Created once, kept up to date by autovacuum's analyze; PostgreSQL 14 or newer.
 */
@Component
class PostgresPlannerStatistics {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresPlannerStatistics.class);
  static final String[] STATEMENTS = {
      "create statistics if not exists carepath_auth_read on (perms_ & 2) from act_ru_authorization",
      "create statistics if not exists carepath_auth_read_task on (perms_ & 64) from act_ru_authorization",
      "analyze act_ru_authorization"};

  private final DataSource dataSource;

  PostgresPlannerStatistics(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationStartedEvent.class)
  void create() {
    try (Connection connection = dataSource.getConnection()) {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        for (String sql : STATEMENTS) {
          statement.execute(sql);
        }
      }
    } catch (SQLException e) {
      // an older server, or a user who does not own the engine's tables: slower queues, nothing lost
      LOG.warn("No planner statistics for the engine's authorizations (queues at scale will be slow): {}", e.getMessage());
    }
  }
}

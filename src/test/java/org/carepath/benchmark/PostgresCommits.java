package org.carepath.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.carepath.support.PostgresTestDatabase;

/**
 * The physical reference: how many single-row commits PostgreSQL takes on this machine from the same
 * number of clients (one connection each, autocommit), so carepath's rates read against the disk's.
 */
final class PostgresCommits {

  private PostgresCommits() {}

  static Load.Result measure(PostgresTestDatabase database, int threads, int warmup, int seconds) throws Exception {
    try (Connection setup = database.connect(); var statement = setup.createStatement()) {
      statement.execute("create table if not exists benchmark_commit (id bigserial primary key, at timestamptz not null)");
    }
    ConcurrentLinkedQueue<Connection> connections = new ConcurrentLinkedQueue<>();
    ThreadLocal<PreparedStatement> insert = ThreadLocal.withInitial(() -> {
      try {
        Connection connection = database.connect();
        connection.setAutoCommit(true);
        connections.add(connection);
        return connection.prepareStatement("insert into benchmark_commit (at) values (now())");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    try {
      return Load.run("PostgreSQL: one-row insert, commit", threads, warmup, seconds,
          () -> insert.get().executeUpdate() == 1);
    } finally {
      for (Connection connection : connections) {
        connection.close();
      }
      try (Connection cleanup = database.connect(); var statement = cleanup.createStatement()) {
        statement.execute("drop table benchmark_commit");
      }
    }
  }
}

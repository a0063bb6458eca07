package org.carepath.identity;

import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo accounts never reach a real database. The {@code demo} profile (the default when no profile is
 * set) creates nine users with the password {@code demo}, one an administrator: it refuses to start on
 * anything but its own embedded H2 database, so setting only {@code SPRING_DATASOURCE_URL} no longer
 * fills a PostgreSQL database with them. The demo users alone ({@code carepath.demo.users-enabled}) need
 * {@code carepath.demo.users-on-any-database=true} on another database: only carepath's own PostgreSQL
 * tests set it, never an installation.
 */
@Component
class DemoGuard {

  private final Environment environment;
  private final boolean usersEnabled;
  private final boolean anyDatabase;
  private final String databaseUrl;

  DemoGuard(Environment environment,
      @Value("${carepath.demo.users-enabled:false}") boolean usersEnabled,
      @Value("${carepath.demo.users-on-any-database:false}") boolean anyDatabase,
      @Value("${spring.datasource.url:}") String databaseUrl) {
    this.environment = environment;
    this.usersEnabled = usersEnabled;
    this.anyDatabase = anyDatabase;
    this.databaseUrl = databaseUrl;
  }

  boolean usersEnabled() {
    return usersEnabled;
  }

  /** Fails the start-up, with what to do instead, when demo accounts would reach a real database. */
  void check() {
    boolean embedded = databaseUrl.startsWith("jdbc:h2:");
    if (embedded) {
      return;
    }
    if (Arrays.asList(environment.getActiveProfiles()).contains("demo")
        || (environment.getActiveProfiles().length == 0 && Arrays.asList(environment.getDefaultProfiles()).contains("demo"))) {
      throw new IllegalStateException("The demo profile runs only on its embedded H2 database (its users all have the "
          + "password 'demo'), but the database is " + withoutCredentials(databaseUrl) + ". To run carepath on "
          + "PostgreSQL start it with SPRING_PROFILES_ACTIVE=postgres and CAREPATH_ADMIN_PASSWORD set (README, "
          + "docs/operations.md); the administrator then onboards staff in Admin.");
    }
    if (usersEnabled && !anyDatabase) {
      throw new IllegalStateException("carepath.demo.users-enabled creates users with the password 'demo' and is "
          + "refused on " + withoutCredentials(databaseUrl) + ": demo accounts never reach a real database");
    }
  }

  private static String withoutCredentials(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}

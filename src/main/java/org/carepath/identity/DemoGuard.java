package org.carepath.identity;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Demo accounts never reach a real database. The {@code demo} profile (the default when no profile is
 * set) creates nine users with the password {@code demo}, one an administrator: it refuses to start on
 * anything but its own embedded H2 database, so setting only {@code SPRING_DATASOURCE_URL} no longer
 * fills a PostgreSQL database with them. The demo users alone ({@code carepath.demo.users-enabled}) need
 * {@code carepath.demo.users-on-any-database=true} on another database: only carepath's own PostgreSQL
 * tests set it, never an installation. Runs as soon as the configuration is read, before anything
 * touches the database (registered in META-INF/spring.factories).
 */
public class DemoGuard implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    check(environment);
  }

  static void check(Environment environment) {
    String databaseUrl = environment.getProperty("spring.datasource.url", "");
    if (databaseUrl.startsWith("jdbc:h2:")) {
      return;
    }
    String[] active = environment.getActiveProfiles();
    boolean demoProfile = Arrays.asList(active).contains("demo")
        || (active.length == 0 && Arrays.asList(environment.getDefaultProfiles()).contains("demo"));
    if (demoProfile) {
      throw new IllegalStateException("The demo profile runs only on its embedded H2 database (its users all have the "
          + "password 'demo'), but the database is " + withoutQuery(databaseUrl) + ". To run carepath on "
          + "PostgreSQL start it with SPRING_PROFILES_ACTIVE=postgres and CAREPATH_ADMIN_PASSWORD set (README, "
          + "docs/operations.md); the administrator then onboards staff in Admin.");
    }
    if (environment.getProperty("carepath.demo.users-enabled", Boolean.class, false)
        && !environment.getProperty("carepath.demo.users-on-any-database", Boolean.class, false)) {
      throw new IllegalStateException("carepath.demo.users-enabled creates users with the password 'demo' and is "
          + "refused on " + withoutQuery(databaseUrl) + ": demo accounts never reach a real database");
    }
  }

  private static String withoutQuery(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}

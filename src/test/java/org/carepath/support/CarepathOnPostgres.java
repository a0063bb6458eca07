package org.carepath.support;

import java.util.HashMap;
import java.util.Map;
import org.carepath.CarepathApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * carepath in this JVM on a test's own PostgreSQL database, profile {@code postgres}, on a free port,
 * with the demo users (or, {@link #startAsInstalled}, the administrator only), an engine of the given name and no webapps (they keep static state per JVM:
 * only the cached test contexts may start them). Settings are command-line arguments, so they
 * outrank the profile's application-postgres.yaml.
 */
public final class CarepathOnPostgres {

  private CarepathOnPostgres() {}

  public static ConfigurableApplicationContext start(PostgresTestDatabase database, String engine, Map<String, Object> settings) {
    Map<String, Object> withDemoUsers = new HashMap<>(settings);
    withDemoUsers.putIfAbsent("carepath.demo.users-enabled", "true");
    withDemoUsers.putIfAbsent("carepath.demo.users-on-any-database", "true");
    return startAsInstalled(database, engine, withDemoUsers);
  }

  /** As an installation runs: the {@code postgres} profile and its administrator only. */
  public static ConfigurableApplicationContext startAsInstalled(PostgresTestDatabase database, String engine,
      Map<String, Object> settings) {
    Map<String, Object> properties = new HashMap<>(database.springProperties());
    properties.put("server.port", "0");
    properties.put("carepath.admin.password", adminPassword(engine));
    properties.put("camunda.bpm.process-engine-name", engine);
    properties.put("camunda.bpm.webapp.enabled", "false");
    properties.putAll(settings);
    return new SpringApplicationBuilder(CarepathApplication.class).profiles("postgres")
        .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
  }

  /** The administrator's password of {@link #startAsInstalled} (user {@code admin}). */
  public static String adminPassword(String engine) {
    return engine + "-kettle-42";
  }

  public static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}

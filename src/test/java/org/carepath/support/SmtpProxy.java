package org.carepath.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A mail server fault between carepath and the test's SMTP server (GreenMail), on a port of its own.
 * It passes SMTP through until told otherwise:
 *
 * <ul>
 *   <li>{@link #hang()}: from then on it accepts connections and never answers (a hung mail server);
 *   <li>{@link #onNextAcceptance(Runnable)}: the next time the server accepts a message (its answer to
 *       the end of DATA), the fault runs first and the answer reaches carepath only afterwards: the
 *       letter is with the mail server, carepath does not know it yet.
 * </ul>
 */
public final class SmtpProxy implements AutoCloseable {

  private static final byte[] END_OF_DATA = "\r\n.\r\n".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket server;
  private final int target;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicReference<Runnable> acceptanceFault = new AtomicReference<>();
  private final AtomicInteger hungConnections = new AtomicInteger();
  private final AtomicInteger acceptances = new AtomicInteger();
  private volatile boolean hanging;

  public SmtpProxy(int target) throws IOException {
    this.target = target;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    daemon("smtp-proxy", this::accept);
  }

  public int port() {
    return server.getLocalPort();
  }

  public void hang() {
    hanging = true;
  }

  public int hungConnections() {
    return hungConnections.get();
  }

  /** Messages the server accepted through this proxy. */
  public int acceptances() {
    return acceptances.get();
  }

  /** Runs {@code fault} once, when the server next accepts a message, before carepath hears of it. */
  public void onNextAcceptance(Runnable fault) {
    acceptanceFault.set(fault);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        sockets.add(client);
        if (hanging) {
          hungConnections.incrementAndGet();
          continue; // accepted, never answered
        }
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
        sockets.add(upstream);
        AtomicInteger messagesEnded = new AtomicInteger();
        daemon("smtp-proxy-up", () -> toServer(client, upstream, messagesEnded));
        daemon("smtp-proxy-down", () -> toClient(upstream, client, messagesEnded));
      } catch (IOException closed) {
        // closed by the test
      }
    }
  }

  /** carepath to the server, counting the ends of DATA it sends. */
  private static void toServer(Socket client, Socket upstream, AtomicInteger messagesEnded) {
    try (InputStream in = client.getInputStream(); OutputStream out = upstream.getOutputStream()) {
      byte[] buffer = new byte[8192];
      int matched = 0;
      for (int read; (read = in.read(buffer)) >= 0; ) {
        for (int i = 0; i < read; i++) {
          matched = buffer[i] == END_OF_DATA[matched] ? matched + 1 : (buffer[i] == END_OF_DATA[0] ? 1 : 0);
          if (matched == END_OF_DATA.length) {
            messagesEnded.incrementAndGet();
            matched = 0;
          }
        }
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException closed) {
      // one side went away
    }
  }

  /** The server to carepath: its first answer after an end of DATA is the acceptance (or refusal). */
  private void toClient(Socket upstream, Socket client, AtomicInteger messagesEnded) {
    try (InputStream in = upstream.getInputStream(); OutputStream out = client.getOutputStream()) {
      byte[] buffer = new byte[8192];
      int answered = 0;
      for (int read; (read = in.read(buffer)) >= 0; ) {
        if (messagesEnded.get() > answered) {
          answered = messagesEnded.get();
          if (new String(buffer, 0, read, StandardCharsets.US_ASCII).startsWith("250")) {
            acceptances.incrementAndGet();
            Runnable fault = acceptanceFault.getAndSet(null);
            if (fault != null) {
              fault.run();
            }
          }
        }
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException closed) {
      // one side went away
    }
  }

  private static void daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    sockets.forEach(socket -> {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    });
  }
}

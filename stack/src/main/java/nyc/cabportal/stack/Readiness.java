package nyc.cabportal.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;

/**
 * How the stack knows a part is really ready: a port that accepts connections, an HTTP check that
 * answers 200, or any condition, polled until it holds, failing early with the part's log when the
 * part exits first.
 */
public final class Readiness {

  static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  private Readiness() {}

  /** Waits until {@code ready} holds, failing early with the part's log if the part exits. */
  public static void waitFor(PartProcess part, String what, BooleanSupplier ready) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!ready.getAsBoolean()) {
      if (part != null && !part.isAlive()) {
        throw new IllegalStateException(
            part.name()
                + " exited while waiting for "
                + what
                + "; last lines of "
                + part.log()
                + ":\n"
                + part.logTail(30));
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "timed out after "
                + START_TIMEOUT.toSeconds()
                + " s waiting for "
                + what
                + (part == null ? "" : "; see " + part.log()));
      }
      try {
        Thread.sleep(100); // polling a condition, not waiting for time to pass
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + what, e);
      }
    }
  }

  /** Whether something on this machine accepts connections on {@code port}. */
  static boolean portOpen(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Fails if something listens on {@code port}: it would answer this part's readiness check. */
  static void requireFree(int port) {
    if (portOpen(port)) {
      throw new IllegalStateException(
          "port " + port + " is already in use: stop what listens there or pick another port");
    }
  }

  /** Whether {@code url} answers 200 within 5 s. */
  static boolean answersOk(String url) {
    try {
      HttpResponse<Void> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                  HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs each task on its own thread and waits for all; the first failure is thrown as it was. */
  static void together(Runnable... tasks) {
    CompletableFuture<?>[] all = new CompletableFuture<?>[tasks.length];
    for (int i = 0; i < tasks.length; i++) {
      all[i] = CompletableFuture.runAsync(tasks[i]);
    }
    try {
      CompletableFuture.allOf(all).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}

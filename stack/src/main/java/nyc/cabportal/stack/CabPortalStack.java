package nyc.cabportal.stack;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one-command launcher ({@code ./cabportal run}): starts the whole stack on this machine,
 * prints the URL to open, and on Ctrl-C stops every part it started, keeping their data for the
 * next start.
 */
public final class CabPortalStack {

  private CabPortalStack() {}

  public static void main(String[] args) throws InterruptedException {
    StackSettings settings;
    try {
      settings = StackSettings.fromEnvironment(StackSettings.findRoot(), System.getenv());
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("cabportal: " + e.getMessage());
      System.exit(1);
      return;
    }
    EmbeddedStack stack = new EmbeddedStack(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicBoolean stopping = new AtomicBoolean();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopping.set(true);
                  System.out.println("\nStopping Cab Portal…");
                  stack.close();
                  System.out.println("Stopped. Data kept in " + settings.dataDir());
                  stopped.countDown();
                },
                "cabportal-stop"));
    long t0 = System.nanoTime();
    System.out.println("Starting Cab Portal (data in " + settings.dataDir() + ")");
    System.out.println(
        "  Edge     :" + settings.httpPort() + " → portal 127.0.0.1:" + settings.portalPort());
    System.out.println(
        "  Kafka    "
            + settings.kafkaBootstrapServers()
            + (settings.externalKafka() != null ? " (external)" : ""));
    System.out.println(
        "  MongoDB  "
            + settings.mongoUri()
            + (settings.externalMongo() != null ? " (external)" : ""));
    try {
      stack.startAll();
    } catch (RuntimeException e) {
      if (stopping.get()) {
        // Ctrl-C during start-up: the parts stopped because they were asked to.
        stopped.await();
        return;
      }
      System.err.println("cabportal: could not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    System.out.printf(
        "%nCab Portal is ready after %.1f s. Open %s%n",
        (System.nanoTime() - t0) / 1e9, settings.portalUrl());
    StackSecret admin = stack.adminPassword();
    if (admin.generated()) {
      System.out.printf(
          "Admin pages: %sadmin/ — user admin, password %s (generated now, kept in %s;"
              + " set ADMIN_PASSWORD to choose one)%n",
          settings.portalUrl(), admin.value(), admin.file());
    } else {
      System.out.printf(
          "Admin pages: %sadmin/ — user admin, password %s%n",
          settings.portalUrl(),
          admin.file() != null ? "in " + admin.file() : "from ADMIN_PASSWORD");
    }
    System.out.println("Press Ctrl-C to stop.");
    stopped.await();
  }
}

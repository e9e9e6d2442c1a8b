package nyc.cabportal.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The Liberty portal servers of the stack by HTTP port: the stack's own, and any started beside it
 * to scale out on one machine (another instance of the same Liberty server, with an output
 * directory and log of its own). All share Kafka, MongoDB and the admin password, so an admin
 * signed in on one is signed in on all.
 */
final class PortalServers {

  private final StackSettings settings;
  private final JvmLauncher launcher;
  private final Map<Integer, PartProcess> servers = new ConcurrentSkipListMap<>();
  private StackSecret adminPassword;

  PortalServers(StackSettings settings, JvmLauncher launcher) {
    this.settings = settings;
    this.launcher = launcher;
  }

  /** The admin password every server is started with ({@link StackSecret}). */
  synchronized StackSecret adminPassword() {
    if (adminPassword == null) {
      adminPassword =
          StackSecret.of(System.getenv("ADMIN_PASSWORD"), settings.dataDir(), "admin-password");
    }
    return adminPassword;
  }

  /** Starts a server on {@code httpPort} and waits until its readiness check is UP. */
  void start(int httpPort) {
    PartProcess portal = launch(httpPort, Map.of());
    Readiness.waitFor(
        portal,
        "the portal to be ready (" + readyUrl(httpPort) + ")",
        () -> Readiness.answersOk(readyUrl(httpPort)));
  }

  /**
   * Starts a server on {@code httpPort} with {@code extra} added to its environment, and returns
   * without waiting for it (tests of bad configuration watch it refuse to start).
   */
  PartProcess launch(int httpPort, Map<String, String> extra) {
    Path server = settings.root().resolve("target/liberty/wlp/bin/server");
    if (!Files.isExecutable(server)) {
      throw new IllegalStateException(
          "no Liberty server at " + server + ": build first (mvn -f parent/pom.xml package)");
    }
    Readiness.requireFree(httpPort);
    boolean own = httpPort == settings.portalPort();
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put(
        "WLP_OUTPUT_DIR",
        settings.dataDir().resolve(own ? "liberty" : "liberty-" + httpPort).toString());
    env.put("HTTP_PORT", String.valueOf(httpPort));
    // Behind the edge, reached from this machine only: the edge is the stack's address.
    env.put("HTTP_HOST", "127.0.0.1");
    env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
    env.put("MONGODB_URI", settings.mongoUri());
    env.put("BOROUGHS_GEOJSON", settings.boroughs().toString());
    env.put("TAXI_ZONES_GEOJSON", settings.taxiZones().toString());
    env.put("ADMIN_PASSWORD", adminPassword().value());
    // The edge and the load generator reach the portal from this machine and say which rider they
    // act for in X-Forwarded-For (the rate limit is per rider).
    env.put(
        "CAB_HTTP_TRUSTED_PROXIES",
        System.getenv().getOrDefault("CAB_HTTP_TRUSTED_PROXIES", "127.0.0.1"));
    env.putAll(extra);
    PartProcess portal =
        launcher.start(
            own ? "portal" : "portal-" + httpPort,
            List.of(server.toString(), "run", "cabPortal"),
            env);
    servers.put(httpPort, portal);
    return portal;
  }

  void stop(int httpPort) {
    JvmLauncher.stop(servers.remove(httpPort));
  }

  /** Kills the server on {@code httpPort} at once ({@code kill -9}), as a crash would. */
  void kill(int httpPort) {
    JvmLauncher.kill(servers.remove(httpPort));
  }

  /** Stops every server, side by side. */
  void stopAll() {
    Readiness.together(
        servers.keySet().stream().map(p -> (Runnable) () -> stop(p)).toArray(Runnable[]::new));
  }

  List<PartProcess> running() {
    return List.copyOf(servers.values());
  }

  static String readyUrl(int httpPort) {
    return "http://127.0.0.1:" + httpPort + "/health/ready";
  }
}

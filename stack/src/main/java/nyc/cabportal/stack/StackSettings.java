package nyc.cabportal.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the stack's parts live and listen. Every setting comes from an environment variable with a
 * default for the embedded stack; {@code KAFKA_BOOTSTRAP_SERVERS} or {@code MONGODB_URI} point the
 * stack at an external service instead of starting the embedded one.
 *
 * @param root the repository root (holds target/, worker/, stack/)
 * @param dataDir where the parts keep their data and logs between starts
 * @param httpPort the stack's one address for browsers and clients: the edge ({@code HTTP_PORT},
 *     9080; {@link Edge})
 * @param portalPort where the stack's own portal server listens, on this machine only, behind the
 *     edge ({@code PORTAL_PORT}, 9079)
 * @param workerMetricsPort where the dispatch worker serves its Prometheus metrics ({@code
 *     WORKER_METRICS_PORT}, 9464)
 * @param tripData the NYC trip files data prep loads on the first start ({@code DATAPREP_INPUT}, by
 *     default the shared data beside the repository)
 * @param boroughs the NYC borough boundaries GeoJSON ({@code BOROUGHS_GEOJSON}, by default the
 *     shared one): data prep's estimate model, the worker and the portal's maps read it
 * @param taxiZones the TLC taxi zones GeoJSON ({@code TAXI_ZONES_GEOJSON}, by default the shared
 *     one): the worker places the 2014 tariff's flat fares and surcharges by them
 */
public record StackSettings(
    Path root,
    Path dataDir,
    int httpPort,
    int portalPort,
    int kafkaPort,
    int kafkaControllerPort,
    int mongoPort,
    int workerMetricsPort,
    String externalKafka,
    String externalMongo,
    int rideRequestPartitions,
    Path tripData,
    Path boroughs,
    Path taxiZones) {

  public static StackSettings fromEnvironment(Path root, Map<String, String> env) {
    Path data = Path.of(env.getOrDefault("CAB_DATA_DIR", root.resolve("var").toString()));
    return new StackSettings(
        root.toAbsolutePath().normalize(),
        data.toAbsolutePath().normalize(),
        port(env, "HTTP_PORT", 9080),
        port(env, "PORTAL_PORT", 9079),
        port(env, "KAFKA_PORT", 9092),
        port(env, "KAFKA_CONTROLLER_PORT", 9093),
        port(env, "MONGODB_PORT", 27017),
        port(env, "WORKER_METRICS_PORT", 9464),
        blankToNull(env.get("KAFKA_BOOTSTRAP_SERVERS")),
        blankToNull(env.get("MONGODB_URI")),
        intValue(env, "RIDE_REQUESTS_PARTITIONS", 1),
        Path.of(env.getOrDefault("DATAPREP_INPUT", root.resolve("../shared/data").toString()))
            .toAbsolutePath()
            .normalize(),
        Path.of(
                env.getOrDefault(
                    "BOROUGHS_GEOJSON",
                    root.resolve("../shared/data/nyc_borough_boundaries.geojson").toString()))
            .toAbsolutePath()
            .normalize(),
        Path.of(
                env.getOrDefault(
                    "TAXI_ZONES_GEOJSON",
                    root.resolve("../shared/data/taxi_zones.geojson").toString()))
            .toAbsolutePath()
            .normalize());
  }

  /** The same stack on other ports and another data directory (integration tests). */
  public StackSettings withPorts(
      int http,
      int portal,
      int kafka,
      int kafkaController,
      int mongo,
      int workerMetrics,
      Path data) {
    return new StackSettings(
        root,
        data,
        http,
        portal,
        kafka,
        kafkaController,
        mongo,
        workerMetrics,
        null,
        null,
        rideRequestPartitions,
        tripData,
        boroughs,
        taxiZones);
  }

  /** The same stack loading other trip files on its first start (benchmarks). */
  public StackSettings withTripData(Path files) {
    return new StackSettings(
        root,
        dataDir,
        httpPort,
        portalPort,
        kafkaPort,
        kafkaControllerPort,
        mongoPort,
        workerMetricsPort,
        externalKafka,
        externalMongo,
        rideRequestPartitions,
        files,
        boroughs,
        taxiZones);
  }

  public String kafkaBootstrapServers() {
    return externalKafka != null ? externalKafka : "127.0.0.1:" + kafkaPort;
  }

  public String mongoUri() {
    return externalMongo != null ? externalMongo : "mongodb://127.0.0.1:" + mongoPort;
  }

  public String portalUrl() {
    return "http://localhost:" + httpPort + "/";
  }

  /** Finds the repository root from the working directory (it holds parent/pom.xml). */
  public static Path findRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("parent/pom.xml"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException(
          "run this from inside the Cab Portal repository (no parent/pom.xml found above "
              + Path.of("").toAbsolutePath()
              + ")");
    }
    return p;
  }

  private static int port(Map<String, String> env, String name, int fallback) {
    int v = intValue(env, name, fallback);
    if (v < 1 || v > 65535) {
      throw new IllegalArgumentException(name + " must be a port number (1-65535), not " + v);
    }
    return v;
  }

  private static int intValue(Map<String, String> env, String name, int fallback) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not \"" + v + "\"");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}

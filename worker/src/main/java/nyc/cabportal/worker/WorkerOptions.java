package nyc.cabportal.worker;

import java.util.List;
import java.util.Map;
import nyc.cabportal.trips.cli.Options;
import nyc.cabportal.trips.cli.Options.Option;

/**
 * The worker's options, read as every Cab Portal command line reads them ({@link Options}: flag,
 * then the variable of the same name in capitals, {@code --mongodb-uri} ↔ {@code MONGODB_URI}, then
 * a default that works on the embedded stack).
 */
public record WorkerOptions(
    String kafkaBootstrapServers,
    String mongodbUri,
    String mongodbDatabase,
    String checkpointDir,
    long maxOffsetsPerTrigger,
    long triggerIntervalMs,
    String readyFile,
    String boroughs,
    String taxiZones,
    int fleetSize,
    double matchRadiusKm,
    int metricsPort) {

  /**
   * 200 ms: each micro-batch costs Spark about the same CPU whatever it holds, so batches that
   * follow each other as soon as they end (0) spend it up to ten times a second; at 200 rides/s the
   * stack used 40 % less CPU per ride with 200 ms, for about 90 ms more latency (BENCHMARKS.md,
   * Performance).
   */
  private static final Option TRIGGER_INTERVAL =
      new Option(
          "trigger-interval-ms",
          "200",
          "least time from one micro-batch's start to the next's (0: as soon as one ends)");

  static final List<Option> DECLARED =
      List.of(
          new Option("kafka-bootstrap-servers", "localhost:9092", "the Kafka brokers"),
          new Option("mongodb-uri", "mongodb://localhost:27017", "the store"),
          new Option("mongodb-database", "cabportal", "the database"),
          new Option(
              "checkpoint-dir", "var/checkpoints/dispatch", "the streaming queries' checkpoints"),
          new Option("max-offsets-per-trigger", "20000", "most records in one micro-batch"),
          TRIGGER_INTERVAL,
          new Option("ready-file", "", "a file written once the first micro-batch has run"),
          new Option(
              "boroughs-geojson",
              null,
              "the NYC borough boundaries GeoJSON the estimate model groups trips by"),
          new Option(
              "taxi-zones-geojson",
              null,
              "the TLC taxi zones GeoJSON: where the 2014 tariff's flat fares and surcharges apply"),
          new Option("fleet-size", "3000", "cabs in the simulated fleet"),
          new Option("match-radius-km", "5", "farthest a cab is sent to a pickup, km"),
          new Option(
              "metrics-port", "9464", "where /metrics serves the worker's metrics (Prometheus)"));

  static final String USAGE = Options.usage("DispatchWorker", DECLARED);

  /**
   * The trigger interval alone, read from {@code env} as the worker reads it: for a query that must
   * run on the worker's trigger (the benchmark's latency floor).
   */
  public static long triggerIntervalMs(Map<String, String> env) {
    return triggerInterval(
        Options.parse("DispatchWorker", List.of(TRIGGER_INTERVAL), new String[0], env));
  }

  private static long triggerInterval(Options o) {
    return o.wholeBetween(TRIGGER_INTERVAL.name(), 0, 60_000);
  }

  /** Parses {@code args}; throws {@link IllegalArgumentException} saying what is wrong. */
  public static WorkerOptions parse(String[] args, Map<String, String> env) {
    Options o = Options.parse("DispatchWorker", DECLARED, args, env);
    long maxOffsets = o.positiveWhole("max-offsets-per-trigger");
    int fleetSize = (int) Math.min(o.positiveWhole("fleet-size"), Integer.MAX_VALUE);
    double radius;
    try {
      radius = Double.parseDouble(o.get("match-radius-km"));
    } catch (NumberFormatException e) {
      radius = Double.NaN;
    }
    if (!(radius > 0 && radius <= 50)) {
      throw new IllegalArgumentException(
          "--match-radius-km must be a number of kilometres above 0 and at most 50, not "
              + o.get("match-radius-km"));
    }
    return new WorkerOptions(
        o.get("kafka-bootstrap-servers"),
        o.mongodbUri("mongodb-uri"),
        o.get("mongodb-database"),
        o.get("checkpoint-dir"),
        maxOffsets,
        triggerInterval(o),
        o.get("ready-file"),
        o.get("boroughs-geojson"),
        o.get("taxi-zones-geojson"),
        fleetSize,
        radius,
        o.port("metrics-port"));
  }
}

package nyc.cabportal.worker;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The worker's options. Each {@code --name value} option falls back to the environment variable of
 * the same name in capitals ({@code --mongodb-uri} ↔ {@code MONGODB_URI}), then to a default that
 * works on the embedded stack.
 */
public record WorkerOptions(
    String kafkaBootstrapServers,
    String mongodbUri,
    String mongodbDatabase,
    String checkpointDir,
    long maxOffsetsPerTrigger,
    String readyFile,
    String boroughs,
    int fleetSize,
    double matchRadiusKm) {

  static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("kafka-bootstrap-servers", "localhost:9092");
    DEFAULTS.put("mongodb-uri", "mongodb://localhost:27017");
    DEFAULTS.put("mongodb-database", "cabportal");
    DEFAULTS.put("checkpoint-dir", "var/checkpoints/dispatch");
    DEFAULTS.put("max-offsets-per-trigger", "20000");
    DEFAULTS.put("ready-file", "");
    DEFAULTS.put("boroughs-geojson", "");
    DEFAULTS.put("fleet-size", "3000");
    DEFAULTS.put("match-radius-km", "5");
  }

  static final String USAGE =
      "Usage: DispatchWorker [--kafka-bootstrap-servers HOST:PORT] [--mongodb-uri URI]"
          + " [--mongodb-database NAME] [--checkpoint-dir DIR] [--max-offsets-per-trigger N]"
          + " [--ready-file FILE] --boroughs-geojson FILE [--fleet-size N]"
          + " [--match-radius-km KM]\n"
          + "Each option defaults to the environment variable of the same name in capitals"
          + " (MONGODB_URI, …), then to "
          + DEFAULTS;

  /** Parses {@code args}; throws {@link IllegalArgumentException} saying what is wrong. */
  public static WorkerOptions parse(String[] args, Map<String, String> env) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : DEFAULTS.keySet()) {
      String fromEnv = env.get(name.toUpperCase().replace('-', '_'));
      values.put(name, fromEnv != null && !fromEnv.isBlank() ? fromEnv : DEFAULTS.get(name));
    }
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || !DEFAULTS.containsKey(a.substring(2))) {
        throw new IllegalArgumentException("unknown option " + a);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + a + " needs a value");
      }
      values.put(a.substring(2), args[++i]);
    }
    long maxOffsets = whole(values, "max-offsets-per-trigger");
    if (values.get("boroughs-geojson").isBlank()) {
      throw new IllegalArgumentException(
          "--boroughs-geojson is required (or BOROUGHS_GEOJSON): the NYC borough boundaries"
              + " GeoJSON the estimate model groups trips by");
    }
    int fleetSize = (int) Math.min(whole(values, "fleet-size"), Integer.MAX_VALUE);
    double radius;
    try {
      radius = Double.parseDouble(values.get("match-radius-km"));
    } catch (NumberFormatException e) {
      radius = Double.NaN;
    }
    if (!(radius > 0 && radius <= 50)) {
      throw new IllegalArgumentException(
          "--match-radius-km must be a number of kilometres above 0 and at most 50, not "
              + values.get("match-radius-km"));
    }
    if (!values.get("mongodb-uri").startsWith("mongodb")) {
      throw new IllegalArgumentException(
          "--mongodb-uri must start with mongodb:// or mongodb+srv://, not "
              + values.get("mongodb-uri"));
    }
    return new WorkerOptions(
        values.get("kafka-bootstrap-servers"),
        values.get("mongodb-uri"),
        values.get("mongodb-database"),
        values.get("checkpoint-dir"),
        maxOffsets,
        values.get("ready-file"),
        values.get("boroughs-geojson"),
        fleetSize,
        radius);
  }

  private static long whole(Map<String, String> values, String name) {
    long v;
    try {
      v = Long.parseLong(values.get(name));
    } catch (NumberFormatException e) {
      v = -1;
    }
    if (v < 1) {
      throw new IllegalArgumentException(
          "--" + name + " must be a positive whole number, not " + values.get(name));
    }
    return v;
  }
}

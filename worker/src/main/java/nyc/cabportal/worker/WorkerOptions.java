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
    String readyFile) {

  static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("kafka-bootstrap-servers", "localhost:9092");
    DEFAULTS.put("mongodb-uri", "mongodb://localhost:27017");
    DEFAULTS.put("mongodb-database", "cabportal");
    DEFAULTS.put("checkpoint-dir", "var/checkpoints/dispatch");
    DEFAULTS.put("max-offsets-per-trigger", "20000");
    DEFAULTS.put("ready-file", "");
  }

  static final String USAGE =
      "Usage: DispatchWorker [--kafka-bootstrap-servers HOST:PORT] [--mongodb-uri URI]"
          + " [--mongodb-database NAME] [--checkpoint-dir DIR] [--max-offsets-per-trigger N]"
          + " [--ready-file FILE]\n"
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
    long maxOffsets;
    try {
      maxOffsets = Long.parseLong(values.get("max-offsets-per-trigger"));
    } catch (NumberFormatException e) {
      maxOffsets = -1;
    }
    if (maxOffsets < 1) {
      throw new IllegalArgumentException(
          "--max-offsets-per-trigger must be a positive whole number, not "
              + values.get("max-offsets-per-trigger"));
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
        values.get("ready-file"));
  }
}

package nyc.cabportal.dataprep.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job's options. Each {@code --name value} falls back to its environment variable (below), then
 * to a default that works on the embedded stack. {@code --input} may be given several times or hold
 * a comma-separated list of files and directories.
 *
 * @param boroughs the NYC borough boundaries GeoJSON (the estimate model groups trips by borough)
 * @param onlyIfEmpty do nothing when the store already holds a successful run (the embedded stack's
 *     first start uses this to load the shared data once)
 */
public record DataPrepOptions(
    List<String> inputs,
    String boroughs,
    String warehouse,
    String mongodbUri,
    String mongodbDatabase,
    boolean onlyIfEmpty,
    int progressSeconds) {

  /** Option name → environment variable. */
  static final Map<String, String> ENV = new LinkedHashMap<>();

  static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

  static {
    ENV.put("input", "DATAPREP_INPUT");
    ENV.put("boroughs-geojson", "BOROUGHS_GEOJSON");
    ENV.put("warehouse", "DATAPREP_WAREHOUSE");
    ENV.put("mongodb-uri", "MONGODB_URI");
    ENV.put("mongodb-database", "MONGODB_DATABASE");
    ENV.put("only-if-empty", "DATAPREP_ONLY_IF_EMPTY");
    ENV.put("progress-seconds", "DATAPREP_PROGRESS_SECONDS");
    DEFAULTS.put("input", "");
    DEFAULTS.put("boroughs-geojson", "");
    DEFAULTS.put("warehouse", "var/warehouse");
    DEFAULTS.put("mongodb-uri", "mongodb://localhost:27017");
    DEFAULTS.put("mongodb-database", "cabportal");
    DEFAULTS.put("only-if-empty", "false");
    DEFAULTS.put("progress-seconds", "5");
  }

  public static final String USAGE =
      """
      Usage: DataPrep --input FILE_OR_DIR[,…] [--input …] --boroughs-geojson FILE
                      [--warehouse DIR]
                      [--mongodb-uri URI] [--mongodb-database NAME]
                      [--only-if-empty true|false] [--progress-seconds N]
        --input             trip files (.csv or .csv.gz, Yellow/Green/Uber 2014) or directories
                            holding them                                  env DATAPREP_INPUT
        --boroughs-geojson  the NYC borough boundaries (nyc_borough_boundaries.geojson)
                                                                          env BOROUGHS_GEOJSON
        --warehouse         the Parquet warehouse directory (default var/warehouse)
                                                                          env DATAPREP_WAREHOUSE
        --mongodb-uri       where the serving tables go (default mongodb://localhost:27017)
                                                                          env MONGODB_URI
        --mongodb-database  (default cabportal)                           env MONGODB_DATABASE
        --only-if-empty     do nothing if a run already succeeded (default false)
                                                                          env DATAPREP_ONLY_IF_EMPTY
        --progress-seconds  seconds between progress lines (default 5)   env DATAPREP_PROGRESS_SECONDS
      """;

  /** Parses {@code args}; throws {@link IllegalArgumentException} saying what is wrong. */
  public static DataPrepOptions parse(String[] args, Map<String, String> env) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> inputs = new ArrayList<>();
    for (String name : DEFAULTS.keySet()) {
      String fromEnv = env.get(ENV.get(name));
      values.put(name, fromEnv != null && !fromEnv.isBlank() ? fromEnv : DEFAULTS.get(name));
    }
    boolean inputGiven = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        throw new IllegalArgumentException("help");
      }
      if (!a.startsWith("--") || !DEFAULTS.containsKey(a.substring(2))) {
        throw new IllegalArgumentException("unknown option " + a);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + a + " needs a value");
      }
      String name = a.substring(2);
      String value = args[++i];
      if (name.equals("input")) {
        inputs.addAll(split(value));
        inputGiven = true;
      } else {
        values.put(name, value);
      }
    }
    if (!inputGiven) {
      inputs.addAll(split(values.get("input")));
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("--input is required (or DATAPREP_INPUT)");
    }
    if (values.get("boroughs-geojson").isBlank()) {
      throw new IllegalArgumentException(
          "--boroughs-geojson is required (or BOROUGHS_GEOJSON): the NYC borough boundaries GeoJSON");
    }
    String onlyIfEmpty = values.get("only-if-empty");
    if (!onlyIfEmpty.equals("true") && !onlyIfEmpty.equals("false")) {
      throw new IllegalArgumentException(
          "--only-if-empty must be true or false, not " + onlyIfEmpty);
    }
    int progress;
    try {
      progress = Integer.parseInt(values.get("progress-seconds"));
    } catch (NumberFormatException e) {
      progress = -1;
    }
    if (progress < 1) {
      throw new IllegalArgumentException(
          "--progress-seconds must be a positive whole number, not "
              + values.get("progress-seconds"));
    }
    if (!values.get("mongodb-uri").startsWith("mongodb")) {
      throw new IllegalArgumentException(
          "--mongodb-uri must start with mongodb:// or mongodb+srv://, not "
              + values.get("mongodb-uri"));
    }
    if (values.get("warehouse").isBlank()) {
      throw new IllegalArgumentException("--warehouse must name a directory");
    }
    return new DataPrepOptions(
        List.copyOf(inputs),
        values.get("boroughs-geojson"),
        values.get("warehouse"),
        values.get("mongodb-uri"),
        values.get("mongodb-database"),
        onlyIfEmpty.equals("true"),
        progress);
  }

  private static List<String> split(String list) {
    List<String> out = new ArrayList<>();
    for (String s : list.split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}

package nyc.cabportal.dataprep.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nyc.cabportal.trips.cli.Options;
import nyc.cabportal.trips.cli.Options.Option;

/**
 * The job's options, read as every Cab Portal command line reads them ({@link Options}: flag, then
 * the variable of the same name in capitals, then the default). {@code --input} may be given
 * several times or hold a comma-separated list of files and directories.
 *
 * @param boroughs the NYC borough boundaries GeoJSON (the estimate model groups trips by borough)
 * @param onlyIfEmpty do nothing when the store already holds a successful run (the embedded stack's
 *     first start uses this to load the shared data once)
 * @param servingParallelism how many serving tables are built at a time; with 1, each table's CPU
 *     time is its own and the report gives it
 */
public record DataPrepOptions(
    List<String> inputs,
    String boroughs,
    String warehouse,
    String mongodbUri,
    String mongodbDatabase,
    boolean onlyIfEmpty,
    int progressSeconds,
    int servingParallelism) {

  static final List<Option> DECLARED =
      List.of(
          new Option(
              "input",
              null,
              "trip files (.csv or .csv.gz, Yellow/Green/Uber 2014) or directories holding them"),
          new Option(
              "boroughs-geojson",
              null,
              "the NYC borough boundaries GeoJSON (nyc_borough_boundaries.geojson)"),
          new Option("warehouse", "var/warehouse", "the Parquet warehouse directory"),
          new Option("mongodb-uri", "mongodb://localhost:27017", "where the serving tables go"),
          new Option("mongodb-database", "cabportal", "the database of the serving tables"),
          new Option("only-if-empty", "false", "do nothing if a run already succeeded"),
          new Option("progress-seconds", "5", "seconds between progress lines"),
          new Option(
              "serving-parallelism",
              "2",
              "serving tables built at a time (1-8); with 1 the report gives each one's CPU time"));

  public static final String USAGE = Options.usage("DataPrep", DECLARED);

  /** Parses {@code args}; throws {@link IllegalArgumentException} saying what is wrong. */
  public static DataPrepOptions parse(String[] args, Map<String, String> env) {
    Options o = Options.parse("DataPrep", DECLARED, args, env);
    List<String> inputs = new ArrayList<>();
    for (String list : o.all("input")) {
      for (String s : list.split(",")) {
        if (!s.isBlank()) {
          inputs.add(s.strip());
        }
      }
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("--input names no file (or INPUT)");
    }
    long progress = o.positiveWhole("progress-seconds");
    return new DataPrepOptions(
        List.copyOf(inputs),
        o.get("boroughs-geojson"),
        o.get("warehouse"),
        o.mongodbUri("mongodb-uri"),
        o.get("mongodb-database"),
        o.bool("only-if-empty"),
        (int) Math.min(progress, Integer.MAX_VALUE),
        (int) o.wholeBetween("serving-parallelism", 1, 8));
  }
}

package nyc.cabportal.dataprep.job;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nyc.cabportal.dataprep.serving.ServingNames;
import nyc.cabportal.dataprep.serving.ServingStore;
import nyc.cabportal.sparkfs.NioLocalFileSystem;
import nyc.cabportal.trips.geo.Boroughs;
import nyc.cabportal.trips.input.InputFile;
import nyc.cabportal.trips.input.InputFiles;
import org.apache.spark.sql.SparkSession;
import org.bson.Document;

/**
 * The data-prep job: loads the input files not loaded before into the Parquet warehouse (every row
 * kept or rejected with one reason), reports the run's quality, and rebuilds the MongoDB serving
 * tables when the warehouse changed. Prints progress lines, and as its last line one JSON object
 * with the run's summary. Exit status: 0 done, 1 failed, 2 bad options or input.
 */
public final class DataPrep {

  private static final PrintStream OUT = System.out;

  private final DataPrepOptions options;
  private final String runId;
  private final long startNanos = System.nanoTime();
  private Boroughs boroughs;

  DataPrep(DataPrepOptions options, String runId) {
    this.options = options;
    this.runId = runId;
  }

  public static void main(String[] args) {
    HeapUse.start();
    DataPrepOptions options;
    try {
      options = DataPrepOptions.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      if (!e.getMessage().equals("help")) {
        System.err.println("DataPrep: " + e.getMessage());
      }
      System.err.print(DataPrepOptions.USAGE);
      System.exit(2);
      return;
    }
    System.exit(new DataPrep(options, newRunId()).run());
  }

  int run() {
    Instant startedAt = Instant.now();
    try (MongoClient mongo = MongoClients.create(options.mongodbUri())) {
      ServingStore store = new ServingStore(mongo.getDatabase(options.mongodbDatabase()));
      if (options.onlyIfEmpty()) {
        Document last = store.lastSuccessfulRun();
        if (last != null && ServingBuild.current(store.servingState())) {
          OUT.println(
              "[data-prep] the store already holds data prep run "
                  + last.getString("_id")
                  + "; nothing to do (--only-if-empty)");
          OUT.println(new Document("runId", null).append("skipped", true).toJson());
          return 0;
        }
      }
      List<InputFile> files;
      try {
        files = InputFiles.scan(options.inputs());
        boroughs = Boroughs.read(Path.of(options.boroughs()));
      } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
        System.err.println("DataPrep: " + e.getMessage());
        return 2;
      }
      Document report;
      try {
        report = prepare(files, store);
      } catch (Exception e) {
        String why = e.getClass().getSimpleName() + ": " + e.getMessage();
        store.replace(
            ServingNames.RUNS,
            new Document("_id", runId)
                .append("runId", runId)
                .append("status", "failed")
                .append("error", why)
                .append("startedAt", startedAt.toString())
                .append("finishedAt", Instant.now().toString()));
        System.err.println("DataPrep: run " + runId + " failed: " + why);
        e.printStackTrace();
        return 1;
      }
      report
          .append("status", "ok")
          .append("input", options.inputs())
          .append("warehouse", new Warehouse(Path.of(options.warehouse())).root().toString())
          .append("startedAt", startedAt.toString())
          .append("finishedAt", Instant.now().toString());
      store.replace(ServingNames.RUNS, report);
      Document totals = report.get("totals", Document.class);
      OUT.println(
          new Document("runId", runId)
              .append("filesLoaded", totals.get("filesLoaded"))
              .append("filesSkipped", totals.get("filesSkipped"))
              .append("rowsRead", totals.get("rowsRead"))
              .append("kept", totals.get("kept"))
              .append("rejected", totals.get("rejected"))
              .append("rejectedByReason", totals.get("rejectedByReason"))
              .append("blankLines", totals.get("blankLines"))
              .append("servingTables", report.get("servingTables"))
              .append("peakHeapMiB", HeapUse.peakMiB())
              .append("peakLiveHeapMiB", HeapUse.peakLiveMiB())
              .append("timingsS", report.get("timingsS"))
              .append("seconds", seconds())
              .toJson());
      return 0;
    }
  }

  private Document prepare(List<InputFile> files, ServingStore store) throws IOException {
    Warehouse warehouse = new Warehouse(Path.of(options.warehouse()));
    Map<String, String> loaded = warehouse.loadedFiles();
    QualityReport report = new QualityReport();
    List<InputFile> toLoad = new ArrayList<>();
    for (InputFile f : files) {
      String by = loaded.get(f.fileId());
      if (by != null) {
        report.skipped(f, by);
      } else if (toLoad.stream().anyMatch(o -> o.fileId().equals(f.fileId()))) {
        report.skipped(f, runId);
      } else {
        toLoad.add(f);
      }
    }
    OUT.printf(
        "[data-prep] run %s: %d input files, %d to load, %d loaded before; warehouse %s%n",
        runId, files.size(), toLoad.size(), files.size() - toLoad.size(), warehouse.root());
    report.timing("scan", seconds());

    SparkSession spark =
        SparkSession.builder()
            .appName("cab-portal-data-prep")
            .config("spark.executor.heartbeatInterval", "2s")
            .config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName())
            // Dates as java.time.LocalDate in rows, as the trip table's rows carry them.
            .config("spark.sql.datetime.java8API.enabled", "true")
            .getOrCreate();
    try {
      if (!toLoad.isEmpty()) {
        TripLoad load = new TripLoad(spark, warehouse, runId, options.progressSeconds(), OUT);
        long t = System.nanoTime();
        load.load(toLoad, report);
        report.timing("load", since(t));
        t = System.nanoTime();
        load.count(report);
        report.timing("quality", since(t));
      }
      long t = System.nanoTime();
      Document serving =
          new ServingBuild(spark, warehouse, store, boroughs, runId, OUT)
              .run(options.servingParallelism());
      report.timing("servingTables", since(t));
      report.timing("total", seconds());
      return report.toDocument(runId).append("servingTables", serving);
    } finally {
      spark.stop();
    }
  }

  private double seconds() {
    return since(startNanos);
  }

  /** Seconds since {@code nanos} ({@link System#nanoTime}), to the hundredth. */
  static double since(long nanos) {
    return Math.round((System.nanoTime() - nanos) / 1e7) / 100.0;
  }

  private static String newRunId() {
    return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC)
            .format(Instant.now())
        + "-"
        + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
  }
}

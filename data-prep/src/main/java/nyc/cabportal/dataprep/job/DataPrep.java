package nyc.cabportal.dataprep.job;

import static org.apache.spark.sql.functions.col;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import nyc.cabportal.dataprep.serving.RowDocuments;
import nyc.cabportal.dataprep.serving.ServingNames;
import nyc.cabportal.dataprep.serving.ServingStore;
import nyc.cabportal.trips.geo.Boroughs;
import nyc.cabportal.trips.input.InputFile;
import nyc.cabportal.trips.input.InputFiles;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
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
        if (last != null && servingTablesCurrent(store.servingState())) {
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
        long t = System.nanoTime();
        load(spark, warehouse, toLoad, report);
        report.timing("load", since(t));
        t = System.nanoTime();
        countLoad(spark, warehouse, report);
        report.timing("quality", since(t));
      }
      long t = System.nanoTime();
      Document serving = buildServingTables(spark, warehouse, store);
      report.timing("servingTables", since(t));
      report.timing("total", seconds());
      return report.toDocument(runId).append("servingTables", serving);
    } finally {
      spark.stop();
    }
  }

  private void load(
      SparkSession spark, Warehouse warehouse, List<InputFile> files, QualityReport report)
      throws IOException {
    long loadStart = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    LongAccumulator rowsRead = jsc.sc().longAccumulator("rows read");
    CollectionAccumulator<FileParsing.FileCounts> counts =
        jsc.sc().collectionAccumulator("file counts");
    // One file per partition; the Row encoder's generated code turns rows into Spark's binary
    // form several times faster than createDataFrame's per-field converters.
    Dataset<Row> rows =
        spark
            .createDataset(
                jsc.parallelize(files, files.size()).rdd(),
                Encoders.javaSerialization(InputFile.class))
            .mapPartitions(
                new FileParsing(runId, rowsRead, counts), Encoders.row(TripTable.SCHEMA));
    try (LoadProgress progress =
        new LoadProgress(rowsRead, files.size(), options.progressSeconds(), OUT)) {
      spark.sparkContext().addSparkListener(progress);
      warehouse.append(rows);
      spark.sparkContext().removeSparkListener(progress);
    }
    for (FileParsing.FileCounts c : counts.value()) {
      InputFile f = files.stream().filter(x -> x.path().equals(c.path())).findFirst().orElseThrow();
      report.loaded(f, c.rows(), c.blankLines());
    }
    List<Document> loadedFiles = new ArrayList<>();
    for (InputFile f : files) {
      loadedFiles.add(
          new Document("path", f.path())
              .append("fileId", f.fileId())
              .append("bytes", f.bytes())
              .append("format", f.layout().format().name()));
    }
    warehouse.commit(
        new Document("loadId", runId)
            .append("committedAt", Instant.now().toString())
            .append("files", loadedFiles));
    OUT.printf(
        "[data-prep] loaded %d files, %,d rows, in %.1f s%n",
        files.size(), rowsRead.value(), seconds());
  }

  /** Counts this load's rows by file and reason from the warehouse, and samples rejected rows. */
  private void countLoad(SparkSession spark, Warehouse warehouse, QualityReport report) {
    Dataset<Row> load = warehouse.rows(spark, List.of(runId));
    for (Row r : load.groupBy("file", "reason").count().collectAsList()) {
      report.count(r.getString(0), r.getString(1), r.getLong(2));
    }
    report.checkComplete();
    load.where(col("outcome").equalTo(TripTable.REJECTED)).createOrReplaceTempView("rejected");
    for (Row r :
        spark
            .sql(
                "SELECT file, line, reason, detail, raw FROM (SELECT *, row_number() OVER"
                    + " (PARTITION BY reason ORDER BY file, line) AS k FROM rejected) WHERE k <= 5"
                    + " ORDER BY reason, file, line")
            .collectAsList()) {
      report.sample(RowDocuments.toDocument(r));
    }
  }

  /**
   * Rebuilds every serving table from all committed loads, unless they were last built from exactly
   * these loads (then a re-run writes nothing).
   */
  private Document buildServingTables(SparkSession spark, Warehouse warehouse, ServingStore store)
      throws IOException {
    List<String> loadIds = warehouse.loads().stream().map(d -> d.getString("loadId")).toList();
    Document state = store.servingState();
    if (servingTablesCurrent(state) && loadIds.equals(state.getList("loads", String.class))) {
      OUT.println("[data-prep] serving tables are up to date with the warehouse");
      return new Document("upToDate", true).append("builtBy", state.getString("builtBy"));
    }
    // Seven queries read the same trips: read the warehouse's many small day files once.
    Dataset<Row> kept =
        warehouse
            .keptTrips(spark, loadIds)
            .select(ServingTables.COLUMNS.stream().map(functions::col).toArray(Column[]::new))
            .persist(StorageLevel.MEMORY_AND_DISK());
    registerCellBoroughs(spark, kept);
    // Two at a time: each query is a few small Spark jobs, so one alone leaves a core idle.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Map<String, Future<Document>> results = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, Dataset<Row>> table : ServingTables.build(spark, kept).entrySet()) {
        results.put(
            table.getKey(), pool.submit(() -> writeTable(table.getKey(), table.getValue(), store)));
      }
      Document written = new Document();
      for (Map.Entry<String, Future<Document>> r : results.entrySet()) {
        written.append(r.getKey(), r.getValue().get());
      }
      store.replace(
          ServingNames.STATE,
          new Document("_id", "serving")
              .append("loads", loadIds)
              .append("builtBy", runId)
              .append("version", ServingNames.VERSION));
      return written;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building the serving tables", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "building the serving tables: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
      kept.unpersist();
    }
  }

  /**
   * The borough of every res-8 cell a kept trip starts or ends in, as the view the estimate model
   * joins: a few thousand cells, each placed once on the driver by the centre of the cell.
   */
  private void registerCellBoroughs(SparkSession spark, Dataset<Row> kept) {
    List<Row> cells = new ArrayList<>();
    for (Row r :
        kept.select("pickup_h3_8")
            .union(kept.select("dropoff_h3_8"))
            .where("pickup_h3_8 IS NOT NULL")
            .distinct()
            .collectAsList()) {
      long cell = r.getLong(0);
      cells.add(RowFactory.create(cell, boroughs.ofCell(cell)));
    }
    spark
        .createDataFrame(
            cells,
            new StructType()
                .add("cell", DataTypes.LongType, false)
                .add("borough", DataTypes.StringType, false))
        .createOrReplaceTempView(ServingTables.CELL_BOROUGHS);
  }

  /** Whether the serving tables were built by this version of their queries. */
  private static boolean servingTablesCurrent(Document state) {
    return state != null && Integer.valueOf(ServingNames.VERSION).equals(state.get("version"));
  }

  /** Runs one serving table's query and replaces its documents; returns what it did. */
  private Document writeTable(String name, Dataset<Row> query, ServingStore store) {
    long t = System.nanoTime();
    List<Document> docs = new ArrayList<>();
    for (Row r : query.collectAsList()) {
      docs.add(RowDocuments.toDocument(r));
    }
    double querySeconds = since(t);
    t = System.nanoTime();
    long n = store.replace(name, docs.iterator());
    double storeSeconds = since(t);
    OUT.printf(
        "[data-prep] %-18s %,8d documents: query %.1f s, store %.1f s%n",
        name, n, querySeconds, storeSeconds);
    return new Document("documents", n)
        .append("queryS", querySeconds)
        .append("storeS", storeSeconds);
  }

  private double seconds() {
    return since(startNanos);
  }

  private static double since(long nanos) {
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

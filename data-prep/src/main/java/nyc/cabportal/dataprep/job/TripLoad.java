package nyc.cabportal.dataprep.job;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nyc.cabportal.dataprep.serving.RowDocuments;
import nyc.cabportal.trips.Quirk;
import nyc.cabportal.trips.input.InputFile;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.bson.Document;

/**
 * One run's load of new input files into the warehouse, every row kept or rejected with one reason,
 * committed as one load; then its quality counted back from the warehouse (rows by file and reason,
 * samples of rejected rows), so that the report says what was really stored.
 */
final class TripLoad {

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final String runId;
  private final int progressSeconds;
  private final PrintStream out;

  /** What the load's tasks counted, file by file; empty before {@link #load}. */
  private List<FileParsing.FileCounts> loaded = List.of();

  /** The load's rows that repeat a trip of another file or load. */
  private long duplicates;

  TripLoad(
      SparkSession spark, Warehouse warehouse, String runId, int progressSeconds, PrintStream out) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.runId = runId;
    this.progressSeconds = progressSeconds;
    this.out = out;
  }

  /** Parses {@code files} into the warehouse and commits them as this run's load. */
  void load(List<InputFile> files, QualityReport report) throws IOException {
    long start = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    LongAccumulator rowsRead = jsc.sc().longAccumulator("rows read");
    LongAccumulator bytesRead = jsc.sc().longAccumulator("bytes read");
    CollectionAccumulator<FileParsing.FileCounts> counts =
        jsc.sc().collectionAccumulator("file counts");
    // One file per partition. The tasks make Spark's internal rows themselves (TripTable.row),
    // which it takes as they are: internalCreateDataFrame is Spark's own way in for such rows,
    // package-private in Scala and public to Java.
    JavaRDD<InternalRow> parsed =
        jsc.parallelize(files, files.size())
            .mapPartitions(new FileParsing(runId, rowsRead, bytesRead, counts));
    Dataset<Row> rows =
        ((org.apache.spark.sql.classic.SparkSession) spark)
            .internalCreateDataFrame(parsed.rdd(), TripTable.SCHEMA, false);
    long bytes = files.stream().mapToLong(InputFile::bytes).sum();
    try (LoadProgress progress =
        new LoadProgress(rowsRead, bytesRead, files.size(), bytes, progressSeconds, out)) {
      spark.sparkContext().addSparkListener(progress);
      warehouse.append(rows);
      spark.sparkContext().removeSparkListener(progress);
    }
    // Before the commit, so that a load is never visible without its duplicates recorded.
    long t = System.nanoTime();
    loaded = List.copyOf(counts.value());
    duplicates = recordDuplicates(loaded);
    out.printf(
        "[data-prep] %,d rows repeat a trip of another file or load (%.1f s)%n",
        duplicates, DataPrep.since(t));
    for (FileParsing.FileCounts c : loaded) {
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
            .append("files", loadedFiles)
            .append("duplicatesAcrossFiles", duplicates));
    out.printf(
        "[data-prep] loaded %d files, %,d rows, in %.1f s%n",
        files.size(), rowsRead.value(), DataPrep.since(start));
  }

  /**
   * Finds the trips of this load that another of its files, or an earlier load, holds too: from the
   * files' kept keys and each earlier load's key file, in memory; only when some key repeats does a
   * query over the warehouse say which rows ({@link CrossFileDuplicates}). Records them and this
   * load's keys; returns how many rows repeat.
   */
  private long recordDuplicates(List<FileParsing.FileCounts> files) throws IOException {
    int n = 0;
    for (FileParsing.FileCounts f : files) {
      n += f.keptKeys().length;
    }
    long[] all = new long[n];
    int at = 0;
    for (FileParsing.FileCounts f : files) {
      System.arraycopy(f.keptKeys(), 0, all, at, f.keptKeys().length);
      at += f.keptKeys().length;
    }
    Arrays.sort(all);
    long[] repeated = TripKeys.repeated(all);
    long[] mine = TripKeys.distinct(all);
    List<String> committed = new ArrayList<>();
    for (Document load : warehouse.loads()) {
      String id = load.getString("loadId");
      committed.add(id);
      long[] earlier = warehouse.keptKeys(id);
      if (earlier != null) {
        repeated = TripKeys.union(repeated, TripKeys.common(mine, earlier));
      }
    }
    warehouse.writeKeptKeys(runId, mine);
    if (repeated.length == 0) {
      return 0;
    }
    return warehouse.recordDuplicates(
        CrossFileDuplicates.find(spark, warehouse, runId, committed, repeated), runId);
  }

  /**
   * Counts this load's rows by file and reason, the kept rows each rule for a 2014 quirk decided
   * (outside the service area, a repeated hour, whole-minute times), and samples rejected rows. The
   * load's tasks counted them as they wrote the rows; the warehouse confirms by its total that it
   * holds every row read. Rows that repeat another file's trip are decided after the rows are
   * written, so a load with any is counted from the warehouse instead, as it reads them.
   */
  void count(QualityReport report) throws IOException {
    if (duplicates > 0) {
      countFromWarehouse(report);
      return;
    }
    List<FileQuality> files = new ArrayList<>();
    for (FileParsing.FileCounts c : loaded) {
      c.quality().reportTo(report, c.path());
      files.add(c.quality());
    }
    report.checkComplete();
    long t = System.nanoTime();
    report.checkStored(warehouse.storedRows(runId));
    out.printf(
        "[data-prep] the warehouse's files hold every row read (%.1f s)%n", DataPrep.since(t));
    for (FileQuality.Sample s : FileQuality.samples(files)) {
      report.sample(s.toDocument());
    }
  }

  /** {@link #count}, from the warehouse as readers see the load. */
  void countFromWarehouse(QualityReport report) {
    Dataset<Row> load = warehouse.rows(spark, List.of(runId));
    for (Row r :
        load.groupBy("file", "reason", "in_service_area", "quirk").count().collectAsList()) {
      String file = r.getString(0);
      long n = r.getLong(4);
      report.count(file, r.getString(1), n);
      if (!r.isNullAt(2) && !r.getBoolean(2)) {
        report.keptByRule(file, Quirk.OUTSIDE_SERVICE_AREA.key(), n);
      }
      if (!r.isNullAt(3)) {
        report.keptByRule(file, r.getString(3), n);
      }
    }
    report.checkComplete();
    load.where(col("outcome").equalTo(TripTable.REJECTED)).createOrReplaceTempView("rejected");
    for (Row r :
        spark
            .sql(
                """
                SELECT file, line, reason, detail,
                       coalesce(raw, '(not stored: the row was read as kept)') AS raw
                FROM (SELECT *, row_number() OVER (PARTITION BY reason ORDER BY file, line) AS k
                      FROM rejected)
                WHERE k <= 5
                ORDER BY reason, file, line""")
            .collectAsList()) {
      report.sample(RowDocuments.toDocument(r));
    }
  }
}

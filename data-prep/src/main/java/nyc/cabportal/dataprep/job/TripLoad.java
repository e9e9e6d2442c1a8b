package nyc.cabportal.dataprep.job;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nyc.cabportal.dataprep.serving.RowDocuments;
import nyc.cabportal.trips.input.InputFile;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
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
    try (LoadProgress progress = new LoadProgress(rowsRead, files.size(), progressSeconds, out)) {
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
    out.printf(
        "[data-prep] loaded %d files, %,d rows, in %.1f s%n",
        files.size(), rowsRead.value(), DataPrep.since(start));
  }

  /** Counts this load's rows by file and reason from the warehouse, and samples rejected rows. */
  void count(QualityReport report) {
    Dataset<Row> load = warehouse.rows(spark, List.of(runId));
    for (Row r : load.groupBy("file", "reason").count().collectAsList()) {
      report.count(r.getString(0), r.getString(1), r.getLong(2));
    }
    report.checkComplete();
    load.where(col("outcome").equalTo(TripTable.REJECTED)).createOrReplaceTempView("rejected");
    for (Row r :
        spark
            .sql(
                """
                SELECT file, line, reason, detail, raw
                FROM (SELECT *, row_number() OVER (PARTITION BY reason ORDER BY file, line) AS k
                      FROM rejected)
                WHERE k <= 5
                ORDER BY reason, file, line""")
            .collectAsList()) {
      report.sample(RowDocuments.toDocument(r));
    }
  }
}

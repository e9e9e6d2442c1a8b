package nyc.cabportal.dataprep.job;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nyc.cabportal.trips.RejectReason;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.bson.Document;

/**
 * The Parquet warehouse: the {@code trips} table and its commit log {@code _loads/}. A load (the
 * new files of one run) appends its rows tagged with its id, then commits by writing one small JSON
 * file, renamed into place. Readers see only committed loads, so a run that dies half-way leaves
 * nothing visible, and its files are loaded again by the next run.
 */
public final class Warehouse {

  private final Path root;

  public Warehouse(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  public Path trips() {
    return root.resolve("trips");
  }

  /** The committed loads, oldest first: {loadId, committedAt, files: [{path, fileId, …}]}. */
  public List<Document> loads() throws IOException {
    Path dir = root.resolve("_loads");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Document> loads = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        loads.add(Document.parse(Files.readString(p)));
      }
    }
    return loads;
  }

  /** Each loaded file's fingerprint, with the load that brought it in. */
  public Map<String, String> loadedFiles() throws IOException {
    Map<String, String> byFileId = new LinkedHashMap<>();
    for (Document load : loads()) {
      for (Document f : load.getList("files", Document.class)) {
        byFileId.put(f.getString("fileId"), load.getString("loadId"));
      }
    }
    return byFileId;
  }

  /** Appends {@code rows} (not yet visible to readers) to the trips table. */
  public void append(Dataset<Row> rows) {
    rows.write()
        .mode(SaveMode.Append)
        .partitionBy(TripTable.PARTITIONS.toArray(String[]::new))
        .parquet(trips().toString());
  }

  /** Makes a load visible: the rename is atomic, so a load is either committed or absent. */
  public void commit(Document load) throws IOException {
    Path dir = Files.createDirectories(root.resolve("_loads"));
    Path tmp = dir.resolve("." + load.getString("loadId") + ".tmp");
    Files.writeString(tmp, load.toJson(), StandardCharsets.UTF_8);
    Files.move(
        tmp, dir.resolve(load.getString("loadId") + ".json"), StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Records the rows of load {@code loadId} that repeat a trip of another file ({@link
   * CrossFileDuplicates}): (file, line, detail), before the load commits. Returns how many; with
   * none, nothing is kept, so readers of loads without duplicates join nothing.
   */
  public long recordDuplicates(Dataset<Row> duplicates, String loadId) throws IOException {
    Path dir = duplicates(loadId);
    duplicates.write().mode(SaveMode.Overwrite).parquet(dir.toString());
    long n = duplicates.sparkSession().read().parquet(dir.toString()).count();
    if (n == 0) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    return n;
  }

  /**
   * The content keys of a load's kept trips ({@link TripKeys}), or null for a load committed before
   * loads kept them (a trip it holds is then not found again in later files).
   */
  public long[] keptKeys(String loadId) throws IOException {
    Path p = keysFile(loadId);
    return Files.isRegularFile(p) ? TripKeys.read(p) : null;
  }

  /** Writes a load's kept keys, before it commits. */
  public void writeKeptKeys(String loadId, long[] keys) throws IOException {
    TripKeys.write(keysFile(loadId), keys);
  }

  private Path keysFile(String loadId) {
    return root.resolve("_keys").resolve(loadId + ".keys");
  }

  private Path duplicates(String loadId) {
    return root.resolve("_duplicates").resolve(loadId);
  }

  /**
   * Every row, kept and rejected, of the loads {@code loadIds}, as readers must see them: a kept
   * row that a load recorded as repeating another file's trip ({@link #recordDuplicates}) reads as
   * rejected, {@code duplicate}, naming the first. The rows are written once and never rewritten;
   * that record is what a reader applies.
   */
  public Dataset<Row> rows(SparkSession spark, List<String> loadIds) {
    if (loadIds.isEmpty() || !Files.isDirectory(trips())) {
      return spark.createDataFrame(List.of(), TripTable.SCHEMA);
    }
    Dataset<Row> rows =
        spark
            .read()
            .schema(TripTable.SCHEMA)
            .parquet(trips().toString())
            .where(col("load_id").isin(loadIds.toArray()));
    List<String> withDuplicates =
        loadIds.stream().filter(id -> Files.isDirectory(duplicates(id))).toList();
    if (withDuplicates.isEmpty()) {
      return rows;
    }
    Dataset<Row> duplicates = null;
    for (String id : withDuplicates) {
      Dataset<Row> d =
          spark
              .read()
              .parquet(duplicates(id).toString())
              .withColumn("dup_load", functions.lit(id))
              .withColumnRenamed("file", "dup_file")
              .withColumnRenamed("line", "dup_line")
              .withColumnRenamed("detail", "dup_detail");
      duplicates = duplicates == null ? d : duplicates.unionByName(d);
    }
    Dataset<Row> joined =
        rows.join(
            duplicates,
            col("load_id")
                .equalTo(col("dup_load"))
                .and(col("file").equalTo(col("dup_file")))
                .and(col("line").equalTo(col("dup_line"))),
            "left");
    Column repeated = col("dup_line").isNotNull();
    List<Column> columns = new ArrayList<>();
    for (String name : TripTable.SCHEMA.fieldNames()) {
      columns.add(
          switch (name) {
            case "outcome" ->
                functions.when(repeated, TripTable.REJECTED).otherwise(col(name)).as(name);
            case "reason" ->
                functions
                    .when(repeated, RejectReason.DUPLICATE.key())
                    .otherwise(col(name))
                    .as(name);
            case "detail" ->
                functions.when(repeated, col("dup_detail")).otherwise(col(name)).as(name);
            default -> col(name);
          });
    }
    return joined.select(columns.toArray(Column[]::new));
  }

  /** The kept trips of the committed loads: what every serving table is built from. */
  public Dataset<Row> keptTrips(SparkSession spark, List<String> loadIds) {
    return rows(spark, loadIds).where(col("outcome").equalTo(TripTable.KEPT));
  }
}

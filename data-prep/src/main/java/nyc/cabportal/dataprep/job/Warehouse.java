package nyc.cabportal.dataprep.job;

import static org.apache.spark.sql.functions.col;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
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
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
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

  /** Where loads write the trips table: partitioned by month ({@link TripTable#PARTITIONS}). */
  public Path trips() {
    return root.resolve("trips_by_month");
  }

  /**
   * Where loads committed before the table was partitioned by month wrote it, partitioned by day
   * ({@code pickup_date}): still read, never written. A directory of its own, as Spark reads one
   * directory tree with one set of partition columns.
   */
  private Path tripsByDay() {
    return root.resolve("trips");
  }

  /** The trips table's directories that exist: the current one and the one by day. */
  private List<Path> tripDirectories() {
    return Stream.of(trips(), tripsByDay()).filter(Files::isDirectory).toList();
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

  /** The ids of the committed loads, oldest first: what the serving tables are built from. */
  public List<String> loadIds() throws IOException {
    return loads().stream().map(d -> d.getString("loadId")).toList();
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
   * loads kept them in this form (a trip it holds is then not found again in later files).
   */
  public long[] keptKeys(String loadId) throws IOException {
    Path p = keysFile(loadId);
    return Files.isRegularFile(p) ? TripKeys.read(p) : null;
  }

  /** Writes a load's kept keys, before it commits. */
  public void writeKeptKeys(String loadId, long[] keys) throws IOException {
    TripKeys.write(keysFile(loadId), keys);
  }

  /**
   * A key file's name says how its keys were computed: {@code .keys} files hold the keys of the
   * record's text, which {@code Trip.contentKey} no longer computes, so a load committed with them
   * reads as one without keys.
   */
  private Path keysFile(String loadId) {
    return root.resolve("_keys").resolve(loadId + ".fields.keys");
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
    List<Path> directories = tripDirectories();
    if (loadIds.isEmpty() || directories.isEmpty()) {
      return spark.createDataFrame(List.of(), TripTable.SCHEMA);
    }
    Dataset<Row> rows = null;
    for (Path directory : directories) {
      // Read with the table's schema: the month of a row loaded by day reads as null.
      Dataset<Row> d = spark.read().schema(TripTable.SCHEMA).parquet(directory.toString());
      rows = rows == null ? d : rows.unionByName(d);
    }
    rows = rows.where(col("load_id").isin(loadIds.toArray()));
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

  /**
   * The rows of load {@code loadId} in the trips table as its Parquet files record them: the row
   * counts in their footers, of every row group whose {@code load_id} statistics name this load
   * alone. No row is read, so a check of a load's total costs a footer per file.
   *
   * @throws IllegalStateException if a row group of the table has no {@code load_id} statistics
   */
  public long storedRows(String loadId) throws IOException {
    long rows = 0;
    List<Path> files = new ArrayList<>();
    for (Path directory : tripDirectories()) {
      try (Stream<Path> s = Files.walk(directory)) {
        s.filter(f -> f.getFileName().toString().endsWith(".parquet")).forEach(files::add);
      }
    }
    ParquetMetadataConverter footers = new ParquetMetadataConverter();
    for (Path f : files) {
      for (BlockMetaData block : footer(f, footers).getBlocks()) {
        Statistics<?> ids = loadIdStatistics(block, f);
        if (loadId.equals(ids.minAsString()) && loadId.equals(ids.maxAsString())) {
          rows += block.getRowCount();
        }
      }
    }
    return rows;
  }

  /**
   * A Parquet file's footer, read as the format lays it out: its length and the magic in the last 8
   * bytes, the footer before them. Five times faster per file than opening a ParquetFileReader,
   * which prepares to read the data too.
   */
  private static ParquetMetadata footer(Path file, ParquetMetadataConverter footers)
      throws IOException {
    try (FileChannel ch = FileChannel.open(file)) {
      long size = ch.size();
      ByteBuffer tail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      readFully(ch, tail, size - 8);
      if (size < 12 || tail.get(4) != 'P' || tail.get(7) != '1') {
        throw new IOException(file + " is not a Parquet file");
      }
      ByteBuffer footer = ByteBuffer.allocate(tail.getInt(0));
      readFully(ch, footer, size - 8 - footer.capacity());
      return footers.readParquetMetadata(
          new ByteArrayInputStream(footer.array()), ParquetMetadataConverter.NO_FILTER);
    }
  }

  private static void readFully(FileChannel ch, ByteBuffer into, long at) throws IOException {
    while (into.hasRemaining()) {
      if (ch.read(into, at + into.position()) < 0) {
        throw new IOException("unexpected end of file");
      }
    }
  }

  private static Statistics<?> loadIdStatistics(BlockMetaData block, Path file) {
    for (ColumnChunkMetaData c : block.getColumns()) {
      if (c.getPath().toDotString().equals("load_id")
          && c.getStatistics() != null
          && c.getStatistics().hasNonNullValue()) {
        return c.getStatistics();
      }
    }
    throw new IllegalStateException(file + ": a row group without load_id statistics");
  }

  /** The kept trips of the committed loads: what every serving table is built from. */
  public Dataset<Row> keptTrips(SparkSession spark, List<String> loadIds) {
    return rows(spark, loadIds).where(col("outcome").equalTo(TripTable.KEPT));
  }
}

package nyc.cabportal.dataprep.job;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
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

  /** Every row, kept and rejected, of the loads {@code loadIds} (committed ones only). */
  public Dataset<Row> rows(SparkSession spark, List<String> loadIds) {
    if (loadIds.isEmpty() || !Files.isDirectory(trips())) {
      return spark.createDataFrame(List.of(), TripTable.SCHEMA);
    }
    return spark
        .read()
        .schema(TripTable.SCHEMA)
        .parquet(trips().toString())
        .where(col("load_id").isin(loadIds.toArray()));
  }

  /** The kept trips of the committed loads: what every serving table is built from. */
  public Dataset<Row> keptTrips(SparkSession spark, List<String> loadIds) {
    return rows(spark, loadIds).where(col("outcome").equalTo(TripTable.KEPT));
  }
}

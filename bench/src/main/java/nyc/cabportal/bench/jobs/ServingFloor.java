package nyc.cabportal.bench.jobs;

import java.nio.file.Path;
import nyc.cabportal.dataprep.job.HeapUse;
import nyc.cabportal.dataprep.job.ServingTables;
import nyc.cabportal.dataprep.job.Warehouse;
import nyc.cabportal.sparkfs.NioLocalFileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The serving stage's floor: over the warehouse a data-prep run just built, the least Spark does
 * for any set of serving tables like the job's, each step timed alone and its rows thrown away
 * (Spark's {@code noop} sink): reading the kept trips' served columns once; shuffling and sorting
 * the estimates' trips once, as their exact percentiles need; and counting the trips by pickup cell
 * and hour of week, one aggregation of the kind every dashboard table does. A first read warms the
 * JIT as the job's load has by the time its serving stage starts. Prints one JSON line.
 *
 * <p>Usage: ServingFloor WAREHOUSE_DIR
 */
public final class ServingFloor {

  private ServingFloor() {}

  public static void main(String[] args) throws Exception {
    HeapUse.start();
    long start = System.nanoTime();
    SparkSession spark =
        SparkSession.builder()
            .appName("cab-portal-serving-floor")
            .config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName())
            .config("spark.sql.datetime.java8API.enabled", "true")
            .getOrCreate();
    double read;
    double sort;
    double count;
    try {
      Warehouse warehouse = new Warehouse(Path.of(args[0]));
      Dataset<Row> kept = ServingTables.kept(spark, warehouse, warehouse.loadIds());
      kept.createOrReplaceTempView("kept_trips");
      discard(kept);
      read = discard(kept);
      sort = discard(ServingTables.estimateTripsSorted(spark));
      count =
          discard(
              spark.sql(
                  "SELECT source, hour_of_week, pickup_h3_8, count(*) FROM kept_trips GROUP BY ALL"));
    } finally {
      spark.stop();
    }
    System.out.printf(
        "{\"readS\": %.2f, \"estimateSortS\": %.2f, \"countByCellS\": %.2f, \"seconds\": %.2f,"
            + " \"peakHeapMiB\": %d}%n",
        read, sort, count, (System.nanoTime() - start) / 1e9, HeapUse.peakMiB());
  }

  /** Runs {@code rows} to the end, keeping none; the seconds it took. */
  private static double discard(Dataset<Row> rows) {
    long t = System.nanoTime();
    rows.write().format("noop").mode(SaveMode.Overwrite).save();
    return (System.nanoTime() - t) / 1e9;
  }
}

package nyc.cabportal.bench.jobs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nyc.cabportal.sparkfs.NioLocalFileSystem;
import nyc.cabportal.trips.TripFormat;
import nyc.cabportal.trips.input.InputFile;
import nyc.cabportal.trips.input.InputFiles;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The data-prep benchmark's floor: a bare Spark read of the same CSV files (one read per format,
 * header on, every column a string) written straight to Parquet, with the same local file system as
 * the job. Prints one JSON line: seconds and peak heap.
 *
 * <p>Usage: CsvToParquetFloor INPUT_DIR OUTPUT_DIR
 */
public final class CsvToParquetFloor {

  private CsvToParquetFloor() {}

  public static void main(String[] args) throws IOException {
    nyc.cabportal.dataprep.job.HeapUse.start();
    long t = System.nanoTime();
    Map<TripFormat, List<String>> byFormat = new TreeMap<>();
    for (InputFile f : InputFiles.scan(List.of(args[0].split(",")))) {
      byFormat.computeIfAbsent(f.layout().format(), k -> new ArrayList<>()).add(f.path());
    }
    SparkSession spark =
        SparkSession.builder()
            .appName("cab-portal-data-prep-floor")
            .config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName())
            .getOrCreate();
    try {
      for (Map.Entry<TripFormat, List<String>> e : byFormat.entrySet()) {
        spark
            .read()
            .option("header", "true")
            .csv(e.getValue().toArray(String[]::new))
            .write()
            .mode(SaveMode.Overwrite)
            .parquet(args[1] + "/" + e.getKey());
      }
    } finally {
      spark.stop();
    }
    System.out.printf(
        "{\"seconds\": %.2f, \"peakHeapMiB\": %d, \"peakLiveHeapMiB\": %d}%n",
        (System.nanoTime() - t) / 1e9,
        nyc.cabportal.dataprep.job.HeapUse.peakMiB(),
        nyc.cabportal.dataprep.job.HeapUse.peakLiveMiB());
  }
}

package nyc.cabportal.dataprep.job;

import nyc.cabportal.sparkfs.NioLocalFileSystem;
import org.apache.spark.sql.SparkSession;

/**
 * A Spark session for a test that reads and writes the warehouse: one local core, no UI, local
 * files through java.nio, Java time types, as data prep's own session has them.
 */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession session(String appName) {
    return SparkSession.builder()
        .master("local[1]")
        .appName(appName)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName())
        .config("spark.sql.datetime.java8API.enabled", "true")
        .getOrCreate();
  }
}

package nyc.cabportal.worker;

import org.apache.spark.sql.SparkSession;

/** A local Spark session for unit tests: one thread, no UI, bound to the loopback address. */
public final class LocalSpark {

  private LocalSpark() {}

  /** The builder, for a test that sets more of the session's configuration. */
  public static SparkSession.Builder builder(String appName) {
    return SparkSession.builder()
        .appName(appName)
        .master("local[1]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1");
  }

  public static SparkSession start(String appName) {
    return builder(appName).getOrCreate();
  }
}

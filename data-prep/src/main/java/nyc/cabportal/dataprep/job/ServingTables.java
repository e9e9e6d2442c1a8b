package nyc.cabportal.dataprep.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The MongoDB serving tables, each one Spark SQL query over the kept trips of every committed load,
 * each row a document with a stable {@code _id}, so that writing them again replaces them with
 * themselves. The portal and the worker read these; nothing reads the trips on request. The admins'
 * tables are {@link DashboardTables}, the worker's {@link EstimateTables} and {@link FleetTables}.
 */
final class ServingTables {

  /** The trip columns the queries read. */
  static final List<String> COLUMNS =
      List.of(
          "source",
          "pickup_date",
          "pickup_time",
          "pickup_lat",
          "pickup_lon",
          "dropoff_lat",
          "dropoff_lon",
          "passengers",
          "distance_km",
          "fare",
          "rate_code",
          "tip",
          "payment_type",
          "total",
          "duration_s",
          "speed_kmh",
          "hour_of_week",
          "pickup_h3_8",
          "pickup_h3_7",
          "pickup_h3_6",
          "dropoff_h3_8",
          "dropoff_h3_7",
          "dropoff_h3_6",
          "in_service_area");

  private ServingTables() {}

  /**
   * The queries by collection name; {@code kept} is registered as the view {@code kept_trips}, and
   * a view {@value EstimateTables#CELL_BOROUGHS} (cell, borough) must hold the borough of every
   * res-8 cell of them.
   */
  static Map<String, Dataset<Row>> build(SparkSession spark, Dataset<Row> kept) {
    kept.createOrReplaceTempView("kept_trips");
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>(EstimateTables.build(spark));
    tables.putAll(DashboardTables.build(spark));
    tables.putAll(FleetTables.build(spark));
    return tables;
  }
}

package nyc.cabportal.dataprep.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The MongoDB serving tables, each one Spark SQL query over the kept trips of every committed load,
 * each row a document with a stable {@code _id}, so that writing them again replaces them with
 * themselves. The portal and the worker read these; nothing reads the trips on request. The admins'
 * tables are {@link DashboardTables}, the worker's {@link EstimateTables} and {@link FleetTables}.
 */
public final class ServingTables {

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
   * The kept trips of the loads {@code loadIds} with the columns the queries read. Not cached: each
   * query reads the columns it needs from the warehouse's few files per month, which costs less
   * than building Spark's compressed in-memory copy of every column once (at 5 M rows the job took
   * 11 % longer with it: BENCHMARKS.md, issue 20).
   */
  public static Dataset<Row> kept(SparkSession spark, Warehouse warehouse, List<String> loadIds) {
    return warehouse
        .keptTrips(spark, loadIds)
        .select(COLUMNS.stream().map(functions::col).toArray(Column[]::new));
  }

  /**
   * The estimates' trips shuffled and sorted as {@link EstimateGroups} reads them, before its pass:
   * the least an exact percentile per group costs in Spark, which the data-prep benchmark times as
   * a floor of the serving stage. {@code kept} must be registered as the view {@code kept_trips}.
   */
  public static Dataset<Row> estimateTripsSorted(SparkSession spark) {
    return EstimateTables.sortedTrips(spark);
  }

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

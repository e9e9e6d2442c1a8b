package nyc.cabportal.dataprep.job;

import java.util.Map;
import nyc.cabportal.dataprep.serving.ServingNames;
import nyc.cabportal.trips.geo.Boroughs;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The table the dispatch worker places its simulated cabs from: for every H3 res-8 cell of the city
 * that taxi trips ended in, up to {@value #POINTS_PER_CELL} of the real points where they ended
 * ({@code dropoff_points}). The worker draws a cell by the dropoffs of the hour of the week ({@code
 * heatmap_cells}) and puts a cab at one of its points, so cabs stand where trips really ended,
 * spread as they were, not stacked at cell centres.
 */
final class FleetTables {

  /**
   * Points kept per cell: a busy Manhattan cell draws a few dozen of a 3,000-cab fleet, so this
   * many lets nearly every cab there stand at a point of its own.
   */
  static final int POINTS_PER_CELL = 64;

  /** The view of the points that can be among their cell's first (see {@link CellPointSample}). */
  private static final String CANDIDATES = "dropoff_candidates";

  private FleetTables() {}

  /**
   * The query by collection name, over the view {@code kept_trips} and the view {@value
   * EstimateTables#CELL_BOROUGHS}.
   */
  static Map<String, Dataset<Row>> build(SparkSession spark) {
    Dataset<Row> points = spark.sql(points());
    points
        .mapPartitions(new CellPointSample(POINTS_PER_CELL), Encoders.row(points.schema()))
        .createOrReplaceTempView(CANDIDATES);
    return Map.of(ServingNames.DROPOFF_POINTS, spark.sql(dropoffPoints()));
  }

  /**
   * Where trips ended, per res-8 cell whose centre lies in a borough (6 decimals, ≈ 10 cm), with
   * the hash of the point that picks a cell's points: the same every run, spread over the cell as
   * the trips were rather than the first ones read. Trips leaving the service area have no cell at
   * their far end and are not among them.
   */
  private static String points() {
    return """
        WITH p AS (SELECT k.dropoff_h3_8 AS cell, round(k.dropoff_lat, 6) AS lat,
                          round(k.dropoff_lon, 6) AS lon
                   FROM kept_trips k JOIN %1$s b ON k.dropoff_h3_8 = b.cell
                   WHERE k.dropoff_h3_8 IS NOT NULL AND %2$s AND b.borough <> '%3$s')
        SELECT cell, lat, lon, xxhash64(lat, lon) AS hash FROM p"""
        .formatted(EstimateTables.CELL_BOROUGHS, EstimateTables.IN_SERVICE_AREA, Boroughs.OUTSIDE);
  }

  /**
   * Per cell, the points of up to {@value #POINTS_PER_CELL} trips that ended there, the first by
   * hash: of the few per cell and partition that {@link CellPointSample} kept.
   */
  private static String dropoffPoints() {
    return """
        WITH ranked AS (SELECT *, row_number() OVER (PARTITION BY cell
                                                     ORDER BY hash, lat, lon) AS n
                        FROM %1$s)
        SELECT lower(hex(cell)) AS _id,
               transform(array_sort(collect_list(struct(n, lat, lon))),
                         x -> array(x.lat, x.lon)) AS points
        FROM ranked
        WHERE n <= %2$d
        GROUP BY cell"""
        .formatted(CANDIDATES, POINTS_PER_CELL);
  }
}

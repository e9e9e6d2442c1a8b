package nyc.cabportal.dataprep.job;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import nyc.cabportal.dataprep.serving.ServingNames;
import nyc.cabportal.trips.Tariff2014;
import nyc.cabportal.trips.geo.GreatCircle;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The tables the dispatch worker estimates fares and times from: trip statistics by origin and
 * destination cell and time bucket ({@code trip_estimates}) and the fitted model that stands in
 * where a cell pair has too few trips ({@code estimate_model}). Taxi trips only: Uber rows have no
 * dropoff, fare or duration; fares from the meter only ({@link #METER_FARE}). Each is a Spark SQL
 * query over the view {@code kept_trips}; the estimates' percentiles are taken in one sorted pass
 * over the groups ({@link EstimateGroups}) rather than by {@code percentile_approx}.
 */
final class EstimateTables {

  /** At least this many trips behind an estimate: fewer say little, and the worker falls back. */
  static final int MIN_ESTIMATE_TRIPS = 3;

  /** At least this many trips behind a model group; coarser groups stand in for smaller ones. */
  static final int MIN_MODEL_TRIPS = 30;

  /** The view of H3 res-8 cells and their borough that the model's query joins. */
  static final String CELL_BOROUGHS = "cell_boroughs";

  /**
   * The great-circle distance from pickup to dropoff in km, as {@link GreatCircle#tripKm} computes
   * it for a request in the worker.
   */
  static final String STRAIGHT_KM =
      """
      greatest(%s, 2 * %s * asin(sqrt(power(sin(radians(dropoff_lat - pickup_lat) / 2), 2)
        + cos(radians(pickup_lat)) * cos(radians(dropoff_lat))
          * power(sin(radians(dropoff_lon - pickup_lon) / 2), 2))))"""
          .formatted(GreatCircle.MIN_TRIP_KM, GreatCircle.EARTH_RADIUS_KM);

  /** The city-wide fare line is never taken below the meter's flag drop when dividing by it. */
  static final double MIN_FARE_LINE = Tariff2014.FLAG_DROP;

  /**
   * A trip's fare where the meter made it (rate code 1), else null: the JFK flat fare, Newark's
   * surcharge, the doubled meter beyond the city line and negotiated fares follow rules of their
   * own, which the worker applies by where a trip starts and ends ({@code Tariff2014}). Left in, a
   * flat $52 among a cell pair's metered fares would pull their ratios and spread. Durations and
   * distances still come from every trip: the cab drove them all the same.
   */
  static final String METER_FARE = "CASE WHEN rate_code = 1 THEN fare END";

  /**
   * Trips that start and end in the service area: a rider can request only those, and a trip to
   * Westchester has no cell at its far end. Null for rows loaded before the column existed, all of
   * which lay inside it.
   */
  static final String IN_SERVICE_AREA = "in_service_area IS NOT FALSE";

  /** The view of each estimate group's statistics ({@link EstimateGroups}). */
  private static final String ESTIMATE_GROUPS = "estimate_groups";

  /**
   * A trip's pickup hour (0–23) and whether it was a weekend day, from the hour of the week the
   * load stored (0 = Monday 0 h): {@code hour(pickup_time)} built a zoned date-time for every trip,
   * a few per cent of the estimates' CPU (BENCHMARKS.md, issue 20).
   */
  static final String HOUR = "hour_of_week % 24";

  static final String WEEKEND = "hour_of_week >= 120";

  private static final String DAY_TYPE =
      "CASE WHEN " + WEEKEND + " THEN 'weekend' ELSE 'weekday' END";

  private EstimateTables() {}

  /**
   * The queries by collection name, over the view {@code kept_trips}; a view {@value
   * #CELL_BOROUGHS} (cell, borough) must hold the borough of every res-8 cell of them.
   */
  static Map<String, Dataset<Row>> build(SparkSession spark) {
    sortedTrips(spark)
        .mapPartitions(new EstimateGroups(MIN_ESTIMATE_TRIPS), Encoders.row(EstimateGroups.SCHEMA))
        .createOrReplaceTempView(ESTIMATE_GROUPS);
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(ServingNames.ESTIMATES, spark.sql(estimates()));
    tables.put(ServingNames.MODEL, spark.sql(model()));
    return tables;
  }

  /** The trips of {@link #trips}, partitioned and sorted as {@link EstimateGroups} reads them. */
  static Dataset<Row> sortedTrips(SparkSession spark) {
    return spark
        .sql(trips())
        .repartition(functions.expr(EstimateGroups.PARTITION_KEY))
        .sortWithinPartitions(columns(EstimateGroups.SORT_KEYS));
  }

  private static Column[] columns(String[] names) {
    return Arrays.stream(names).map(functions::col).toArray(Column[]::new);
  }

  /**
   * Every taxi trip with both ends in a cell, keyed by its cells and pickup hour for the four
   * levels of the estimates (H3 res 8 by the hour, res 7 by 3 hours, res 6 by 6 hours, res 6 all
   * day; weekday and weekend apart) as {@link EstimateGroups} reads them, and what the estimates
   * take from it. Trips without a cell at either end still count in the city-wide lines.
   *
   * <p>Besides its fare, duration, distance and speed, each row says how the trip compares with the
   * city-wide lines of fare and of log duration on the straight-line distance (the model's
   * all-trips group): fare ÷ line, log duration − line, and the detour (metered ÷ straight-line
   * distance). The worker scales the city-wide line at a request's own distance by their
   * percentiles, so that a cell pair's trips of all lengths still inform a trip of one length.
   */
  static String trips() {
    return """
        WITH taxi AS (SELECT %4$s AS fare, duration_s, distance_km, speed_kmh, hour_of_week,
                             pickup_h3_8, dropoff_h3_8, %1$s AS km
                      FROM kept_trips
                      WHERE source <> 'uber' AND %5$s),
             city AS (SELECT regr_intercept(fare, km) AS fa, regr_slope(fare, km) AS fb,
                             regr_intercept(ln(duration_s), ln(km)) AS da,
                             regr_slope(ln(duration_s), ln(km)) AS db
                      FROM taxi)
        SELECT %3$s,
               fare, duration_s, distance_km, speed_kmh,
               fare / greatest(%2$s, fa + fb * km) AS fareRatio,
               ln(duration_s) - (da + db * ln(km)) AS durationLog,
               distance_km / km AS detour
        FROM taxi CROSS JOIN city
        WHERE pickup_h3_8 IS NOT NULL AND dropoff_h3_8 IS NOT NULL"""
        .formatted(
            STRAIGHT_KM,
            MIN_FARE_LINE,
            EstimateGroups.keys("pickup_h3_8", "dropoff_h3_8", WEEKEND, HOUR),
            METER_FARE,
            IN_SERVICE_AREA);
  }

  /**
   * Trip statistics by origin cell, destination cell and time bucket at each level of {@link
   * #trips}, for the dispatch worker's estimates and their fallbacks: the percentiles of each group
   * ({@link EstimateGroups}) as documents.
   */
  static String estimates() {
    return """
        SELECT concat_ws('|', 'r' || res, hours || 'h', lower(hex(o)), lower(hex(d)), dayType,
                         fromHour) AS _id,
               res, hours, lower(hex(o)) AS origin, lower(hex(d)) AS destination, dayType,
               fromHour, fromHour + hours AS toHour, trips,
               named_struct('p10', f[0], 'p50', f[1], 'p90', f[2]) AS fare,
               named_struct('p10', t[0], 'p50', t[1], 'p90', t[2]) AS durationS,
               round(km, 3) AS distanceKmP50, round(kmh, 2) AS speedKmhP50,
               named_struct('fareP10', round(fr[0], 4), 'fareP50', round(fr[1], 4),
                            'fareP90', round(fr[2], 4), 'fareMean', round(frMean, 4),
                            'durationLogP10', round(dl[0], 4), 'durationLogP50', round(dl[1], 4),
                            'durationLogP90', round(dl[2], 4),
                            'detourP50', round(dt, 4)) AS vsCity
        FROM %s"""
        .formatted(ESTIMATE_GROUPS);
  }

  /**
   * The estimates' last fallback, fitted on all taxi trips: per borough pair, day type and 3-hour
   * bucket, least-squares lines of fare and of metered distance on the straight-line distance, and
   * of log duration on log straight-line distance (durations grow less than linearly: long trips
   * use faster roads). Coarser groups (borough pair all day, all boroughs by time, everything)
   * stand in where a group has fewer than {@value #MIN_MODEL_TRIPS} trips; "any" marks a field a
   * group does not split by. The fare's spread comes as its residual standard deviation in dollars
   * and per root dollar of fare ({@code sdPerRootFare}: that deviation ÷ √(the mean fare), the
   * spread if its variance grows with the fare, as a count of the meter's units would). The
   * worker's range for the model is the latter: a spread in dollars, fitted mostly on short trips,
   * was too narrow for the long trips the model prices, one in proportion to the fare too wide
   * (BENCHMARKS.md).
   *
   * <p>Each line is fitted from its sums (count, Σx, Σy, Σx², Σxy, Σy²), taken once per finest
   * group and added up for the coarser ones, so that the trips are aggregated once rather than once
   * per grouping set with Spark's {@code regr_*} functions (BENCHMARKS.md, issue 20). Its divisions
   * are {@code try_divide}: the expressions are computed for every group before {@code WHERE} drops
   * those with too few trips or one distance, and under ANSI SQL a division by their zero fails the
   * query — code generation happened to skip them, Spark's interpreted path does not.
   */
  static String model() {
    return """
        WITH t AS (SELECT %5$s AS fare, distance_km, ln(duration_s) AS lnd, %1$s AS km,
                          %2$s AS dayType, %7$s - %7$s %% 3 AS fromHour,
                          coalesce(o.borough, 'Outside') AS ob,
                          coalesce(d.borough, 'Outside') AS db
                   FROM kept_trips k
                   LEFT JOIN %3$s o ON k.pickup_h3_8 = o.cell
                   LEFT JOIN %3$s d ON k.dropoff_h3_8 = d.cell
                   WHERE source <> 'uber' AND %6$s),
             s AS (SELECT ob, db, dayType, fromHour, count(*) AS trips, %8$s
                   FROM t
                   GROUP BY ob, db, dayType, fromHour),
             g AS (SELECT coalesce(ob, 'any') AS originBorough,
                          coalesce(db, 'any') AS destinationBorough,
                          coalesce(dayType, 'any') AS dayType,
                          coalesce(string(fromHour), 'any') AS fromHour, sum(trips) AS trips, %9$s
                   FROM s
                   GROUP BY GROUPING SETS ((ob, db, dayType, fromHour), (ob, db),
                                           (dayType, fromHour), ())),
             lines AS (SELECT *, %10$s FROM g)
        SELECT concat_ws('|', originBorough, destinationBorough, dayType, fromHour) AS _id,
               originBorough, destinationBorough, dayType, fromHour, trips,
               named_struct('intercept', round(f_a, 4), 'perKm', round(f_b, 4),
                            'residualSd', round(f_sd, 4),
                            'sdPerRootFare', round(try_divide(f_sd, sqrt(try_divide(f_y, f_n))), 4))
                 AS fare,
               named_struct('intercept', round(k_a, 4), 'perKm', round(k_b, 4)) AS distanceKm,
               named_struct('logIntercept', round(d_a, 4), 'logKmSlope', round(d_b, 4),
                            'logResidualSd', round(d_sd, 4)) AS durationS
        FROM lines
        WHERE f_n >= %4$d AND f_sxx > 0"""
        .formatted(
            STRAIGHT_KM,
            DAY_TYPE,
            CELL_BOROUGHS,
            MIN_MODEL_TRIPS,
            METER_FARE,
            IN_SERVICE_AREA,
            "(" + HOUR + ")",
            String.join(
                ", ",
                LineSums.of("f", "fare", "km"),
                LineSums.of("k", "distance_km", "km"),
                LineSums.of("d", "lnd", "ln(km)")),
            String.join(", ", LineSums.added("f"), LineSums.added("k"), LineSums.added("d")),
            String.join(", ", LineSums.fit("f"), LineSums.fit("k"), LineSums.fit("d")));
  }
}

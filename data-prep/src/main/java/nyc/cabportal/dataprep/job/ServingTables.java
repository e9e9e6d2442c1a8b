package nyc.cabportal.dataprep.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nyc.cabportal.dataprep.serving.ServingNames;
import nyc.cabportal.trips.geo.GreatCircle;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The MongoDB serving tables, each one Spark SQL query over the kept trips of every committed load,
 * each row a document with a stable {@code _id}, so that writing them again replaces them with
 * themselves. The portal and the worker read these; nothing reads the trips on request.
 */
public final class ServingTables {

  /** At least this many trips behind an estimate: fewer say little, and the worker falls back. */
  public static final int MIN_ESTIMATE_TRIPS = 3;

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
          "dropoff_h3_6");

  /** At least this many trips behind a model group; coarser groups stand in for smaller ones. */
  public static final int MIN_MODEL_TRIPS = 30;

  /** The view of H3 res-8 cells and their borough that {@link #build} expects. */
  public static final String CELL_BOROUGHS = "cell_boroughs";

  /** Sums that let a chart show averages over any set of hours, days or weeks. */
  private static final String SUMS =
      "count(*) AS trips, sum(passengers) AS passengers, round(sum(fare), 2) AS fareSum,"
          + " round(sum(tip), 2) AS tipSum, round(sum(total), 2) AS totalSum,"
          + " round(sum(distance_km), 3) AS distanceKmSum, sum(duration_s) AS durationSSum";

  /** Each measure's histogram: name, unit, the column expression, bin width, number of bins. */
  private static final String[][] MEASURES = {
    {"fare", "USD", "fare", "2.5", "40"},
    {"distance", "km", "distance_km", "1", "40"},
    {"duration", "min", "duration_s / 60.0", "2", "45"},
    {"speed", "km/h", "speed_kmh", "2.5", "40"},
  };

  /**
   * The great-circle distance from pickup to dropoff in km, as {@link GreatCircle#tripKm} computes
   * it for a request in the worker.
   */
  static final String STRAIGHT_KM =
      "greatest("
          + GreatCircle.MIN_TRIP_KM
          + ", 2 * "
          + GreatCircle.EARTH_RADIUS_KM
          + " * asin(sqrt(power(sin(radians(dropoff_lat - pickup_lat) / 2),"
          + " 2) + cos(radians(pickup_lat)) * cos(radians(dropoff_lat))"
          + " * power(sin(radians(dropoff_lon - pickup_lon) / 2), 2))))";

  /** The city-wide fare line is never taken below the meter's flag drop when dividing by it. */
  static final String MIN_FARE_LINE = "2.5";

  private ServingTables() {}

  /**
   * The queries by collection name; {@code kept} is registered as the view kept_trips, and a view
   * {@value #CELL_BOROUGHS} (cell, borough) must hold the borough of every res-8 cell of them.
   */
  public static Map<String, Dataset<Row>> build(SparkSession spark, Dataset<Row> kept) {
    kept.createOrReplaceTempView("kept_trips");
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(ServingNames.VOLUME_HOURLY, spark.sql(hourly()));
    tables.put(
        ServingNames.VOLUME_DAILY,
        spark.sql(
            "SELECT concat_ws('|', source, string(pickup_date)) AS _id, source,"
                + " string(pickup_date) AS date, date_format(pickup_date, 'EEEE') AS dayOfWeek, "
                + SUMS
                + " FROM kept_trips GROUP BY source, pickup_date"));
    tables.put(
        ServingNames.VOLUME_WEEKLY,
        spark.sql(
            "SELECT concat_ws('|', source, string(week)) AS _id, source,"
                + " string(week) AS weekStart, "
                + SUMS
                + " FROM (SELECT *, date(date_trunc('week', pickup_time)) AS week FROM kept_trips)"
                + " GROUP BY source, week"));
    tables.put(
        ServingNames.PAYMENT_DAILY,
        spark.sql(
            "SELECT concat_ws('|', source, string(pickup_date), payment_type) AS _id, source,"
                + " string(pickup_date) AS date, payment_type AS paymentType, count(*) AS trips,"
                + " round(sum(fare), 2) AS fareSum, round(sum(tip), 2) AS tipSum,"
                + " count_if(tip > 0) AS tippedTrips FROM kept_trips"
                + " WHERE source <> 'uber' GROUP BY source, pickup_date, payment_type"));
    tables.put(ServingNames.PICKUP_AREAS_DAILY, spark.sql(pickupAreasDaily()));
    tables.put(ServingNames.HISTOGRAMS, spark.sql(histograms()));
    tables.put(ServingNames.DISTRIBUTIONS, spark.sql(distributions()));
    tables.put(ServingNames.HEATMAP, spark.sql(heatmap()));
    tables.put(ServingNames.ESTIMATES, spark.sql(estimates()));
    tables.put(ServingNames.MODEL, spark.sql(model()));
    return tables;
  }

  /**
   * Per source and day, the 24 hours as arrays (index = hour of day): one document per day rather
   * than per hour, so a chart of any date range reads a few hundred documents, not thousands.
   */
  private static String hourly() {
    return "WITH h AS (SELECT source, pickup_date, hour(pickup_time) AS hour, "
        + SUMS
        + " FROM kept_trips GROUP BY source, pickup_date, hour(pickup_time))"
        + " SELECT concat_ws('|', source, string(pickup_date)) AS _id, source,"
        + " string(pickup_date) AS date, date_format(pickup_date, 'EEEE') AS dayOfWeek,"
        + " "
        + hourArray("trips", "0L")
        + ", "
        + hourArray("passengers", "0L")
        + ", "
        + hourArray("fareSum", "0D")
        + ", "
        + hourArray("tipSum", "0D")
        + ", "
        + hourArray("totalSum", "0D")
        + ", "
        + hourArray("distanceKmSum", "0D")
        + ", "
        + hourArray("durationSSum", "0L")
        + " FROM h GROUP BY source, pickup_date";
  }

  /** An array of {@code column} by hour 0–23, {@code zero} where a day had no trips that hour. */
  private static String hourArray(String column, String zero) {
    return ("transform(sequence(0, 23), i -> coalesce(map_from_entries(collect_list(struct(hour,"
            + " %1$s)))[i], %2$s)) AS %1$s")
        .formatted(column, zero);
  }

  /**
   * Per source and day, the pickups of each H3 res-7 cell (≈ 5 km², a neighbourhood), busiest
   * first: the busiest areas of any date range are these summed.
   */
  private static String pickupAreasDaily() {
    return "WITH c AS (SELECT source, pickup_date, pickup_h3_7 AS cell, count(*) AS trips"
        + " FROM kept_trips WHERE pickup_h3_7 IS NOT NULL GROUP BY ALL)"
        + " SELECT concat_ws('|', source, string(pickup_date)) AS _id, source,"
        + " string(pickup_date) AS date, sum(trips) AS trips, transform(sort_array(collect_list("
        + " struct(trips, lower(hex(cell)) AS h3)), false), c -> named_struct('h3', c.h3,"
        + " 'trips', c.trips)) AS cells FROM c GROUP BY source, pickup_date";
  }

  /** Per source, day and measure: trip counts in fixed bins, so any date range can be summed. */
  private static String histograms() {
    StringBuilder binned = new StringBuilder();
    for (String[] m : MEASURES) {
      binned
          .append(binned.isEmpty() ? "" : ", ")
          .append(
              "named_struct('measure', '%s', 'unit', '%s', 'width', double(%s), 'bins', %s,"
                      .formatted(m[0], m[1], m[3], m[4])
                  + " 'bin', least(int(floor((%s) / %s)), %s - 1))".formatted(m[2], m[3], m[4]));
    }
    return "WITH binned AS (SELECT source, pickup_date, inline(array("
        + binned
        + ")) FROM kept_trips WHERE source <> 'uber'),"
        + " counted AS (SELECT source, pickup_date, measure, unit, width, bins, bin,"
        + " count(*) AS n FROM binned GROUP BY ALL)"
        + " SELECT concat_ws('|', source, string(pickup_date), measure) AS _id, source,"
        + " string(pickup_date) AS date, measure, unit, width AS binWidth, sum(n) AS trips,"
        + " transform(sequence(0, bins - 1),"
        + " i -> coalesce(map_from_entries(collect_list(struct(bin, n)))[i], 0L)) AS counts"
        + " FROM counted GROUP BY source, pickup_date, measure, unit, width, bins";
  }

  /** Per source and measure over all days: percentiles, mean and extremes. */
  private static String distributions() {
    StringBuilder values = new StringBuilder();
    for (String[] m : MEASURES) {
      values
          .append(values.isEmpty() ? "" : ", ")
          .append(
              "named_struct('measure', '%s', 'unit', '%s', 'v', double(%s))"
                  .formatted(m[0], m[1], m[2]));
    }
    return "WITH v AS (SELECT source, inline(array("
        + values
        + ")) FROM kept_trips WHERE source <> 'uber'),"
        + " p AS (SELECT source, measure, unit, count(*) AS trips, avg(v) AS mean, min(v) AS min,"
        + " max(v) AS max, percentile_approx(v, array(0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9,"
        + " 0.95, 0.99), 10000) AS q FROM v GROUP BY source, measure, unit)"
        + " SELECT concat_ws('|', source, measure) AS _id, source, measure, unit, trips,"
        + " round(mean, 3) AS mean, min, max, named_struct('p1', q[0], 'p5', q[1], 'p10', q[2],"
        + " 'p25', q[3], 'p50', q[4], 'p75', q[5], 'p90', q[6], 'p95', q[7], 'p99', q[8])"
        + " AS percentiles FROM p";
  }

  /**
   * Per source, pickup or dropoff, H3 resolution (7, 8) and hour of week (0 = Monday 0h; "all" for
   * the whole week): the cells and their trips, busiest first. One document is one map frame.
   */
  private static String heatmap() {
    return "WITH cells AS (SELECT source, hour_of_week, inline(array("
        + " named_struct('kind', 'pickup', 'res', 7, 'cell', pickup_h3_7),"
        + " named_struct('kind', 'pickup', 'res', 8, 'cell', pickup_h3_8),"
        + " named_struct('kind', 'dropoff', 'res', 7, 'cell', dropoff_h3_7),"
        + " named_struct('kind', 'dropoff', 'res', 8, 'cell', dropoff_h3_8))) FROM kept_trips),"
        + " hourly AS (SELECT source, kind, res, string(hour_of_week) AS how, cell,"
        + " count(*) AS trips FROM cells WHERE cell IS NOT NULL GROUP BY ALL),"
        + " weekly AS (SELECT source, kind, res, 'all' AS how, cell, sum(trips) AS trips"
        + " FROM hourly GROUP BY source, kind, res, cell),"
        + " frames AS (SELECT * FROM hourly UNION ALL SELECT * FROM weekly)"
        + " SELECT concat_ws('|', source, kind, 'r' || res, how) AS _id, source, kind, res,"
        + " how AS hourOfWeek, sum(trips) AS trips, transform(sort_array(collect_list("
        + " struct(trips, lower(hex(cell)) AS h3)), false), c -> named_struct('h3', c.h3,"
        + " 'trips', c.trips)) AS cells FROM frames GROUP BY source, kind, res, how";
  }

  /**
   * Trip statistics by origin cell, destination cell and time bucket, at four levels from fine to
   * coarse (H3 res 8 by the hour, res 7 by 3 hours, res 6 by 6 hours, res 6 all day; weekday and
   * weekend apart), for the dispatch worker's estimates and their fallbacks. Taxi trips only: Uber
   * rows have no dropoff, fare or duration.
   *
   * <p>Besides plain percentiles, each row says how its trips compare with the city-wide lines of
   * fare and of log duration on the straight-line distance (the model's all-trips group): the
   * percentiles of fare ÷ line, the median of log duration − line, the median detour (metered ÷
   * straight-line distance). The worker scales the city-wide line at a request's own distance by
   * these, so that a cell pair's trips of all lengths still inform a trip of one length.
   */
  private static String estimates() {
    return "WITH taxi AS (SELECT fare, duration_s, distance_km, speed_kmh, pickup_time,"
        + " pickup_h3_8, pickup_h3_7, pickup_h3_6, dropoff_h3_8, dropoff_h3_7, dropoff_h3_6, "
        + STRAIGHT_KM
        + " AS km FROM kept_trips WHERE source <> 'uber'),"
        + " city AS (SELECT regr_intercept(fare, km) AS fa, regr_slope(fare, km) AS fb,"
        + " regr_intercept(ln(duration_s), ln(km)) AS da, regr_slope(ln(duration_s), ln(km)) AS db"
        + " FROM taxi),"
        + " levels AS (SELECT fare, duration_s, distance_km, speed_kmh,"
        + " fare / greatest("
        + MIN_FARE_LINE
        + ", fa + fb * km) AS fareRatio,"
        + " ln(duration_s) - (da + db * ln(km)) AS durationLog, distance_km / km AS detour,"
        + " CASE WHEN dayofweek(pickup_time) IN (1, 7) THEN 'weekend' ELSE 'weekday' END AS dayType,"
        + " hour(pickup_time) AS hour, inline(array("
        + " named_struct('res', 8, 'hours', 1, 'o', pickup_h3_8, 'd', dropoff_h3_8),"
        + " named_struct('res', 7, 'hours', 3, 'o', pickup_h3_7, 'd', dropoff_h3_7),"
        + " named_struct('res', 6, 'hours', 6, 'o', pickup_h3_6, 'd', dropoff_h3_6),"
        + " named_struct('res', 6, 'hours', 24, 'o', pickup_h3_6, 'd', dropoff_h3_6)))"
        + " FROM taxi CROSS JOIN city),"
        + " stats AS (SELECT res, hours, o, d, dayType, hour - hour % hours AS fromHour,"
        + " count(*) AS trips, percentile_approx(fare, array(0.1, 0.5, 0.9)) AS f,"
        + " percentile_approx(duration_s, array(0.1, 0.5, 0.9)) AS t,"
        + " percentile_approx(distance_km, 0.5) AS km, percentile_approx(speed_kmh, 0.5) AS kmh,"
        + " percentile_approx(fareRatio, array(0.1, 0.5, 0.9)) AS fr,"
        + " percentile_approx(durationLog, 0.5) AS dl, percentile_approx(detour, 0.5) AS dt"
        + " FROM levels GROUP BY res, hours, o, d, dayType, hour - hour % hours"
        + " HAVING count(*) >= "
        + MIN_ESTIMATE_TRIPS
        + ")"
        + " SELECT concat_ws('|', 'r' || res, hours || 'h', lower(hex(o)), lower(hex(d)), dayType,"
        + " fromHour) AS _id, res, hours, lower(hex(o)) AS origin, lower(hex(d)) AS destination,"
        + " dayType, fromHour, fromHour + hours AS toHour, trips,"
        + " named_struct('p10', f[0], 'p50', f[1], 'p90', f[2]) AS fare,"
        + " named_struct('p10', t[0], 'p50', t[1], 'p90', t[2]) AS durationS,"
        + " round(km, 3) AS distanceKmP50, round(kmh, 2) AS speedKmhP50,"
        + " named_struct('fareP10', round(fr[0], 4), 'fareP50', round(fr[1], 4),"
        + " 'fareP90', round(fr[2], 4), 'durationLogP50', round(dl, 4),"
        + " 'detourP50', round(dt, 4)) AS vsCity FROM stats";
  }

  /**
   * The estimates' last fallback, fitted on all taxi trips: per borough pair, day type and 3-hour
   * bucket, least-squares lines of fare and of metered distance on the straight-line distance, and
   * of log duration on log straight-line distance (durations grow less than linearly: long trips
   * use faster roads). Coarser groups (borough pair all day, all boroughs by time, everything)
   * stand in where a group has fewer than {@value #MIN_MODEL_TRIPS} trips; "any" marks a field a
   * group does not split by. The fare's residual standard deviation gives its p10/p90.
   */
  private static String model() {
    return "WITH t AS (SELECT fare, duration_s, distance_km, "
        + STRAIGHT_KM
        + " AS km, CASE WHEN dayofweek(pickup_time) IN (1, 7) THEN 'weekend' ELSE 'weekday' END"
        + " AS dayType, hour(pickup_time) - hour(pickup_time) % 3 AS fromHour,"
        + " coalesce(o.borough, 'Outside') AS ob, coalesce(d.borough, 'Outside') AS db"
        + " FROM kept_trips k LEFT JOIN "
        + CELL_BOROUGHS
        + " o ON k.pickup_h3_8 = o.cell LEFT JOIN "
        + CELL_BOROUGHS
        + " d ON k.dropoff_h3_8 = d.cell WHERE source <> 'uber'),"
        + " g AS (SELECT coalesce(ob, 'any') AS originBorough,"
        + " coalesce(db, 'any') AS destinationBorough, coalesce(dayType, 'any') AS dayType,"
        + " coalesce(string(fromHour), 'any') AS fromHour, count(*) AS trips,"
        + " regr_intercept(fare, km) AS fa, regr_slope(fare, km) AS fb,"
        + " sqrt(greatest(0, regr_syy(fare, km) - power(regr_sxy(fare, km), 2)"
        + " / regr_sxx(fare, km)) / (count(*) - 2)) AS fsd,"
        + " regr_intercept(distance_km, km) AS ka, regr_slope(distance_km, km) AS kb,"
        + " regr_intercept(ln(duration_s), ln(km)) AS da, regr_slope(ln(duration_s), ln(km)) AS db"
        + " FROM t GROUP BY GROUPING SETS ((ob, db, dayType, fromHour), (ob, db),"
        + " (dayType, fromHour), ()) HAVING count(*) >= "
        + MIN_MODEL_TRIPS
        + " AND regr_sxx(fare, km) > 0)"
        + " SELECT concat_ws('|', originBorough, destinationBorough, dayType, fromHour) AS _id,"
        + " originBorough, destinationBorough, dayType, fromHour, trips,"
        + " named_struct('intercept', round(fa, 4), 'perKm', round(fb, 4),"
        + " 'residualSd', round(fsd, 4)) AS fare,"
        + " named_struct('intercept', round(ka, 4), 'perKm', round(kb, 4)) AS distanceKm,"
        + " named_struct('logIntercept', round(da, 4), 'logKmSlope', round(db, 4)) AS durationS"
        + " FROM g";
  }
}

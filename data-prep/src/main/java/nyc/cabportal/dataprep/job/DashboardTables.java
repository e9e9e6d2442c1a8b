package nyc.cabportal.dataprep.job;

import java.util.LinkedHashMap;
import java.util.Map;
import nyc.cabportal.dataprep.serving.ServingNames;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The tables the admins' dashboards and maps read: volumes by hour, day and week, payments, pickup
 * areas, histograms and distributions of fare, distance, duration and speed, and the heat map's
 * frames. Each is one Spark SQL query over the view {@code kept_trips} (the volumes and payments
 * over its sums by hour, {@value #TRIP_HOURS}); each row a document with a stable {@code _id}.
 */
final class DashboardTables {

  /**
   * The view the volume and payment tables sum: the kept trips counted and summed by source, day,
   * hour and payment type, once — a few hundred thousand rows at most, where the trips are millions
   * — and cached while the tables are built.
   */
  static final String TRIP_HOURS = "trip_hours";

  /** Sums that let a chart show averages over any set of hours, days or weeks, from trip_hours. */
  private static final String SUMS =
      """
      sum(trips) AS trips, sum(passengers) AS passengers, round(sum(fare), 2) AS fareSum,
      round(sum(tip), 2) AS tipSum, round(sum(total), 2) AS totalSum,
      round(sum(distance_km), 3) AS distanceKmSum, sum(duration_s) AS durationSSum""";

  /**
   * Each measure's histogram: name, unit, the column expression, bin width, number of bins. (A
   * double divisor: {@code 60.0} would be a decimal, and a decimal division per trip was 3 % of the
   * serving stage.)
   */
  private static final String[][] MEASURES = {
    {"fare", "USD", "fare", "2.5", "40"},
    {"distance", "km", "distance_km", "1", "40"},
    {"duration", "min", "duration_s / 60d", "2", "45"},
    {"speed", "km/h", "speed_kmh", "2.5", "40"},
  };

  /** The index in {@link #MEASURES} of the speed, and the decimals its distribution keeps. */
  private static final int SPEED = 3;

  private static final int SPEED_DECIMALS = 3;

  /** The percentiles of {@code trip_distributions}, as two digits of a fraction. */
  private static final String[] PERCENTILES = {
    "01", "05", "10", "25", "50", "75", "90", "95", "99"
  };

  /**
   * An H3 cell id as the lower-case hexadecimal address maps use, with its trips, busiest first.
   */
  private static final String CELLS_BUSIEST_FIRST =
      """
      transform(sort_array(collect_list(struct(trips, lower(hex(cell)) AS h3)), false),
                c -> named_struct('h3', c.h3, 'trips', c.trips)) AS cells""";

  private DashboardTables() {}

  /**
   * The queries by collection name, over the view {@code kept_trips}; registers {@value
   * #TRIP_HOURS}, cached (the caller clears Spark's cache when the tables are built).
   */
  static Map<String, Dataset<Row>> build(SparkSession spark) {
    spark
        .sql(tripHours())
        .persist(StorageLevel.MEMORY_AND_DISK())
        .createOrReplaceTempView(TRIP_HOURS);
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(ServingNames.VOLUME_HOURLY, spark.sql(hourly()));
    tables.put(ServingNames.VOLUME_DAILY, spark.sql(daily()));
    tables.put(ServingNames.VOLUME_WEEKLY, spark.sql(weekly()));
    tables.put(ServingNames.PAYMENT_DAILY, spark.sql(paymentDaily()));
    tables.put(ServingNames.PICKUP_AREAS_DAILY, spark.sql(pickupAreasDaily()));
    tables.put(ServingNames.HISTOGRAMS, spark.sql(histograms()));
    tables.put(ServingNames.DISTRIBUTIONS, spark.sql(distributions()));
    tables.put(ServingNames.HEATMAP, spark.sql(heatmap()));
    return tables;
  }

  /** The view {@value #TRIP_HOURS}: a sum is null where none of its trips has the value. */
  private static String tripHours() {
    return """
        SELECT source, pickup_date, %s AS hour, payment_type, count(*) AS trips,
               sum(passengers) AS passengers, sum(fare) AS fare, sum(tip) AS tip,
               sum(total) AS total, sum(distance_km) AS distance_km, sum(duration_s) AS duration_s,
               count_if(tip > 0) AS tipped
        FROM kept_trips
        GROUP BY 1, 2, 3, 4"""
        .formatted(EstimateTables.HOUR);
  }

  private static String daily() {
    return """
        SELECT concat_ws('|', source, string(pickup_date)) AS _id, source,
               string(pickup_date) AS date, date_format(pickup_date, 'EEEE') AS dayOfWeek,
               %s
        FROM %s
        GROUP BY source, pickup_date"""
        .formatted(SUMS, TRIP_HOURS);
  }

  private static String weekly() {
    return """
        SELECT concat_ws('|', source, string(week)) AS _id, source, string(week) AS weekStart,
               %s
        FROM (SELECT *, date(date_trunc('week', pickup_date)) AS week FROM %s)
        GROUP BY source, week"""
        .formatted(SUMS, TRIP_HOURS);
  }

  private static String paymentDaily() {
    return """
        SELECT concat_ws('|', source, string(pickup_date), payment_type) AS _id, source,
               string(pickup_date) AS date, payment_type AS paymentType, sum(trips) AS trips,
               round(sum(fare), 2) AS fareSum, round(sum(tip), 2) AS tipSum,
               sum(tipped) AS tippedTrips
        FROM %s
        WHERE source <> 'uber'
        GROUP BY source, pickup_date, payment_type"""
        .formatted(TRIP_HOURS);
  }

  /**
   * Per source and day, the 24 hours as arrays (index = hour of day): one document per day rather
   * than per hour, so a chart of any date range reads a few hundred documents, not thousands.
   */
  private static String hourly() {
    return """
        WITH h AS (SELECT source, pickup_date, hour, %s
                   FROM %s
                   GROUP BY source, pickup_date, hour)
        SELECT concat_ws('|', source, string(pickup_date)) AS _id, source,
               string(pickup_date) AS date, date_format(pickup_date, 'EEEE') AS dayOfWeek,
               %s, %s, %s, %s, %s, %s, %s
        FROM h
        GROUP BY source, pickup_date"""
        .formatted(
            SUMS,
            TRIP_HOURS,
            hourArray("trips", "0L"),
            hourArray("passengers", "0L"),
            hourArray("fareSum", "0D"),
            hourArray("tipSum", "0D"),
            hourArray("totalSum", "0D"),
            hourArray("distanceKmSum", "0D"),
            hourArray("durationSSum", "0L"));
  }

  /** An array of {@code column} by hour 0–23, {@code zero} where a day had no trips that hour. */
  private static String hourArray(String column, String zero) {
    return "transform(sequence(0, 23), i -> coalesce(map_from_entries(collect_list(struct(hour, %1$s)))[i], %2$s)) AS %1$s"
        .formatted(column, zero);
  }

  /**
   * Per source and day, the pickups of each H3 res-7 cell (≈ 5 km², a neighbourhood), busiest
   * first: the busiest areas of any date range are these summed.
   */
  private static String pickupAreasDaily() {
    return """
        WITH c AS (SELECT source, pickup_date, pickup_h3_7 AS cell, count(*) AS trips
                   FROM kept_trips
                   WHERE pickup_h3_7 IS NOT NULL
                   GROUP BY ALL)
        SELECT concat_ws('|', source, string(pickup_date)) AS _id, source,
               string(pickup_date) AS date, sum(trips) AS trips, %s
        FROM c
        GROUP BY source, pickup_date"""
        .formatted(CELLS_BUSIEST_FIRST);
  }

  /**
   * Per source, day and measure: trip counts in fixed bins, so any date range can be summed. The
   * trips are counted by the measure's index in {@link #MEASURES} and its names joined to the
   * counts: strings in the key of a count taken per trip and measure cost more than the count.
   */
  private static String histograms() {
    StringBuilder binned = new StringBuilder();
    for (int i = 0; i < MEASURES.length; i++) {
      String[] m = MEASURES[i];
      binned
          .append(binned.isEmpty() ? "" : ",\n")
          .append(
              "named_struct('m', %d, 'bin', least(int(floor((%s) / %s)), %s - 1))"
                  .formatted(i, m[2], m[3], m[4]));
    }
    return """
        WITH binned AS (SELECT source, pickup_date, inline(array(%s))
                        FROM kept_trips
                        WHERE source <> 'uber'),
             counted AS (SELECT source, pickup_date, m, bin, count(*) AS n
                         FROM binned
                         GROUP BY ALL)
        SELECT concat_ws('|', source, string(pickup_date), measure) AS _id, source,
               string(pickup_date) AS date, measure, unit, width AS binWidth, sum(n) AS trips,
               transform(sequence(0, bins - 1),
                         i -> coalesce(map_from_entries(collect_list(struct(bin, n)))[i], 0L))
                 AS counts
        FROM counted JOIN %s USING (m)
        GROUP BY source, pickup_date, measure, unit, width, bins"""
        .formatted(binned, measureNames());
  }

  /** {@link #MEASURES} as a table: m (the index), measure, unit, width, bins. */
  private static String measureNames() {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < MEASURES.length; i++) {
      String[] m = MEASURES[i];
      rows.append(rows.isEmpty() ? "" : ", ")
          .append("(%d, '%s', '%s', double(%s), %s)".formatted(i, m[0], m[1], m[3], m[4]));
    }
    return "(VALUES " + rows + " AS measures(m, measure, unit, width, bins))";
  }

  /**
   * Per source and measure over all days: percentiles, mean and extremes. The percentiles are
   * exact, the value at rank ⌈p·n⌉ (counted from 1, the product exact), taken from each measure's
   * distinct values and their counts: fares are in cents, distances in hundredths of a mile and
   * durations in seconds, so a few thousand values each, whatever the number of trips; speeds are
   * counted to the metre per hour ({@value #SPEED_DECIMALS} decimals of km/h). This replaced {@code
   * percentile_approx}, whose digest took every value of millions one by one (BENCHMARKS.md, issue
   * 20). Mean and extremes are of the values as they are.
   */
  static String distributions() {
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < MEASURES.length; i++) {
      values
          .append(values.isEmpty() ? "" : ",\n")
          .append("named_struct('m', %d, 'v', double(%s))".formatted(i, MEASURES[i][2]));
    }
    StringBuilder percentiles = new StringBuilder();
    for (String p : PERCENTILES) {
      percentiles
          .append(percentiles.isEmpty() ? "" : ", ")
          .append(
              "'p%s', min(CASE WHEN upto >= greatest(1, ceil(0.%s * valued)) THEN k END)"
                  .formatted(Integer.parseInt(p), p));
    }
    return """
        WITH v AS (SELECT source, inline(array(%1$s)) FROM kept_trips WHERE source <> 'uber'),
             c AS (SELECT source, m,
                          CASE WHEN m = %2$d THEN floor(v * %3$s + 0.5) / %3$s ELSE v END AS k,
                          count(*) AS n, sum(v) AS total, min(v) AS lo, max(v) AS hi
                   FROM v
                   GROUP BY 1, 2, 3),
             ranked AS (SELECT *, sum(CASE WHEN k IS NOT NULL THEN n END)
                                    OVER (PARTITION BY source, m ORDER BY k NULLS LAST
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS upto,
                                  sum(CASE WHEN k IS NOT NULL THEN n END)
                                    OVER (PARTITION BY source, m) AS valued
                           FROM c),
             p AS (SELECT source, m, sum(n) AS trips,
                          sum(total) / sum(CASE WHEN k IS NOT NULL THEN n END) AS mean,
                          min(lo) AS min, max(hi) AS max, named_struct(%5$s) AS percentiles
                   FROM ranked
                   GROUP BY source, m)
        SELECT concat_ws('|', source, measure) AS _id, source, measure, unit, trips,
               round(mean, 3) AS mean, min, max, percentiles
        FROM p JOIN %4$s USING (m)"""
        .formatted(
            values, SPEED, "1" + "0".repeat(SPEED_DECIMALS) + "d", measureNames(), percentiles);
  }

  /**
   * Per source, pickup or dropoff, H3 resolution (7, 8) and hour of week (0 = Monday 0h; "all" for
   * the whole week): the cells and their trips, busiest first. One document is one map frame.
   *
   * <p>Each trip end is counted once, in its res-8 cell (with the res-7 cell that holds it); the
   * frames of both resolutions, by hour and for the whole week, sum those counts, which are far
   * fewer than the trips. The ends are counted as 0 (pickup) and 1 (dropoff), named after: a string
   * in the key of a count per trip end costs more than the count.
   */
  private static String heatmap() {
    return """
        WITH ends AS (SELECT source, hour_of_week, inline(array(
                        named_struct('end', 0, 'cell8', pickup_h3_8, 'cell7', pickup_h3_7),
                        named_struct('end', 1, 'cell8', dropoff_h3_8, 'cell7', dropoff_h3_7)))
                      FROM kept_trips),
             fine AS (SELECT source, end, hour_of_week, cell8, cell7, count(*) AS trips
                      FROM ends
                      WHERE cell8 IS NOT NULL
                      GROUP BY ALL),
             frames AS (SELECT source, end, CASE WHEN grouping(cell8) = 0 THEN 8 ELSE 7 END AS res,
                               CASE WHEN grouping(hour_of_week) = 0 THEN string(hour_of_week)
                                    ELSE 'all' END AS how,
                               coalesce(cell8, cell7) AS cell, sum(trips) AS trips
                        FROM fine
                        GROUP BY source, end, GROUPING SETS ((hour_of_week, cell8),
                                                            (hour_of_week, cell7), (cell8), (cell7))),
             named AS (SELECT *, CASE end WHEN 0 THEN 'pickup' ELSE 'dropoff' END AS kind
                       FROM frames)
        SELECT concat_ws('|', source, kind, 'r' || res, how) AS _id, source, kind, res,
               how AS hourOfWeek, sum(trips) AS trips, %s
        FROM named
        GROUP BY source, kind, res, how"""
        .formatted(CELLS_BUSIEST_FIRST);
  }
}

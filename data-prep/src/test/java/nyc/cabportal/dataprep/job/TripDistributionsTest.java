package nyc.cabportal.dataprep.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The trip distributions' percentiles, taken from each measure's distinct values and counts, are
 * Spark's exact {@code percentile_disc} of the same values (speeds to three decimals), and the
 * counts, means and extremes are those of the trips (issue 20).
 */
class TripDistributionsTest {

  @Test
  void percentilesFromCountsAreTheExactPercentilesOfTheTrips() {
    SparkSession spark = LocalSpark.session("trip-distributions-test");
    try {
      spark.createDataFrame(trips(), schema()).createOrReplaceTempView("kept_trips");
      List<String> ours = new ArrayList<>();
      for (Row r : spark.sql(DashboardTables.distributions() + " ORDER BY _id").collectAsList()) {
        ours.add(r.json());
      }
      List<String> exact = new ArrayList<>();
      for (Row r : spark.sql(exact() + " ORDER BY _id").collectAsList()) {
        exact.add(r.json());
      }
      assertEquals(8, ours.size());
      assertEquals(exact, ours);
    } finally {
      spark.stop();
    }
  }

  /** The same documents by Spark's exact percentiles, one measure at a time. */
  private static String exact() {
    StringBuilder union = new StringBuilder();
    String[][] measures = {
      {"fare", "USD", "fare", "fare"},
      {"distance", "km", "distance_km", "distance_km"},
      {"duration", "min", "duration_s / 60d", "duration_s / 60d"},
      {"speed", "km/h", "speed_kmh", "floor(speed_kmh * 1000d + 0.5) / 1000d"},
    };
    for (String[] m : measures) {
      StringBuilder p = new StringBuilder();
      for (String q : new String[] {"01", "05", "10", "25", "50", "75", "90", "95", "99"}) {
        p.append(p.isEmpty() ? "" : ", ")
            .append(
                "'p%d', percentile_disc(0.%s) WITHIN GROUP (ORDER BY %s)"
                    .formatted(Integer.parseInt(q), q, m[3]));
      }
      union
          .append(union.isEmpty() ? "" : " UNION ALL ")
          .append(
              """
              SELECT concat_ws('|', source, '%1$s') AS _id, source, '%1$s' AS measure,
                     '%2$s' AS unit, count(*) AS trips, round(avg(%3$s), 3) AS mean,
                     min(%3$s) AS min, max(%3$s) AS max, named_struct(%4$s) AS percentiles
              FROM kept_trips WHERE source <> 'uber' GROUP BY source"""
                  .formatted(m[0], m[1], m[2], p));
    }
    return "SELECT * FROM (" + union + ")";
  }

  /**
   * Yellow and Green trips with fares in cents, distances from hundredths of a mile, durations in
   * seconds and speeds from those; some fares missing; Uber rows, which have none of them.
   */
  private static List<Row> trips() {
    Random random = new Random(3);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      String source = i % 10 == 0 ? "uber" : i % 3 == 0 ? "green" : "yellow";
      if (source.equals("uber")) {
        rows.add(RowFactory.create(source, null, null, null, null));
        continue;
      }
      double km = (1 + random.nextInt(1_500)) / 100.0 * 1.609344;
      int seconds = 60 + random.nextInt(3_000);
      Double fare = random.nextInt(25) == 0 ? null : 2.5 + random.nextInt(120) * 0.5;
      rows.add(RowFactory.create(source, fare, km, seconds, km / (seconds / 3600.0)));
    }
    return rows;
  }

  private static StructType schema() {
    return new StructType()
        .add("source", DataTypes.StringType)
        .add("fare", DataTypes.DoubleType)
        .add("distance_km", DataTypes.DoubleType)
        .add("duration_s", DataTypes.IntegerType)
        .add("speed_kmh", DataTypes.DoubleType);
  }
}

package nyc.cabportal.dataprep.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The estimate groups' one sorted pass answers what {@code percentile_approx} answered, so that the
 * worker's tables keep their documents (BENCHMARKS.md, issue 20).
 */
class EstimateGroupsTest {

  @Test
  void aPercentileIsTheValueAtRankCeilingOfPTimesN() {
    GroupPercentiles p = new GroupPercentiles();
    for (double v : new double[] {5, 1, 4, 2, 3, 6, 9, 8, 7, 10}) {
      p.add(v);
    }
    p.add(null);
    // 0.1 · 10 = 1, 0.5 · 10 = 5, 0.9 · 10 = 9: ranks 1, 5 and 9.
    assertArrayEquals(new double[] {1, 5, 9}, p.percentiles(0.1, 0.5, 0.9));
    p.clear();
    assertNull(p.percentiles(0.5));
    // 0.1 · 7 = 0.7 and 0.9 · 7 = 6.3: ranks 1 and 7, rounded up.
    for (int v = 7; v >= 1; v--) {
      p.add((double) v);
    }
    assertArrayEquals(new double[] {1, 4, 7}, p.percentiles(0.1, 0.5, 0.9));
  }

  @Test
  void aGroupBeyondTheExactLimitGetsSparksDigestWithTheSameAnswerWhileItIsExact() {
    GroupPercentiles exact = new GroupPercentiles();
    GroupPercentiles digest = new GroupPercentiles(50);
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      double v = Math.round(random.nextGaussian() * 1000) / 100.0;
      exact.add(v);
      digest.add(v);
    }
    // Below 5,000 values the digest's error bound is under one rank: both are exact.
    assertArrayEquals(exact.percentiles(0.1, 0.5, 0.9), digest.percentiles(0.1, 0.5, 0.9));
  }

  @Test
  void theGroupsEqualPercentileApproxOverTheSameRows() {
    SparkSession spark =
        SparkSession.builder()
            .master("local[1]")
            .appName("estimate-groups-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    try {
      spark.createDataFrame(rows(), input()).createOrReplaceTempView("levels");
      Column[] keys = Arrays.stream(EstimateGroups.KEYS).map(functions::col).toArray(Column[]::new);
      Dataset<Row> ours =
          spark
              .table("levels")
              .repartition(keys)
              .sortWithinPartitions(keys)
              .mapPartitions(new EstimateGroups(3), Encoders.row(EstimateGroups.SCHEMA));
      Dataset<Row> sparks =
          spark.sql(
              """
              SELECT res, hours, o, d, dayType, fromHour, count(*) AS trips,
                     percentile_approx(fare, array(0.1, 0.5, 0.9)) AS f,
                     percentile_approx(duration_s, array(0.1, 0.5, 0.9)) AS t,
                     percentile_approx(distance_km, 0.5) AS km,
                     percentile_approx(speed_kmh, 0.5) AS kmh,
                     percentile_approx(fareRatio, array(0.1, 0.5, 0.9)) AS fr,
                     percentile_approx(durationLog, 0.5) AS dl,
                     percentile_approx(detour, 0.5) AS dt
              FROM levels
              GROUP BY res, hours, o, d, dayType, fromHour
              HAVING count(fare) >= 3""");
      TreeMap<String, String> expected = byKey(sparks.collectAsList());
      assertTrue(expected.size() > 100, "groups with 3 fares or more: " + expected.size());
      assertEquals(expected, byKey(ours.collectAsList()));
    } finally {
      spark.stop();
    }
  }

  private static TreeMap<String, String> byKey(List<Row> rows) {
    TreeMap<String, String> m = new TreeMap<>();
    for (Row r : rows) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        values.add(r.get(i) instanceof scala.collection.Seq<?> s ? r.getList(i) : r.get(i));
      }
      m.put(values.subList(0, EstimateGroups.KEY_COLUMNS).toString(), values.toString());
    }
    return m;
  }

  /** Groups of 1 to 40 trips, some fares missing (not metered), as the levels view has them. */
  private static List<Row> rows() {
    Random random = new Random(11);
    List<Row> rows = new ArrayList<>();
    for (int g = 0; g < 400; g++) {
      int n = 1 + random.nextInt(40);
      for (int i = 0; i < n; i++) {
        double km = 0.5 + random.nextDouble() * 10;
        rows.add(
            RowFactory.create(
                8 - g % 3,
                1 + g % 3,
                600_000L + g / 7,
                700_000L + g % 7,
                g % 2 == 0 ? "weekday" : "weekend",
                g % 24,
                random.nextInt(10) == 0 ? null : Math.round(km * 25) / 10.0,
                60 + random.nextInt(3000),
                km,
                random.nextDouble() * 40,
                random.nextDouble() * 2,
                random.nextGaussian(),
                1 + random.nextDouble()));
      }
    }
    return rows;
  }

  private static StructType input() {
    return new StructType()
        .add("res", DataTypes.IntegerType)
        .add("hours", DataTypes.IntegerType)
        .add("o", DataTypes.LongType)
        .add("d", DataTypes.LongType)
        .add("dayType", DataTypes.StringType)
        .add("fromHour", DataTypes.IntegerType)
        .add("fare", DataTypes.DoubleType)
        .add("duration_s", DataTypes.IntegerType)
        .add("distance_km", DataTypes.DoubleType)
        .add("speed_kmh", DataTypes.DoubleType)
        .add("fareRatio", DataTypes.DoubleType)
        .add("durationLog", DataTypes.DoubleType)
        .add("detour", DataTypes.DoubleType);
  }
}

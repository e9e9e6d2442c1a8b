package nyc.cabportal.dataprep.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import nyc.cabportal.trips.geo.H3Cells;
import nyc.cabportal.trips.geo.NewYork;
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

  /**
   * The key keeps {@value EstimateGroups#RES6_BITS} bits of a res-6 cell: every res-6 cell of the
   * service area (the only trips with cells) must agree in the rest, or two would share a key.
   */
  @Test
  void theServiceAreasRes6CellsDifferOnlyInTheBitsTheKeyKeeps() {
    Set<Long> rest = new HashSet<>();
    Set<Long> cells = new HashSet<>();
    // Every 200 m or so: a res-6 cell is about 36 km², so none is missed.
    for (double lat = NewYork.MIN_LAT; lat <= NewYork.MAX_LAT; lat += 0.002) {
      for (double lon = NewYork.MIN_LON; lon <= NewYork.MAX_LON; lon += 0.002) {
        long cell6 = H3Cells.parent(H3Cells.cell(lat, lon), 6);
        cells.add(cell6);
        rest.add(cell6 >>> (27 + EstimateGroups.RES6_BITS));
      }
    }
    assertEquals(1, rest.size(), cells.size() + " res-6 cells");
  }

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
    assertEquals(4.0, p.mean());
    p.clear();
    assertNull(p.mean());
  }

  @Test
  void aGroupBeyondTheExactLimitGetsTheSketchWhichIsExactWhileItHoldsEveryValue() {
    GroupPercentiles exact = new GroupPercentiles();
    GroupPercentiles sketched = new GroupPercentiles(50);
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      double v = Math.round(random.nextGaussian() * 1000) / 100.0;
      exact.add(v);
      sketched.add(v);
    }
    double[] ps = {0.1, 0.5, 0.9};
    assertArrayEquals(exact.percentiles(ps), sketched.percentiles(ps));
    assertEquals(exact.mean(), sketched.mean());
    // Cleared, it starts exact again, then sketches the next large group.
    sketched.clear();
    sketched.add(3.0);
    assertArrayEquals(new double[] {3, 3, 3}, sketched.percentiles(ps));
  }

  @Test
  void aGroupLargerThanTheSketchIsWithinItsRankError() {
    GroupPercentiles sketched = new GroupPercentiles();
    int n = 1_000_000;
    double[] all = new double[n];
    Random random = new Random(9);
    for (int i = 0; i < n; i++) {
      all[i] = random.nextDouble();
      sketched.add(all[i]);
    }
    Arrays.sort(all);
    double[] ps = {0.1, 0.5, 0.9};
    double[] q = sketched.percentiles(ps);
    for (int i = 0; i < ps.length; i++) {
      int rank = Arrays.binarySearch(all, q[i]) + 1;
      // 4.8·10⁻⁵ of a million is 48 ranks (99 % confidence); twice that never fails in practice.
      assertTrue(Math.abs(rank - Math.ceil(ps[i] * n)) <= 96, ps[i] + ": rank " + rank);
    }
  }

  /**
   * The one pass over trips sorted once answers, for every group of every level, what {@code
   * percentile_approx} answers over the trips expanded to one row per level and grouped by SQL.
   * Trips without a destination cell have no group.
   */
  @Test
  void theGroupsOfEveryLevelEqualPercentileApproxOverTheTripsExpandedByLevel() {
    SparkSession spark =
        SparkSession.builder()
            .master("local[1]")
            .appName("estimate-groups-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    try {
      spark.createDataFrame(trips(), input()).createOrReplaceTempView("trips");
      Dataset<Row> ours =
          spark
              .sql(
                  "SELECT "
                      + EstimateGroups.keys("o8", "d8", "dayType = 'weekend'", "hour")
                      + ", fare, duration_s, distance_km, speed_kmh, fareRatio, durationLog, detour"
                      + " FROM trips WHERE o8 IS NOT NULL AND d8 IS NOT NULL")
              .repartition(functions.expr(EstimateGroups.PARTITION_KEY))
              .sortWithinPartitions(columns(EstimateGroups.SORT_KEYS))
              .mapPartitions(new EstimateGroups(3), Encoders.row(EstimateGroups.SCHEMA))
              // Sums in another order differ in their last bits.
              .withColumn("frMean", functions.round(functions.col("frMean"), 9));
      Dataset<Row> sparks =
          spark.sql(
              """
              WITH levels AS (
                SELECT dayType, hour, fare, duration_s, distance_km, speed_kmh, fareRatio,
                       durationLog, detour,
                       inline(array(named_struct('res', 8, 'hours', 1, 'o', o8, 'd', d8),
                                    named_struct('res', 7, 'hours', 3, 'o', o7, 'd', d7),
                                    named_struct('res', 6, 'hours', 6, 'o', o6, 'd', d6),
                                    named_struct('res', 6, 'hours', 24, 'o', o6, 'd', d6)))
                FROM trips
                WHERE d8 IS NOT NULL)
              SELECT res, hours, o, d, dayType, hour - hour % hours AS fromHour, count(*) AS trips,
                     percentile_approx(fare, array(0.1, 0.5, 0.9)) AS f,
                     percentile_approx(duration_s, array(0.1, 0.5, 0.9)) AS t,
                     percentile_approx(distance_km, 0.5) AS km,
                     percentile_approx(speed_kmh, 0.5) AS kmh,
                     percentile_approx(fareRatio, array(0.1, 0.5, 0.9)) AS fr,
                     round(avg(fareRatio), 9) AS frMean,
                     percentile_approx(durationLog, array(0.1, 0.5, 0.9)) AS dl,
                     percentile_approx(detour, 0.5) AS dt
              FROM levels
              GROUP BY res, hours, o, d, dayType, hour - hour % hours
              HAVING count(fare) >= 3""");
      TreeMap<String, String> expected = byKey(sparks.collectAsList());
      for (int res : new int[] {6, 7, 8}) {
        long groups = expected.keySet().stream().filter(k -> k.startsWith("[" + res + ",")).count();
        assertTrue(groups > 20, "res-" + res + " groups with 3 fares or more: " + groups);
      }
      assertEquals(expected, byKey(ours.collectAsList()));
    } finally {
      spark.stop();
    }
  }

  private static Column[] columns(String[] names) {
    return Arrays.stream(names).map(functions::col).toArray(Column[]::new);
  }

  private static TreeMap<String, String> byKey(List<Row> rows) {
    TreeMap<String, String> m = new TreeMap<>();
    for (Row r : rows) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        values.add(r.get(i) instanceof scala.collection.Seq<?> s ? r.getList(i) : r.get(i));
      }
      // The key: res, hours, o, d, dayType, fromHour.
      m.put(values.subList(0, 6).toString(), values.toString());
    }
    return m;
  }

  /**
   * Trips between points scattered around a few places in Manhattan and Brooklyn, so that cells of
   * every resolution hold several trips and some of their parents hold trips from several children;
   * some fares missing (not metered), some cells missing (no point).
   */
  private static List<Row> trips() {
    double[][] places = {
      {40.758, -73.985}, {40.748, -73.968}, {40.722, -73.997}, {40.689, -73.975}
    };
    Random random = new Random(11);
    List<Row> rows = new ArrayList<>();
    int[] hours = {6, 7, 8, 9, 16, 17, 18, 19};
    for (int i = 0; i < 20_000; i++) {
      long[] o = cells(places[random.nextInt(places.length)], random);
      long[] d =
          random.nextInt(200) == 0 ? null : cells(places[random.nextInt(places.length)], random);
      int hour = hours[random.nextInt(hours.length)];
      double km = 0.5 + random.nextDouble() * 10;
      rows.add(
          RowFactory.create(
              o[2],
              d == null ? null : d[2],
              random.nextBoolean() ? "weekday" : "weekend",
              hour - hour % 6,
              o[1],
              d == null ? null : d[1],
              hour - hour % 3,
              o[0],
              d == null ? null : d[0],
              hour,
              random.nextInt(10) == 0 ? null : Math.round(km * 25) / 10.0,
              60 + random.nextInt(3000),
              km,
              random.nextDouble() * 40,
              random.nextDouble() * 2,
              random.nextGaussian(),
              1 + random.nextDouble()));
    }
    return rows;
  }

  /** The res-8, res-7 and res-6 cells of a point within about 500 m of {@code place}. */
  private static long[] cells(double[] place, Random random) {
    long cell =
        H3Cells.cell(
            place[0] + (random.nextDouble() - 0.5) * 0.008,
            place[1] + (random.nextDouble() - 0.5) * 0.008);
    return new long[] {H3Cells.parent(cell, 8), H3Cells.parent(cell, 7), H3Cells.parent(cell, 6)};
  }

  private static StructType input() {
    return new StructType()
        .add("o6", DataTypes.LongType)
        .add("d6", DataTypes.LongType)
        .add("dayType", DataTypes.StringType)
        .add("fromHour6", DataTypes.IntegerType)
        .add("o7", DataTypes.LongType)
        .add("d7", DataTypes.LongType)
        .add("fromHour3", DataTypes.IntegerType)
        .add("o8", DataTypes.LongType)
        .add("d8", DataTypes.LongType)
        .add("hour", DataTypes.IntegerType)
        .add("fare", DataTypes.DoubleType)
        .add("duration_s", DataTypes.IntegerType)
        .add("distance_km", DataTypes.DoubleType)
        .add("speed_kmh", DataTypes.DoubleType)
        .add("fareRatio", DataTypes.DoubleType)
        .add("durationLog", DataTypes.DoubleType)
        .add("detour", DataTypes.DoubleType);
  }
}

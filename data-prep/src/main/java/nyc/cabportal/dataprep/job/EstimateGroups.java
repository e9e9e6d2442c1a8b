package nyc.cabportal.dataprep.job;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import nyc.cabportal.trips.geo.H3Cells;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The trip statistics of each estimate group — an origin and destination cell at one of four
 * levels, a day type and an hour bucket —, from the trips sorted once: how many trips, and the
 * percentiles of their fares, durations, distances, speeds and ratios to the city-wide lines (the
 * fare ratio's and the log duration's p10, p50 and p90, for the worker's ranges), and the mean fare
 * ratio (a mean, for the expected fare an RMSE scores, beside the median).
 *
 * <p>The four levels nest: a res-8 cell lies in one res-7 cell, which lies in one res-6 cell, and
 * an hour in one 3-hour and one 6-hour bucket. So trips sorted by the res-6 pair, the day type and
 * the 6-hour bucket, then the res-7 pair and the 3-hour bucket, then the res-8 pair and the hour
 * bring every group of every level together in one run, and one pass finishes a group of each level
 * as its key changes. Each trip is shuffled and sorted once, not once per level; one group per
 * level is held at a time ({@link GroupPercentiles}), so memory does not grow with the input.
 *
 * <p>That order is packed into one number ({@link #keys}), so that Spark's sorter orders the trips
 * by radix on its 8-byte prefix, which is then the whole key, without comparing a row: with the
 * res-6 origin first in ten columns nearly every comparison fell through to all of them, and with
 * two numbers every trip sharing the first with its neighbour still did (BENCHMARKS.md, issue 20).
 * An H3 index holds its base cell and one 3-bit digit per resolution, coarsest first (bits 51–21
 * for res 8), so a res-8 cell's bits name its res-6 parent (base cell and digits 1–6: bits 51–27)
 * and its digits 7 and 8. Every res-6 cell of the service area (the only trips with cells) shares
 * bits 51–35 and differs in bits 34–27 alone ({@link #RES6_BITS}; {@code EstimateGroupsTest} checks
 * it over the area), so:
 *
 * <pre>
 * key = origin res-6 (8) · destination res-6 (8) · weekend (1) · hour ÷ 6 (2)
 *       · origin digit 7 (3) · destination digit 7 (3) · (hour mod 6) ÷ 3 (1)
 *       · origin digit 8 (3) · destination digit 8 (3) · hour mod 3 (2)
 * </pre>
 *
 * A level's group is then the key without its last {@link Level#shift} bits, and the trips are
 * partitioned by the key without its last 17 bits: the res-6 pair and the day type, part of every
 * level's group. Trips without both res-8 cells have no group.
 *
 * <p>Input columns: {@code key, o8, d8} ({@link #keys}), then fare, duration_s, distance_km,
 * speed_kmh, fareRatio, durationLog, detour. A group whose trips have fewer than {@code minFares}
 * metered fares is left out, as the worker falls back for it.
 */
final class EstimateGroups implements MapPartitionsFunction<Row, Row> {

  /** The sort order that makes every level's groups contiguous runs (see the class comment). */
  static final String[] SORT_KEYS = {"key"};

  /** What the trips are partitioned by: the res-6 pair and the day type. */
  static final String PARTITION_KEY = "shiftright(key, 17)";

  static final int KEY_COLUMNS = 3;

  /** The output: the group's key, {@code trips}, then each measure's percentiles. */
  static final StructType SCHEMA =
      new StructType()
          .add("res", IntegerType)
          .add("hours", IntegerType)
          .add("o", LongType)
          .add("d", LongType)
          .add("dayType", StringType)
          .add("fromHour", IntegerType)
          .add("trips", LongType)
          .add("f", DataTypes.createArrayType(DoubleType))
          .add("t", DataTypes.createArrayType(IntegerType))
          .add("km", DoubleType)
          .add("kmh", DoubleType)
          .add("fr", DataTypes.createArrayType(DoubleType))
          .add("frMean", DoubleType)
          .add("dl", DataTypes.createArrayType(DoubleType))
          .add("dt", DoubleType);

  private static final int KEY = 0;
  private static final int O8 = 1;
  private static final int D8 = 2;

  /** The bits of a res-8 cell that tell its res-6 parent from the service area's others. */
  static final int RES6_BITS = 8;

  private static final int RES6_SHIFT = 27;
  private static final int DIGIT7_SHIFT = 24;
  private static final int DIGIT8_SHIFT = 21;

  private static final int MEASURES = 7;
  private static final int FARE = 0;
  private static final int DURATION = 1;
  private static final double[] P10_50_90 = {0.1, 0.5, 0.9};

  private final int minFares;

  EstimateGroups(int minFares) {
    this.minFares = minFares;
  }

  /**
   * The input's key columns {@code key, o8, d8} as SQL, from a trip's res-8 origin and destination
   * cells, whether it is a weekend day and its pickup hour (0–23).
   */
  static String keys(String origin8, String destination8, String weekend, String hour) {
    return """
        shiftleft(%1$s, 26) | shiftleft(%2$s, 18) | shiftleft(CAST(%5$s AS BIGINT), 17)
          | shiftleft(CAST(%6$s div 6 AS BIGINT), 15) | shiftleft(%3$s, 12) | shiftleft(%4$s, 9)
          | shiftleft(CAST((%6$s %% 6) div 3 AS BIGINT), 8) | shiftleft(%7$s, 5)
          | shiftleft(%8$s, 2) | CAST(%6$s %% 3 AS BIGINT) AS key,
        %9$s AS o8, %10$s AS d8"""
        .formatted(
            bits(origin8, RES6_SHIFT, (1 << RES6_BITS) - 1),
            bits(destination8, RES6_SHIFT, (1 << RES6_BITS) - 1),
            bits(origin8, DIGIT7_SHIFT, 7),
            bits(destination8, DIGIT7_SHIFT, 7),
            "CASE WHEN " + weekend + " THEN 1 ELSE 0 END",
            "(" + hour + ")",
            bits(origin8, DIGIT8_SHIFT, 7),
            bits(destination8, DIGIT8_SHIFT, 7),
            origin8,
            destination8);
  }

  private static String bits(String cell, int shift, long mask) {
    return "(shiftright(" + cell + ", " + shift + ") & " + mask + ")";
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    // Finest first: when a coarser group ends, every finer one inside it ends too.
    Level[] levels = {
      new Level(8, 1, 0), new Level(7, 3, 8), new Level(6, 6, 15), new Level(6, 24, 17)
    };
    return new Iterator<>() {
      private final ArrayDeque<Row> finished = new ArrayDeque<>();
      private boolean ended;

      @Override
      public boolean hasNext() {
        while (finished.isEmpty() && !ended) {
          Row r = rows.hasNext() ? rows.next() : null;
          ended = r == null;
          for (Level level : levels) {
            if (level.holds() && (r == null || !level.sameGroup(r))) {
              Row out = level.finish(minFares);
              if (out != null) {
                finished.add(out);
              }
            }
            if (r != null) {
              level.add(r);
            }
          }
        }
        return !finished.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return finished.poll();
      }
    };
  }

  /** One level's group in progress: its first trip's key and cells, counts and measures. */
  private static final class Level {
    private final int res;
    private final int hours;

    /** The bits of the key that lie below this level's group. */
    private final int shift;

    private final GroupPercentiles[] measures = new GroupPercentiles[MEASURES];
    private boolean holds;
    private long key;
    private long o8;
    private long d8;
    private long trips;
    private long fares;

    Level(int res, int hours, int shift) {
      this.res = res;
      this.hours = hours;
      this.shift = shift;
      for (int i = 0; i < MEASURES; i++) {
        measures[i] = new GroupPercentiles();
      }
    }

    boolean holds() {
      return holds;
    }

    boolean sameGroup(Row r) {
      return (r.getLong(KEY) >>> shift) == (key >>> shift);
    }

    void add(Row r) {
      if (!holds) {
        holds = true;
        key = r.getLong(KEY);
        o8 = r.getLong(O8);
        d8 = r.getLong(D8);
      }
      trips++;
      if (!r.isNullAt(KEY_COLUMNS + FARE)) {
        fares++;
      }
      for (int i = 0; i < MEASURES; i++) {
        int c = KEY_COLUMNS + i;
        measures[i].add(r.isNullAt(c) ? null : ((Number) r.get(c)).doubleValue());
      }
    }

    /** The finished group's row, or null if it has too few fares; starts the next group. */
    Row finish(int minFares) {
      Row out = null;
      if (fares >= minFares) {
        out =
            RowFactory.create(
                res,
                hours,
                res == 8 ? o8 : H3Cells.parent(o8, res),
                res == 8 ? d8 : H3Cells.parent(d8, res),
                ((key >>> 17) & 1) == 1 ? "weekend" : "weekday",
                fromHour(),
                trips,
                measures[FARE].percentiles(P10_50_90),
                ints(measures[DURATION].percentiles(P10_50_90)),
                median(measures[2]),
                median(measures[3]),
                measures[4].percentiles(P10_50_90),
                measures[4].mean(),
                measures[5].percentiles(P10_50_90),
                median(measures[6]));
      }
      holds = false;
      trips = 0;
      fares = 0;
      for (GroupPercentiles m : measures) {
        m.clear();
      }
      return out;
    }

    /** The first hour of the group's bucket, from the hour's three parts in the key. */
    private int fromHour() {
      int hour = 0;
      if (hours <= 6) {
        hour += 6 * (int) ((key >>> 15) & 3);
      }
      if (hours <= 3) {
        hour += 3 * (int) ((key >>> 8) & 1);
      }
      if (hours == 1) {
        hour += (int) (key & 3);
      }
      return hour;
    }
  }

  private static Double median(GroupPercentiles m) {
    double[] q = m.percentiles(0.5);
    return q == null ? null : q[0];
  }

  /** Whole seconds, as {@code percentile_approx} of an integer column returns them. */
  private static int[] ints(double[] q) {
    if (q == null) {
      return null;
    }
    int[] out = new int[q.length];
    for (int i = 0; i < q.length; i++) {
      out[i] = (int) q[i];
    }
    return out;
  }
}

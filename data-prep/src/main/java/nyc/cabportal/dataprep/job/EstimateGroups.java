package nyc.cabportal.dataprep.job;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The trip statistics of each estimate group — an origin and destination cell at one of four
 * levels, a day type and an hour bucket —, from the trips sorted once: how many trips, and the
 * percentiles of their fares, durations, distances, speeds and ratios to the city-wide lines.
 *
 * <p>The four levels nest: a res-8 cell lies in one res-7 cell, which lies in one res-6 cell (the
 * trips' coarser cells are their finest cell's parents), and an hour in one 3-hour and one 6-hour
 * bucket. So trips sorted by {@link #SORT_KEYS} — the res-6 pair, the day type and the 6-hour
 * bucket, then the res-7 pair and the 3-hour bucket, then the res-8 pair and the hour — bring every
 * group of every level together in one run, and one pass finishes a group of each level as its key
 * changes. Each trip is shuffled and sorted once, not once per level; one group per level is held
 * at a time ({@link GroupPercentiles}), so memory does not grow with the input. The trips are
 * partitioned by {@link #PARTITION_KEYS}, which every group's key determines.
 *
 * <p>Input columns: the {@value #KEY_COLUMNS} columns of {@link #SORT_KEYS}, then fare, duration_s,
 * distance_km, speed_kmh, fareRatio, durationLog, detour. A group whose trips have fewer than
 * {@code minFares} metered fares is left out, as the worker falls back for it.
 */
final class EstimateGroups implements MapPartitionsFunction<Row, Row> {

  /** The sort order that makes every level's groups contiguous runs (see the class comment). */
  static final String[] SORT_KEYS = {
    "o6", "d6", "dayType", "fromHour6", "o7", "d7", "fromHour3", "o8", "d8", "hour"
  };

  /** What the trips are partitioned by: part of every level's group key. */
  static final String[] PARTITION_KEYS = {"o6", "d6", "dayType"};

  static final int KEY_COLUMNS = SORT_KEYS.length;

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
          .add("dl", DoubleType)
          .add("dt", DoubleType);

  private static final int O6 = 0;
  private static final int D6 = 1;
  private static final int DAY_TYPE = 2;
  private static final int FROM_HOUR_6 = 3;
  private static final int O7 = 4;
  private static final int D7 = 5;
  private static final int FROM_HOUR_3 = 6;
  private static final int O8 = 7;
  private static final int D8 = 8;
  private static final int HOUR = 9;

  /** No hour column: the whole day, from hour 0. */
  private static final int ALL_DAY = -1;

  private static final int MEASURES = 7;
  private static final int FARE = 0;
  private static final int DURATION = 1;
  private static final double[] P10_50_90 = {0.1, 0.5, 0.9};

  private final int minFares;

  EstimateGroups(int minFares) {
    this.minFares = minFares;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    // Finest first: when a coarser group ends, every finer one inside it ends too.
    Level[] levels = {
      new Level(8, 1, O8, D8, HOUR),
      new Level(7, 3, O7, D7, FROM_HOUR_3),
      new Level(6, 6, O6, D6, FROM_HOUR_6),
      new Level(6, 24, O6, D6, ALL_DAY),
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

  /** One level's group in progress: its first trip (for the key), counts and measures. */
  private static final class Level {
    private final int res;
    private final int hours;
    private final int origin;
    private final int destination;
    private final int fromHour;
    private final GroupPercentiles[] measures = new GroupPercentiles[MEASURES];
    private Row first;
    private long trips;
    private long fares;

    Level(int res, int hours, int origin, int destination, int fromHour) {
      this.res = res;
      this.hours = hours;
      this.origin = origin;
      this.destination = destination;
      this.fromHour = fromHour;
      for (int i = 0; i < MEASURES; i++) {
        measures[i] = new GroupPercentiles();
      }
    }

    boolean holds() {
      return first != null;
    }

    boolean sameGroup(Row r) {
      return Objects.equals(first.get(origin), r.get(origin))
          && Objects.equals(first.get(destination), r.get(destination))
          && Objects.equals(first.get(DAY_TYPE), r.get(DAY_TYPE))
          && (fromHour == ALL_DAY || Objects.equals(first.get(fromHour), r.get(fromHour)));
    }

    void add(Row r) {
      if (first == null) {
        first = r;
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
                first.get(origin),
                first.get(destination),
                first.get(DAY_TYPE),
                fromHour == ALL_DAY ? 0 : first.get(fromHour),
                trips,
                measures[FARE].percentiles(P10_50_90),
                ints(measures[DURATION].percentiles(P10_50_90)),
                median(measures[2]),
                median(measures[3]),
                measures[4].percentiles(P10_50_90),
                median(measures[5]),
                median(measures[6]));
      }
      first = null;
      trips = 0;
      fares = 0;
      for (GroupPercentiles m : measures) {
        m.clear();
      }
      return out;
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

package nyc.cabportal.dataprep.job;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The trip statistics of each estimate group — an origin and destination cell at one level, a day
 * type and an hour bucket —, from rows sorted by group: how many trips, and the percentiles of
 * their fares, durations, distances, speeds and ratios to the city-wide lines. One pass, one group
 * held at a time ({@link GroupPercentiles}), so memory does not grow with the input.
 *
 * <p>Input columns: the {@value #KEY_COLUMNS} key columns of {@link #KEYS} (res, hours, o, d,
 * dayType, fromHour), then fare, duration_s, distance_km, speed_kmh, fareRatio, durationLog,
 * detour. A group whose trips have fewer than {@code minFares} metered fares is left out, as the
 * worker falls back for it.
 */
final class EstimateGroups implements MapPartitionsFunction<Row, Row> {

  static final String[] KEYS = {"res", "hours", "o", "d", "dayType", "fromHour"};

  static final int KEY_COLUMNS = KEYS.length;

  /** The output: the keys, {@code trips}, then each measure's percentiles named as the SQL did. */
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
    return new Iterator<>() {
      private final GroupPercentiles[] measures = new GroupPercentiles[MEASURES];
      private Row first;
      private long trips;
      private long fares;
      private Row next;

      {
        for (int i = 0; i < MEASURES; i++) {
          measures[i] = new GroupPercentiles();
        }
      }

      @Override
      public boolean hasNext() {
        while (next == null && (rows.hasNext() || first != null)) {
          Row r = rows.hasNext() ? rows.next() : null;
          if (first != null && (r == null || !sameGroup(first, r))) {
            next = finish();
          }
          if (r != null) {
            add(r);
          }
        }
        return next != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row r = next;
        next = null;
        return r;
      }

      private void add(Row r) {
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
      private Row finish() {
        Row out = null;
        if (fares >= minFares) {
          Object[] v = new Object[SCHEMA.size()];
          for (int i = 0; i < KEY_COLUMNS; i++) {
            v[i] = first.get(i);
          }
          v[6] = trips;
          v[7] = measures[FARE].percentiles(P10_50_90);
          v[8] = ints(measures[DURATION].percentiles(P10_50_90));
          v[9] = median(measures[2]);
          v[10] = median(measures[3]);
          v[11] = measures[4].percentiles(P10_50_90);
          v[12] = median(measures[5]);
          v[13] = median(measures[6]);
          out = RowFactory.create(v);
        }
        first = null;
        trips = 0;
        fares = 0;
        for (GroupPercentiles m : measures) {
          m.clear();
        }
        return out;
      }
    };
  }

  private static boolean sameGroup(Row a, Row b) {
    for (int i = 0; i < KEY_COLUMNS; i++) {
      if (!Objects.equals(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
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

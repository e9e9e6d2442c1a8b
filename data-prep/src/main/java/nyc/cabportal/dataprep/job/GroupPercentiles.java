package nyc.cabportal.dataprep.job;

import java.util.Arrays;
import org.apache.spark.sql.catalyst.expressions.aggregate.ApproximatePercentile.PercentileDigest;
import scala.collection.immutable.Seq;

/**
 * The percentiles of one measure over one group of trips, as Spark's {@code percentile_approx}
 * (default accuracy) computes them, at a fraction of its cost for the small groups that most cell
 * pairs are.
 *
 * <p>Why not {@code percentile_approx} itself: over the estimate table's ~200k groups it builds a
 * digest per group and measure on each side of a shuffle, serialises and merges them, and Spark's
 * object hash aggregation falls back to sorting after 128 groups per task; it was the largest cost
 * of data prep's serving stage (BENCHMARKS.md, issue 20). Here the trips arrive sorted by group, so
 * a group's values are collected once, in a primitive array, and ranked where they lie.
 *
 * <p>Up to {@value #EXACT_LIMIT} values the percentile is the value at rank ⌈p·n⌉ (counted from 1,
 * the product taken in doubles): exactly what Spark's quantile summaries answer below that size,
 * where their error bound (2 · 10⁻⁴ · n ranks) is less than one rank. Beyond it the values go into
 * Spark's own digest ({@link PercentileDigest}, the class behind {@code percentile_approx}), so a
 * large group costs bounded memory and gets the same guaranteed accuracy as before.
 */
final class GroupPercentiles {

  /** Values held exactly before the digest takes over: 40 KB of doubles per measure. */
  static final int EXACT_LIMIT = 5_000;

  /** {@code percentile_approx}'s default accuracy, 10,000, as a relative rank error. */
  private static final double RELATIVE_ERROR = 1.0 / 10_000;

  private final int exactLimit;
  private double[] values = new double[16];
  private int n;
  private PercentileDigest digest;

  GroupPercentiles() {
    this(EXACT_LIMIT);
  }

  /** With a lower limit, for tests of the digest's side. */
  GroupPercentiles(int exactLimit) {
    this.exactLimit = exactLimit;
  }

  /** Adds one trip's value; a null (a measure the trip does not have) is left out, as SQL does. */
  void add(Double value) {
    if (value == null) {
      return;
    }
    if (digest != null) {
      digest.add(value);
      return;
    }
    if (n == exactLimit) {
      digest = new PercentileDigest(RELATIVE_ERROR);
      for (int i = 0; i < n; i++) {
        digest.add(values[i]);
      }
      digest.add(value);
      n = 0;
      return;
    }
    if (n == values.length) {
      values = Arrays.copyOf(values, Math.min(exactLimit, n * 2));
    }
    values[n++] = value;
  }

  /** The percentiles {@code ps} (ascending), or null when no trip had a value. */
  double[] percentiles(double... ps) {
    if (digest != null) {
      Seq<Object> q = digest.getPercentiles(ps);
      double[] out = new double[ps.length];
      for (int i = 0; i < ps.length; i++) {
        out[i] = (Double) q.apply(i);
      }
      return out;
    }
    if (n == 0) {
      return null;
    }
    Arrays.sort(values, 0, n);
    double[] out = new double[ps.length];
    for (int i = 0; i < ps.length; i++) {
      long rank = (long) Math.ceil(ps[i] * n);
      out[i] = values[(int) Math.max(0, Math.min(n - 1, rank - 1))];
    }
    return out;
  }

  /** Empties it for the next group, keeping its array. */
  void clear() {
    n = 0;
    digest = null;
  }
}

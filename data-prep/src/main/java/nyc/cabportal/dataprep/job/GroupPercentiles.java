package nyc.cabportal.dataprep.job;

import java.util.Arrays;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;

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
 * a KLL sketch of Apache DataSketches (the library Spark itself ships) with k = {@value #SKETCH_K}:
 * it holds about k values before it first compacts, so it answers exactly up to there, and its rank
 * error beyond is 4.8 · 10⁻⁵ of n (99 % confidence) — within {@code percentile_approx}'s 10⁻⁴ — in
 * bounded memory. Spark's own digest, used here before, boxed and sorted every value it took and
 * was a sixth of the serving stage at 5 M rows (BENCHMARKS.md, issue 20); the sketch takes a value
 * in a third of the time.
 */
final class GroupPercentiles {

  /** Values held exactly before the sketch takes over: 40 KB of doubles per measure. */
  static final int EXACT_LIMIT = 5_000;

  /** The sketch's k: its largest, for the least error. */
  static final int SKETCH_K = 65_535;

  private final int exactLimit;
  private double[] values = new double[16];
  private int n;

  /** The sketch, made once and reused; {@link #sketching} says whether this group is in it. */
  private KllDoublesSketch sketch;

  private boolean sketching;

  /** The sum and count of every value of the group, sketched or not, for {@link #mean}. */
  private double sum;

  private long count;

  GroupPercentiles() {
    this(EXACT_LIMIT);
  }

  /** With a lower limit, for tests of the sketch's side. */
  GroupPercentiles(int exactLimit) {
    this.exactLimit = exactLimit;
  }

  /** Adds one trip's value; a null (a measure the trip does not have) is left out, as SQL does. */
  void add(Double value) {
    if (value == null) {
      return;
    }
    sum += value;
    count++;
    if (sketching) {
      sketch.update(value);
      return;
    }
    if (n == exactLimit) {
      if (sketch == null) {
        sketch = KllDoublesSketch.newHeapInstance(SKETCH_K);
      }
      sketching = true;
      for (int i = 0; i < n; i++) {
        sketch.update(values[i]);
      }
      sketch.update(value);
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
    if (sketching) {
      return sketch.getQuantiles(ps, QuantileSearchCriteria.INCLUSIVE);
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

  /** The mean of the values, or null when no trip had a value. */
  Double mean() {
    return count == 0 ? null : sum / count;
  }

  /** Empties it for the next group, keeping its array and its sketch. */
  void clear() {
    n = 0;
    sum = 0;
    count = 0;
    if (sketching) {
      sketch.reset();
      sketching = false;
    }
  }
}

package nyc.cabportal.domain.tripdata;

import java.util.Arrays;
import java.util.List;

/**
 * Counts in bins given by their upper bounds, from 0; the last bin is open (everything above the
 * last bound). Histograms with the same bounds add up bin by bin, which is why data prep stores
 * them per day and the worker per batch: any range of days or minutes is a sum.
 */
public final class Histogram {

  private final double[] upperBounds;
  private final long[] counts;

  /** {@code counts} has one more entry than {@code upperBounds}: the open bin. */
  public Histogram(double[] upperBounds, long[] counts) {
    if (counts.length != upperBounds.length + 1) {
      throw new IllegalArgumentException(
          counts.length + " counts for " + upperBounds.length + " bounds: expected bounds + 1");
    }
    this.upperBounds = upperBounds.clone();
    this.counts = counts.clone();
  }

  /** {@code bins} bins of {@code width} from 0, the last one open (data prep's layout). */
  public static Histogram ofWidth(double width, int bins) {
    double[] bounds = new double[bins - 1];
    for (int i = 0; i < bounds.length; i++) {
      bounds[i] = width * (i + 1);
    }
    return new Histogram(bounds, new long[bins]);
  }

  /** Adds counts in this histogram's layout; a list of another length is refused. */
  public Histogram add(List<? extends Number> more) {
    return add(more.stream().mapToLong(Number::longValue).toArray());
  }

  /** Adds counts in this histogram's layout; counts of another length are refused. */
  public Histogram add(long[] more) {
    if (more.length != counts.length) {
      throw new IllegalArgumentException(
          more.length + " counts do not fit a histogram of " + counts.length + " bins");
    }
    for (int i = 0; i < counts.length; i++) {
      counts[i] += more[i];
    }
    return this;
  }

  public long total() {
    return Arrays.stream(counts).sum();
  }

  public long[] counts() {
    return counts.clone();
  }

  public double[] upperBounds() {
    return upperBounds.clone();
  }

  /**
   * The {@code q} quantile (0–1), interpolated linearly inside its bin; in the open bin, its lower
   * bound (a floor: "at least"). {@code NaN} when empty.
   */
  public double quantile(double q) {
    long total = total();
    if (total == 0) {
      return Double.NaN;
    }
    double rank = q * total;
    long below = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0 && below + counts[i] >= rank) {
        double lower = i == 0 ? 0 : upperBounds[i - 1];
        if (i == upperBounds.length) {
          return lower;
        }
        double within = (rank - below) / counts[i];
        return lower + (upperBounds[i] - lower) * within;
      }
      below += counts[i];
    }
    return upperBounds.length == 0 ? 0 : upperBounds[upperBounds.length - 1];
  }
}

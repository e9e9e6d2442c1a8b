package nyc.cabportal.worker.operations;

import java.util.ArrayList;
import java.util.List;

/**
 * Latencies counted in bins whose upper bounds grow by a quarter (10 ms … 2 min, then one open
 * bin): histograms of many batches add up bin by bin, which percentiles do not, so the portal can
 * give p50/p95/p99 for any minute. A percentile read back is off by at most the bin's width (25 %).
 */
public final class LatencyHistogram {

  /** The bins' upper bounds in ms; the last bin holds everything above the last bound. */
  public static final List<Long> BOUNDS_MS = bounds();

  private final long[] counts = new long[BOUNDS_MS.size() + 1];

  private static List<Long> bounds() {
    List<Long> b = new ArrayList<>();
    double bound = 10;
    while (bound <= 120_000) {
      long rounded = Math.round(bound);
      if (b.isEmpty() || rounded > b.get(b.size() - 1)) {
        b.add(rounded);
      }
      bound *= 1.25;
    }
    return List.copyOf(b);
  }

  public void add(long millis) {
    int i = 0;
    while (i < BOUNDS_MS.size() && millis > BOUNDS_MS.get(i)) {
      i++;
    }
    counts[i]++;
  }

  public long count() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  public List<Long> counts() {
    List<Long> out = new ArrayList<>(counts.length);
    for (long c : counts) {
      out.add(c);
    }
    return out;
  }
}

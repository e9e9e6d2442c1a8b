package nyc.cabportal.domain.operations;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nyc.cabportal.domain.tripdata.Histogram;

/**
 * The last {@code minutes} whole minutes up to now, each with what the batches that ended in it
 * reported, and the requests Kafka received in it (counted by the worker's Spark aggregation).
 * Latency percentiles come from the batches' histograms added up, so they are those of all the
 * minute's rides (to a bin's width), not an average of per-batch percentiles.
 */
public final class OperationsTimeline {

  /** The outcomes the page shows, in this order. */
  public static final List<String> OUTCOMES = List.of("DISPATCHED", "NO_CAB", "REJECTED", "FAILED");

  /** One minute of the live system. */
  public static final class Minute {
    private final Instant start;
    private long requests;
    private int batches;
    private long records;
    private long maxBatch;
    private long durationMsSum;
    private long maxDurationMs;
    private long maxQueueLagMs;
    private final Map<String, Long> outcomes = new TreeMap<>();
    private Histogram latency;
    private int cabs;
    private int busyCabs;
    private Instant lastAt = Instant.MIN;

    Minute(Instant start) {
      this.start = start;
      OUTCOMES.forEach(o -> outcomes.put(o, 0L));
    }

    void add(BatchSummary b) {
      batches++;
      records += b.records();
      maxBatch = Math.max(maxBatch, b.records());
      durationMsSum += b.durationMs();
      maxDurationMs = Math.max(maxDurationMs, b.durationMs());
      maxQueueLagMs = Math.max(maxQueueLagMs, b.queueLagMs());
      b.outcomes().forEach((k, v) -> outcomes.merge(k, v, Long::sum));
      if (b.latencyCounts().length > 0) {
        if (latency == null || latency.upperBounds().length != b.latencyBoundsMs().length) {
          latency = new Histogram(b.latencyBoundsMs(), new long[b.latencyCounts().length]);
        }
        latency.add(java.util.Arrays.stream(b.latencyCounts()).boxed().toList());
      }
      if (!b.at().isBefore(lastAt)) {
        lastAt = b.at();
        cabs = b.cabs();
        busyCabs = b.busyCabs();
      }
    }

    public Instant start() {
      return start;
    }

    public long requests() {
      return requests;
    }

    public int batches() {
      return batches;
    }

    public long records() {
      return records;
    }

    public long maxBatch() {
      return maxBatch;
    }

    public double meanBatch() {
      return batches == 0 ? 0 : (double) records / batches;
    }

    public double meanDurationMs() {
      return batches == 0 ? 0 : (double) durationMsSum / batches;
    }

    public long maxDurationMs() {
      return maxDurationMs;
    }

    public long maxQueueLagMs() {
      return maxQueueLagMs;
    }

    public Map<String, Long> outcomes() {
      return outcomes;
    }

    /** The latency quantile in ms over the minute's answered rides; NaN without any. */
    public double latencyMs(double q) {
      return latency == null ? Double.NaN : latency.quantile(q);
    }

    public long latencyRides() {
      return latency == null ? 0 : latency.total();
    }

    /** Busy cabs ÷ cabs at the minute's last batch, in percent; NaN without a batch. */
    public double utilisationPercent() {
      return cabs == 0 ? Double.NaN : 100.0 * busyCabs / cabs;
    }

    public int cabs() {
      return cabs;
    }

    public int busyCabs() {
      return busyCabs;
    }
  }

  private final TreeMap<Instant, Minute> minutes = new TreeMap<>();
  private final Instant first;

  public OperationsTimeline(Instant now, int minutes) {
    if (minutes < 1 || minutes > 24 * 60) {
      throw new IllegalArgumentException("minutes must be 1–1440: " + minutes);
    }
    Instant last = now.truncatedTo(ChronoUnit.MINUTES);
    first = last.minus(minutes - 1L, ChronoUnit.MINUTES);
    for (Instant m = first; !m.isAfter(last); m = m.plus(1, ChronoUnit.MINUTES)) {
      this.minutes.put(m, new Minute(m));
    }
  }

  /** When the timeline starts: batches that ended before it are of no use to it. */
  public Instant first() {
    return first;
  }

  public OperationsTimeline add(BatchSummary b) {
    Minute m = minutes.get(b.at().truncatedTo(ChronoUnit.MINUTES));
    if (m != null) {
      m.add(b);
    }
    return this;
  }

  /** The requests Kafka received in {@code minute} (ignored outside the timeline). */
  public OperationsTimeline requests(Instant minute, long n) {
    Minute m = minutes.get(minute.truncatedTo(ChronoUnit.MINUTES));
    if (m != null) {
      m.requests = n;
    }
    return this;
  }

  public List<Minute> minutes() {
    return new ArrayList<>(minutes.values());
  }
}

package nyc.cabportal.worker.operations;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nyc.cabportal.worker.contract.DecodedRequest;
import nyc.cabportal.worker.contract.ResultStatus;
import org.bson.Document;

/**
 * What one micro-batch did, as the live-operations page needs it: how many records, how long the
 * oldest one waited for its batch (queue lag), accepted → answered latencies, outcomes by status,
 * the batch's stage durations and how many cabs were busy. Its {@code _id} is the Spark batch id,
 * so a batch replayed after a crash replaces its report instead of counting twice.
 */
public final class BatchReport {

  private final long batchId;
  private final Instant startedAt;
  private final Map<String, Long> outcomes = new TreeMap<>();
  private final LatencyHistogram latency = new LatencyHistogram();
  private final Map<String, Long> durationsMs = new TreeMap<>();
  private long queueLagMs;
  private int records;
  private int cabs;
  private int busyCabs;

  public BatchReport(long batchId, Instant startedAt) {
    this.batchId = batchId;
    this.startedAt = startedAt;
    for (String s : ResultStatus.ALL) {
      outcomes.put(s, 0L);
    }
  }

  /** The batch's records, and the queue lag of the oldest (requests per minute: RequestRate). */
  public BatchReport records(List<DecodedRequest> batch) {
    records = batch.size();
    for (DecodedRequest r : batch) {
      queueLagMs = Math.max(queueLagMs, startedAt.toEpochMilli() - r.getKafkaTimestamp());
    }
    return this;
  }

  /**
   * The answers ({@link ResultStatus} by ride id) and, for each ride whose request says when the
   * portal accepted it, the time from then to {@code answeredAt}.
   */
  public BatchReport outcomes(
      Map<String, String> statusByRide, Map<String, String> acceptedAt, Instant answeredAt) {
    for (Map.Entry<String, String> answer : statusByRide.entrySet()) {
      outcomes.merge(answer.getValue(), 1L, Long::sum);
      String accepted = acceptedAt.get(answer.getKey());
      if (accepted != null) {
        try {
          latency.add(
              Math.max(0, answeredAt.toEpochMilli() - Instant.parse(accepted).toEpochMilli()));
        } catch (DateTimeParseException e) {
          // The decoder accepted the request; a time it cannot read is left out of the latencies.
        }
      }
    }
    return this;
  }

  public BatchReport duration(String stage, long millis) {
    durationsMs.put(stage, millis);
    return this;
  }

  public BatchReport fleet(int cabs, int busyCabs) {
    this.cabs = cabs;
    this.busyCabs = busyCabs;
    return this;
  }

  public long batchId() {
    return batchId;
  }

  public int records() {
    return records;
  }

  /** How long the batch's oldest record waited in the queue for its batch, ms. */
  public long queueLagMs() {
    return queueLagMs;
  }

  /** Answers by {@link ResultStatus}, every status present (0 where none). */
  public Map<String, Long> outcomes() {
    return java.util.Collections.unmodifiableMap(outcomes);
  }

  /** Stage → ms ("total", "spark", "decide", "store"). */
  public Map<String, Long> durationsMs() {
    return java.util.Collections.unmodifiableMap(durationsMs);
  }

  public int cabs() {
    return cabs;
  }

  public int busyCabs() {
    return busyCabs;
  }

  public Document toDocument(Instant at) {
    return new Document("_id", batchId)
        .append("at", java.util.Date.from(at))
        .append("startedAt", java.util.Date.from(startedAt))
        .append("records", records)
        .append("queueLagMs", queueLagMs)
        .append("outcomes", new Document(new java.util.LinkedHashMap<String, Object>(outcomes)))
        .append(
            "latencyMs",
            new Document("boundsMs", LatencyHistogram.BOUNDS_MS)
                .append("counts", latency.counts())
                .append("rides", latency.count()))
        .append(
            "durationsMs", new Document(new java.util.LinkedHashMap<String, Object>(durationsMs)))
        .append("fleet", new Document("cabs", cabs).append("busy", busyCabs));
  }
}

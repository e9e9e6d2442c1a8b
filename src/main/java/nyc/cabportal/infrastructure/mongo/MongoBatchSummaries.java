package nyc.cabportal.infrastructure.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nyc.cabportal.domain.operations.BatchReports;
import nyc.cabportal.domain.operations.BatchSummary;
import org.bson.Document;

/**
 * The dispatch worker's batch reports ({@code dispatch_batches}, one per micro-batch). This pod
 * keeps those of the last {@link #KEEP} in memory and asks the store only for newer ones, so a page
 * refresh reads a handful of documents, not an hour of them. A replayed batch replaces its report
 * (same {@code _id}).
 */
public final class MongoBatchSummaries implements BatchReports {

  public static final String COLLECTION = "dispatch_batches";
  static final Duration KEEP = Duration.ofMinutes(60);

  /** Reports written up to this long before the newest seen are asked for again. */
  private static final Duration OVERLAP = Duration.ofSeconds(30);

  private final MongoCollection<Document> reports;
  private final Map<String, BatchSummary> byId = new HashMap<>();
  private Instant newest = Instant.EPOCH;

  public MongoBatchSummaries(MongoCollection<Document> reports) {
    this.reports = reports;
  }

  /** The reports of batches that ended at or after {@code since} (at most {@link #KEEP} ago). */
  @Override
  public synchronized List<BatchSummary> since(Instant since, Instant now) {
    Instant horizon = now.minus(KEEP);
    Instant from = newest.minus(OVERLAP).isAfter(horizon) ? newest.minus(OVERLAP) : horizon;
    for (Document d :
        PublisherStages.await(
            reports.find(Filters.gte("at", Date.from(from))).sort(Sorts.ascending("at")))) {
      BatchSummary b = summary(d);
      byId.put(String.valueOf(d.get("_id")), b);
      if (b.at().isAfter(newest)) {
        newest = b.at();
      }
    }
    byId.values().removeIf(b -> b.at().isBefore(horizon));
    List<BatchSummary> out = new ArrayList<>();
    for (BatchSummary b : byId.values()) {
      if (!b.at().isBefore(since)) {
        out.add(b);
      }
    }
    return out;
  }

  /**
   * A stored report as the domain sees it (the layout of {@code
   * contract/examples/dispatch-batch.json}).
   */
  public static BatchSummary summary(Document d) {
    Map<String, Long> outcomes = new LinkedHashMap<>();
    Document o = d.get("outcomes", Document.class);
    if (o != null) {
      o.forEach((k, v) -> outcomes.put(k, number(v)));
    }
    Document latency = d.get("latencyMs", Document.class);
    double[] bounds = new double[0];
    long[] counts = new long[0];
    if (latency != null) {
      bounds =
          latency.getList("boundsMs", Number.class, List.of()).stream()
              .mapToDouble(Number::doubleValue)
              .toArray();
      counts =
          latency.getList("counts", Number.class, List.of()).stream()
              .mapToLong(Number::longValue)
              .toArray();
      if (counts.length != bounds.length + 1) {
        counts = new long[0];
      }
    }
    Document durations = d.get("durationsMs", Document.class);
    Document fleet = d.get("fleet", Document.class);
    return new BatchSummary(
        d.getDate("at").toInstant(),
        (int) number(d.get("records")),
        number(d.get("queueLagMs")),
        outcomes,
        bounds,
        counts,
        durations == null ? 0 : number(durations.get("total")),
        fleet == null ? 0 : (int) number(fleet.get("cabs")),
        fleet == null ? 0 : (int) number(fleet.get("busy")));
  }

  private static long number(Object v) {
    return v instanceof Number n ? n.longValue() : 0;
  }
}

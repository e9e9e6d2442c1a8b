package nyc.cabportal.infrastructure.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nyc.cabportal.domain.operations.RequestCounts;
import org.bson.Document;

/**
 * Requests per minute as the worker's Spark aggregation counts them ({@code request_rate}: one
 * document per minute, 1-minute event-time windows on the Kafka timestamp, 2-minute watermark). An
 * hour is 60 small documents, read on each refresh.
 */
public final class MongoRequestRate implements RequestCounts {

  public static final String COLLECTION = "request_rate";

  private final MongoCollection<Document> minutes;

  public MongoRequestRate(MongoCollection<Document> minutes) {
    this.minutes = minutes;
  }

  /** The requests per minute from {@code first} on. */
  @Override
  public Map<Instant, Long> since(Instant first) {
    Map<Instant, Long> out = new TreeMap<>();
    for (Document d :
        PublisherStages.await(minutes.find(Filters.gte("minute", Date.from(first))))) {
      minute(d).ifPresent(m -> out.put(m.getKey(), m.getValue()));
    }
    return out;
  }

  /** One stored minute (the layout of {@code contract/examples/request-rate.json}). */
  static Optional<Map.Entry<Instant, Long>> minute(Document d) {
    if (d.getDate("minute") != null && d.get("requests") instanceof Number n) {
      return Optional.of(Map.entry(d.getDate("minute").toInstant(), n.longValue()));
    }
    return Optional.empty();
  }
}

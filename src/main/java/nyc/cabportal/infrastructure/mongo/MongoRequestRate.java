package nyc.cabportal.infrastructure.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Requests per minute as the worker's Spark aggregation counts them ({@code request_rate}: one
 * document per minute, 1-minute event-time windows on the Kafka timestamp, 2-minute watermark). An
 * hour is 60 small documents, read on each refresh.
 */
public final class MongoRequestRate {

  public static final String COLLECTION = "request_rate";

  private final MongoCollection<Document> minutes;

  public MongoRequestRate(MongoCollection<Document> minutes) {
    this.minutes = minutes;
  }

  /** The requests per minute from {@code first} on. */
  public Map<Instant, Long> since(Instant first) {
    Map<Instant, Long> out = new TreeMap<>();
    for (Document d :
        PublisherStages.await(minutes.find(Filters.gte("minute", Date.from(first))))) {
      if (d.getDate("minute") != null && d.get("requests") instanceof Number n) {
        out.put(d.getDate("minute").toInstant(), n.longValue());
      }
    }
    return out;
  }
}

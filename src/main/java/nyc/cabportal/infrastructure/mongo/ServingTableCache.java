package nyc.cabportal.infrastructure.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Reads data prep's serving tables and keeps what the admin pages computed from them until data
 * prep builds them again. The tables change only when a data prep run rebuilds them, which it
 * records in {@code dataprep_state} ({@code builtBy}); that one small document is read at most
 * every {@value #CHECK_SECONDS} s, so a dashboard served again costs a map lookup, and a new run
 * shows within seconds on every pod.
 */
public final class ServingTableCache {

  static final long CHECK_SECONDS = 5;
  private static final int MAX_ENTRIES = 512;

  private final MongoDatabase db;
  private final Clock clock;
  private final ConcurrentHashMap<String, Object> values = new ConcurrentHashMap<>();
  private volatile String builtBy;
  private volatile Instant checkedAt = Instant.MIN;

  public ServingTableCache(MongoDatabase db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * The value cached under {@code key} for the current tables, else {@code compute}'s (kept unless
   * it throws).
   */
  @SuppressWarnings("unchecked")
  public <T> T get(String key, Supplier<T> compute) {
    checkVersion();
    Object v = values.get(key);
    if (v == null) {
      v = compute.get();
      if (values.size() >= MAX_ENTRIES) {
        values.clear();
      }
      values.put(key, v);
    }
    return (T) v;
  }

  private void checkVersion() {
    Instant now = clock.instant();
    if (Duration.between(checkedAt, now).getSeconds() < CHECK_SECONDS) {
      return;
    }
    List<Document> state =
        PublisherStages.await(
            db.getCollection(SharedCollections.DATAPREP_STATE)
                .find(Filters.eq("_id", "serving"))
                .limit(1));
    String current = state.isEmpty() ? null : state.get(0).getString("builtBy");
    if (!Objects.equals(current, builtBy)) {
      values.clear();
      builtBy = current;
    }
    checkedAt = now;
  }

  /** The documents of {@code collection} that match {@code filter}. */
  public List<Document> find(String collection, Bson filter) {
    return PublisherStages.await(db.getCollection(collection).find(filter));
  }

  /**
   * Every document of {@code collection}, read once per build of the tables and kept: the per-day
   * tables of a year are a few thousand small documents, so a dashboard filters them in memory
   * instead of asking the store for each new date range or source.
   */
  public List<Document> all(String collection) {
    return get(
        "all|" + collection,
        () -> List.copyOf(PublisherStages.await(db.getCollection(collection).find())));
  }

  /** The documents of several queries on one collection, asked all at once. */
  public List<Document> findEach(String collection, List<Bson> filters) {
    List<java.util.concurrent.CompletionStage<List<Document>>> pending =
        filters.stream()
            .map(f -> PublisherStages.list(db.getCollection(collection).find(f)))
            .toList();
    List<Document> out = new java.util.ArrayList<>();
    pending.forEach(q -> out.addAll(PublisherStages.await(q)));
    return out;
  }
}

package nyc.cabportal.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nyc.cabportal.worker.contract.ContractNames;
import nyc.cabportal.worker.dispatch.ResultDocuments;
import org.bson.Document;

/**
 * Watches the store for the moment each of a few rides' answers is stored, so that a benchmark can
 * time what happens after it: a query for the rides not seen answered yet, again every few
 * milliseconds. An answer first seen by one query was stored after the previous query began and
 * before that query answered: both are recorded, and a latency measured from each brackets the real
 * one. The worker's own {@code dispatchedAt} comes before its bulk write of a whole batch's
 * answers, which takes a few hundred milliseconds for a thousand.
 */
final class StoredAnswers implements AutoCloseable {

  private static final Duration EVERY = Duration.ofMillis(5);

  private final MongoClient client;
  private final MongoCollection<Document> rides;

  StoredAnswers(String mongoUri) {
    client = MongoClients.create(mongoUri);
    rides = client.getDatabase(ContractNames.DATABASE).getCollection(ContractNames.RIDES);
  }

  /**
   * Watches {@code ids} until each is answered or {@code limit} has passed; returns when each was
   * stored (see the class comment), by id.
   */
  Map<String, Stored> watch(List<String> ids, Duration limit) throws InterruptedException {
    Map<String, Stored> stored = new HashMap<>();
    Instant end = Instant.now().plus(limit);
    Instant previous = Instant.now();
    while (stored.size() < ids.size() && Instant.now().isBefore(end)) {
      Instant asked = Instant.now();
      List<String> open = ids.stream().filter(id -> !stored.containsKey(id)).toList();
      List<String> seen = new ArrayList<>();
      for (Document d :
          rides
              .find(
                  Filters.and(
                      Filters.in("_id", open), Filters.exists(ResultDocuments.DISPATCHED_AT)))
              .projection(Projections.include("_id"))) {
        seen.add(d.getString("_id"));
      }
      Instant answered = Instant.now();
      for (String id : seen) {
        stored.put(id, new Stored(previous, answered));
      }
      previous = asked;
      Thread.sleep(EVERY.toMillis());
    }
    return stored;
  }

  /**
   * When an answer was stored: after {@code notBefore} (the previous query, which did not see it,
   * began) and by {@code by} (the query that saw it had answered).
   */
  record Stored(Instant notBefore, Instant by) {}

  @Override
  public void close() {
    client.close();
  }
}

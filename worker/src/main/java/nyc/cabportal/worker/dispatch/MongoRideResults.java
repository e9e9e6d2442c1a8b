package nyc.cabportal.worker.dispatch;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nyc.cabportal.worker.contract.ResultStatus;
import org.bson.Document;

/**
 * Writes outcomes onto the ride documents, all of a batch in one unordered bulk write. Each write
 * moves a ride only out of PENDING or QUEUED: a replayed batch (after a worker crash) finds its
 * rides answered and changes nothing, and a ride the rider cancelled stays cancelled.
 *
 * <p>Per ride the bulk holds two updates, "from QUEUED" and "from PENDING", each filtering on
 * {@code _id} and {@code status} by equality so that the unique {@code (_id, status)} index serves
 * them on MongoDB and on the embedded server alike (see the portal's MongoRideRepository). The
 * first to match makes the status final, so at most one ever matches.
 */
public final class MongoRideResults {

  private final MongoCollection<Document> rides;

  public MongoRideResults(MongoCollection<Document> rides) {
    this.rides = rides;
    // The same index the portal creates; whoever starts first creates it.
    rides.createIndex(
        Indexes.ascending("_id", "status"), new IndexOptions().name("id_status").unique(true));
  }

  /**
   * The stored status of each ride among {@code ids} that the store knows: one query by {@code
   * _id}.
   */
  public Map<String, String> statuses(Collection<String> ids) {
    Map<String, String> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    for (Document d :
        rides.find(Filters.in("_id", new ArrayList<>(ids))).projection(new Document("status", 1))) {
      out.put(d.getString("_id"), d.getString("status"));
    }
    return out;
  }

  /** Whether a stored status still waits for the worker's answer. */
  public static boolean waiting(String status) {
    return ResultStatus.UNANSWERED.contains(status);
  }

  /** Writes the outcomes; returns how many rides this call answered (the rest were answered). */
  public int write(List<RideOutcome> outcomes, Instant dispatchedAt) {
    if (outcomes.isEmpty()) {
      return 0;
    }
    Map<String, Document> sets = new LinkedHashMap<>();
    for (RideOutcome o : outcomes) {
      sets.put(o.rideId(), new Document("$set", ResultDocuments.set(o, dispatchedAt)));
    }
    // Nearly every ride is QUEUED by the time its record is read: one update each.
    int answered = update(sets, id -> ResultStatus.QUEUED);
    if (answered == sets.size()) {
      return answered;
    }
    // Some were not: still PENDING (their portal has not marked them yet), answered already (a
    // replay), cancelled, or unknown. Look up which are still unanswered and move those from the
    // status they have; a ride that moves meanwhile is caught by the next round.
    for (int round = 0; round < 3; round++) {
      Map<String, String> open = new LinkedHashMap<>();
      statuses(sets.keySet())
          .forEach(
              (id, status) -> {
                if (waiting(status)) {
                  open.put(id, status);
                }
              });
      if (open.isEmpty()) {
        break;
      }
      sets.keySet().retainAll(open.keySet());
      answered += update(sets, open::get);
    }
    return answered;
  }

  private int update(Map<String, Document> sets, Function<String, String> from) {
    List<WriteModel<Document>> writes = new ArrayList<>(sets.size());
    sets.forEach(
        (id, set) ->
            writes.add(
                new UpdateOneModel<>(
                    new Document("_id", id).append("status", from.apply(id)), set)));
    return rides.bulkWrite(writes, new BulkWriteOptions().ordered(false)).getModifiedCount();
  }
}

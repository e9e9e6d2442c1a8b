package nyc.cabportal.worker.dispatch;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Writes outcomes onto the ride documents, all of a batch in one unordered bulk write. Each write
 * moves a ride only out of PENDING or QUEUED: a replayed batch (after a worker crash) finds its
 * rides answered and changes nothing, and a ride the rider cancelled stays cancelled.
 */
public final class MongoRideResults {

  private static final List<String> UNANSWERED = List.of("PENDING", "QUEUED");

  private final MongoCollection<Document> rides;

  public MongoRideResults(MongoCollection<Document> rides) {
    this.rides = rides;
  }

  /** Writes the outcomes; returns how many rides this call answered (the rest were answered). */
  public int write(List<RideOutcome> outcomes, Instant dispatchedAt) {
    if (outcomes.isEmpty()) {
      return 0;
    }
    List<WriteModel<Document>> writes = new ArrayList<>(outcomes.size());
    for (RideOutcome o : outcomes) {
      writes.add(
          new UpdateOneModel<>(
              Filters.and(Filters.eq("_id", o.rideId()), Filters.in("status", UNANSWERED)),
              new Document("$set", ResultDocuments.set(o, dispatchedAt))));
    }
    return rides.bulkWrite(writes, new BulkWriteOptions().ordered(false)).getModifiedCount();
  }
}

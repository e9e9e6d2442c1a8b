package nyc.cabportal.worker.dispatch;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
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
 *
 * <p>Per ride the bulk holds two updates, "from QUEUED" and "from PENDING", each filtering on
 * {@code _id} and {@code status} by equality so that the unique {@code (_id, status)} index serves
 * them on MongoDB and on the embedded server alike (see the portal's MongoRideRepository). The
 * first to match makes the status final, so at most one ever matches.
 */
public final class MongoRideResults {

  private static final List<String> UNANSWERED = List.of("QUEUED", "PENDING");

  private final MongoCollection<Document> rides;

  public MongoRideResults(MongoCollection<Document> rides) {
    this.rides = rides;
    // The same index the portal creates; whoever starts first creates it.
    rides.createIndex(
        Indexes.ascending("_id", "status"), new IndexOptions().name("id_status").unique(true));
  }

  /** Writes the outcomes; returns how many rides this call answered (the rest were answered). */
  public int write(List<RideOutcome> outcomes, Instant dispatchedAt) {
    if (outcomes.isEmpty()) {
      return 0;
    }
    List<WriteModel<Document>> writes = new ArrayList<>(outcomes.size() * UNANSWERED.size());
    for (RideOutcome o : outcomes) {
      Document set = new Document("$set", ResultDocuments.set(o, dispatchedAt));
      for (String from : UNANSWERED) {
        writes.add(
            new UpdateOneModel<>(new Document("_id", o.rideId()).append("status", from), set));
      }
    }
    return rides.bulkWrite(writes, new BulkWriteOptions().ordered(false)).getModifiedCount();
  }
}

package nyc.cabportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A portal that dies between its two writes loses nothing: the states it can leave behind are made
 * here by hand, exactly as the portal writes them, and the running system must finish them. (The
 * test run sets cab.recovery.grace-seconds=6 and cab.recovery.interval-seconds=1.)
 */
@ExtendWith(RunningStack.class)
class TwoWritesIT {

  @Test
  void aRideStoredButNeverPublishedIsQueuedByRecoveryAndAnswered() {
    String id = storePending();
    // No record was ever published: only the recovery round can save this ride.
    assertEquals("DISPATCHED", RidesApi.awaitFinal(id, Duration.ofSeconds(60)).getString("status"));
  }

  @Test
  void aRidePublishedButNeverMarkedQueuedIsAnsweredByTheWorker() throws Exception {
    String id = storePending();
    RawRecords.publish(
        new String[] {
          id,
          "{\"schemaVersion\":1,\"id\":\""
              + id
              + "\",\"pickup\":{\"lat\":40.758,\"lon\":-73.9855},"
              + "\"dropoff\":{\"lat\":40.6413,\"lon\":-73.7781},\"passengers\":1,"
              + "\"acceptedAt\":\""
              + Instant.now()
              + "\"}"
        });
    assertEquals("DISPATCHED", RidesApi.awaitFinal(id, Duration.ofSeconds(60)).getString("status"));
    // Recovery may publish it once more; the second answer changes nothing.
    assertEquals(1, countRides(id));
  }

  /**
   * What a portal that dies after its first write leaves: the ride as PENDING, accepted a few
   * seconds ago, and the portal's last beat on the roster.
   */
  private static String storePending() {
    Instant diedAt = Instant.now().minusSeconds(5);
    StoredRides.portalThatDied(diedAt);
    return StoredRides.store("PENDING", 1, diedAt);
  }

  private static long countRides(String id) {
    try (MongoClient mongo = MongoClients.create(RunningStack.stack().settings().mongoUri())) {
      return mongo
          .getDatabase(Contract.DATABASE)
          .getCollection(Contract.RIDES)
          .countDocuments(new Document("_id", id));
    }
  }
}

package nyc.cabportal.it;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;

/**
 * Writes a ride into the running stack's store exactly as the portal's first write lays it out, for
 * tests that need a state the portal only leaves behind when something fails.
 */
final class StoredRides {

  private StoredRides() {}

  /** Stores a Times Square → JFK ride in {@code status}, accepted at {@code acceptedAt}. */
  static String store(String status, int passengers, Instant acceptedAt) {
    String id = UUID.randomUUID().toString();
    try (MongoClient mongo = MongoClients.create(RunningStack.stack().settings().mongoUri())) {
      mongo
          .getDatabase(Contract.DATABASE)
          .getCollection(Contract.RIDES)
          .insertOne(
              new Document("_id", id)
                  .append("schemaVersion", 1)
                  .append("status", status)
                  .append("pickup", new Document("lat", 40.758).append("lon", -73.9855))
                  .append("dropoff", new Document("lat", 40.6413).append("lon", -73.7781))
                  .append("passengers", passengers)
                  .append("timings", new Document("acceptedAt", Date.from(acceptedAt))));
    }
    return id;
  }

  /**
   * Puts a portal on the roster that last beat at {@code lastBeat} and beats no more: a portal that
   * died. The running portals claim it once it is silent and look for the rides it left pending.
   */
  static void portalThatDied(Instant lastBeat) {
    try (MongoClient mongo = MongoClients.create(RunningStack.stack().settings().mongoUri())) {
      mongo
          .getDatabase(Contract.DATABASE)
          .getCollection("portal_roster")
          .insertOne(
              new Document("_id", "portal-that-died-" + UUID.randomUUID())
                  .append("lastBeat", Date.from(lastBeat)));
    }
  }
}

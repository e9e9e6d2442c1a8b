package nyc.cabportal.it;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import org.bson.Document;

/** The worker's fleet as the store holds it ({@code cabs}). */
final class Fleet {

  private Fleet() {}

  /**
   * Waits until the worker has placed its fleet: it does so within seconds of data prep building
   * the trip history, which the stack's start waits for.
   */
  static void awaitOnTheRoad(String mongoUri) {
    try (MongoClient mongo = MongoClients.create(mongoUri)) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  mongo.getDatabase(Contract.DATABASE).getCollection(Contract.CABS).countDocuments()
                      > 0);
    }
  }

  /** The cab whose current or last trip is {@code rideId}, or null. */
  static Document cabOf(String rideId) {
    try (MongoClient mongo = MongoClients.create(RunningStack.stack().settings().mongoUri())) {
      return mongo
          .getDatabase(Contract.DATABASE)
          .getCollection(Contract.CABS)
          .find(Filters.eq("trip.rideId", rideId))
          .first();
    }
  }
}

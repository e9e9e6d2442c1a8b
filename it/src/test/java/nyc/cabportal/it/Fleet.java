package nyc.cabportal.it;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

  /** Every cab of the fleet as stored. */
  static List<Document> all() {
    try (MongoClient mongo = MongoClients.create(RunningStack.stack().settings().mongoUri())) {
      return mongo
          .getDatabase(Contract.DATABASE)
          .getCollection(Contract.CABS)
          .find()
          .into(new ArrayList<>());
    }
  }

  /** Every real dropoff point data prep stored for placing cabs, as "lat,lon". */
  static Set<String> dropoffPoints() {
    Set<String> points = new HashSet<>();
    try (MongoClient mongo = MongoClients.create(RunningStack.stack().settings().mongoUri())) {
      for (Document cell :
          mongo
              .getDatabase(Contract.DATABASE)
              .getCollection(Contract.collection("dropoff-points"))
              .find()) {
        for (List<?> p : cell.getList("points", List.class)) {
          points.add(p.get(0) + "," + p.get(1));
        }
      }
    }
    return points;
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

package nyc.cabportal.it;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.bson.Document;

/**
 * Riders who cancel once their cab is on its way, while the fault suite kills parts: every couple
 * of seconds one ride dispatched in the last half minute is cancelled through the API (a DELETE
 * that fails while a part is down is a rider told to try again, not a cancellation). Afterwards
 * each cancelled ride must read CANCELLED, and its cab must have been freed before its trip would
 * have ended — or given a later ride.
 */
final class RiderCancels implements AutoCloseable {

  /** A cancellation the portal confirmed (200). */
  record Cancelled(String rideId, String cabId) {}

  private final String mongoUri;
  private final long everyMillis;
  private final Random random;
  private final List<Cancelled> cancelled = new ArrayList<>();
  private final Set<String> tried = new HashSet<>();
  private final Thread thread;
  private volatile boolean stop;

  RiderCancels(String mongoUri, long everyMillis, long seed) {
    this.mongoUri = mongoUri;
    this.everyMillis = everyMillis;
    this.random = new Random(seed);
    this.thread = new Thread(this::run, "rider-cancels");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try (MongoClient mongo = MongoClients.create(mongoUri)) {
      MongoCollection<Document> rides =
          mongo.getDatabase(Contract.DATABASE).getCollection(Contract.RIDES);
      while (!stop) {
        try {
          Thread.sleep(everyMillis);
          cancelOne(rides);
        } catch (InterruptedException e) {
          return;
        } catch (RuntimeException e) {
          // a part is down: a rider would try again later
        }
      }
    }
  }

  private void cancelOne(MongoCollection<Document> rides) {
    // Status and acceptedAt by equality and range: the portal's (status, acceptedAt) index.
    List<Document> recent = new ArrayList<>();
    rides
        .find(
            Filters.and(
                Filters.eq("status", "DISPATCHED"),
                Filters.gt("timings.acceptedAt", Date.from(Instant.now().minusSeconds(30)))))
        .limit(20)
        .into(recent);
    recent.removeIf(d -> tried.contains(d.getString("_id")));
    if (recent.isEmpty()) {
      return;
    }
    Document ride = recent.get(random.nextInt(recent.size()));
    String id = ride.getString("_id");
    tried.add(id);
    RidesApi.Answer a = RidesApi.delete(id);
    if (a.status() == 200) {
      String cab = ride.get("result", Document.class).get("cab", Document.class).getString("id");
      synchronized (cancelled) {
        cancelled.add(new Cancelled(id, cab));
      }
    }
  }

  List<Cancelled> cancelled() {
    synchronized (cancelled) {
      return List.copyOf(cancelled);
    }
  }

  /**
   * The cancellations whose ride does not read CANCELLED, or whose cab still holds the ride until
   * its trip's end: each as "ride cab: why".
   */
  List<String> notHonoured(MongoCollection<Document> rides, MongoCollection<Document> cabs) {
    List<String> wrong = new ArrayList<>();
    for (Cancelled c : cancelled()) {
      Document ride = rides.find(Filters.eq("_id", c.rideId())).first();
      if (ride == null || !"CANCELLED".equals(ride.getString("status"))) {
        wrong.add(c + ": reads " + (ride == null ? "nothing" : ride.getString("status")));
        continue;
      }
      Document cab = cabs.find(Filters.eq("_id", c.cabId())).first();
      Document trip = cab == null ? null : cab.get("trip", Document.class);
      if (trip == null || !c.rideId().equals(trip.getString("rideId"))) {
        continue; // the cab has had a later ride since: it was free to take it
      }
      Document result = ride.get("result", Document.class);
      long tripEnds =
          trip.getDate("assignedAt").getTime()
              + 1000L
                  * (((Number) result.get("pickupEtaSeconds")).longValue()
                      + ((Number) result.get("durationSeconds")).longValue());
      if (cab.getDate("freeAt").getTime() >= tripEnds - 1000) {
        wrong.add(c + ": the cab stayed booked until its trip's end");
      }
    }
    return wrong;
  }

  @Override
  public void close() throws InterruptedException {
    stop = true;
    thread.interrupt();
    thread.join(5000);
  }
}

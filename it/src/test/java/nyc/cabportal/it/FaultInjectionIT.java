package nyc.cabportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nyc.cabportal.bench.RideLoad;
import nyc.cabportal.stack.EmbeddedStack;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Under steady load from the load generator, each part is killed with {@code kill -9} at a random
 * moment, left down for a random 1–3 s and started again; afterwards every accepted ride (202) has
 * exactly one final status and at most one cab, no cab is booked for two trips at once, every ride
 * refused with 503 was never dispatched, and no ride is left pending. Meanwhile riders cancel rides
 * whose cab is on its way ({@link RiderCancels}): each reads CANCELLED and its cab was freed.
 *
 * <p>The short form (CI) kills each part once at 20 rides/s. The long form: {@code
 * -Dfaults.rounds=5 -Dfaults.rate=40} (see RELIABILITY.md). {@code -Dfaults.seed=N} repeats a run.
 * The report is printed and written to {@code it/target/fault-injection.txt}.
 */
@ExtendWith(RunningStack.class)
class FaultInjectionIT {

  private static final List<String> PARTS = List.of("worker", "kafka", "mongodb", "portal", "edge");
  private static final Set<String> FINAL = Set.of("DISPATCHED", "NO_CAB", "REJECTED", "CANCELLED");

  record Recovery(String part, double killedAtS, double downS, double recoveredAfterS) {}

  @Test
  void killingEachPartUnderLoadLosesNothingAndDuplicatesNothing() throws Exception {
    int rounds = Integer.getInteger("faults.rounds", 1);
    int rate = Integer.getInteger("faults.rate", 20);
    long seed = Long.getLong("faults.seed", System.nanoTime());
    int seconds = Integer.getInteger("faults.seconds", 60 + rounds * PARTS.size() * 35);
    Random random = new Random(seed);
    EmbeddedStack stack = RunningStack.stack();

    long start = System.nanoTime();
    CompletableFuture<RideLoad.Result> load =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new RideLoad(RunningStack.baseUrl()).run(rate, seconds);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    RiderCancels cancels = new RiderCancels(stack.settings().mongoUri(), 2_000, seed);
    List<Recovery> recoveries = new ArrayList<>();
    List<String> probes = new ArrayList<>();
    Thread.sleep(5_000 + random.nextInt(5_000));
    for (int round = 0; round < rounds; round++) {
      for (String part : PARTS) {
        Thread.sleep(2_000 + random.nextInt(6_000)); // a random moment in the load
        assertTrue(
            !load.isDone(), "the load ended before " + part + " was killed: raise faults.seconds");
        double killedAt = since(start);
        kill(stack, part);
        double down = 1 + random.nextDouble() * 2;
        Thread.sleep((long) (down * 1000));
        restart(stack, part);
        probes.add(awaitServing());
        recoveries.add(new Recovery(part, killedAt, down, since(start) - killedAt));
      }
    }
    assertTrue(
        !load.isDone(), "the load ended before the last part had recovered: raise faults.seconds");
    RideLoad.Result result = load.get(seconds + 180, TimeUnit.SECONDS);
    cancels.close();

    List<String> accepted = new ArrayList<>(result.acceptedIds());
    accepted.addAll(probes);
    try (MongoClient mongo = MongoClients.create(stack.settings().mongoUri())) {
      MongoCollection<Document> rides =
          mongo.getDatabase(Contract.DATABASE).getCollection(Contract.RIDES);
      MongoCollection<Document> cabs =
          mongo.getDatabase(Contract.DATABASE).getCollection(Contract.CABS);
      long lost = awaitFinal(rides, accepted, Duration.ofMinutes(3));
      long stillPending = awaitNoPending(rides, Duration.ofSeconds(60));

      // At most one cab per ride: a ride booked twice would be the trip of two cabs.
      Map<String, Integer> cabsPerRide = new HashMap<>();
      for (Document cab : cabs.find(Filters.exists("trip.rideId"))) {
        cabsPerRide.merge(cab.get("trip", Document.class).getString("rideId"), 1, Integer::sum);
      }
      long duplicated = cabsPerRide.values().stream().filter(n -> n > 1).count();
      long acceptedTwice = new HashSet<>(accepted).size() == accepted.size() ? 0 : 1;
      List<String> doubleBooked = doubleBookedCabs(rides);
      // The worker frees a cancelled ride's cab within a second of seeing the release.
      Thread.sleep(3_000);
      List<String> cancelsNotHonoured = cancels.notHonoured(rides, cabs);

      // Refused with 503: withdrawn (or never stored), never dispatched, no cab.
      List<String> refusedButServed = new ArrayList<>();
      for (String id : result.refusedIds()) {
        Document d = rides.find(Filters.eq("_id", id)).first();
        boolean served =
            d != null && (!"NOT_QUEUED".equals(d.getString("status")) || d.get("result") != null);
        if (served || cabsPerRide.containsKey(id)) {
          refusedButServed.add(id + " " + (d == null ? "" : d.getString("status")));
        }
      }
      Map<String, Integer> outcomes = new HashMap<>();
      for (Document d : rides.find(Filters.in("_id", accepted))) {
        outcomes.merge(d.getString("status"), 1, Integer::sum);
      }

      String report =
          report(
              seed,
              rounds,
              rate,
              seconds,
              result,
              accepted.size(),
              outcomes,
              lost,
              duplicated + acceptedTwice,
              doubleBooked.size(),
              refusedButServed.size(),
              stillPending,
              cancels.cancelled().size(),
              cancelsNotHonoured.size(),
              recoveries);
      System.out.println(report);
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target/fault-injection.txt"), report);

      assertEquals(0, lost, "accepted rides without a final status\n" + report);
      assertEquals(0, duplicated + acceptedTwice, "rides booked twice\n" + report);
      assertEquals(List.of(), doubleBooked, "cabs booked for two trips at once\n" + report);
      assertEquals(List.of(), refusedButServed, "rides refused with 503 but served\n" + report);
      assertEquals(0, stillPending, "rides left PENDING\n" + report);
      assertEquals(
          List.of(), cancelsNotHonoured, "cancellations after dispatch not honoured\n" + report);
      assertTrue(result.accepted() > 0, "nothing accepted\n" + report);
    }
  }

  private static void kill(EmbeddedStack stack, String part) {
    switch (part) {
      case "worker" -> stack.killWorker();
      case "kafka" -> stack.killKafka();
      case "mongodb" -> stack.killMongo();
      case "portal" -> stack.killPortal(RunningStack.PORTAL_PORT);
      case "edge" -> stack.killEdge();
      default -> throw new IllegalArgumentException(part);
    }
  }

  private static void restart(EmbeddedStack stack, String part) {
    switch (part) {
      case "worker" -> stack.startWorker();
      case "kafka" -> stack.startKafka();
      case "mongodb" -> stack.startMongo();
      case "portal" -> stack.startPortal();
      case "edge" -> stack.startEdge();
      default -> throw new IllegalArgumentException(part);
    }
  }

  /** Asks for a ride until one is accepted and answered: the whole system serves again. */
  private static String awaitServing() {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      try {
        RidesApi.Answer a = RidesApi.post(RidesApi.TIMES_SQUARE_TO_JFK);
        if (a.status() == 202) {
          String id = a.body().getString("id");
          RidesApi.awaitFinal(id, Duration.ofMinutes(2));
          return id;
        }
      } catch (RuntimeException e) {
        // the portal is not up yet: ask again
      }
      sleep(250);
    }
    throw new AssertionError("the system did not serve a ride within 3 minutes of a restart");
  }

  private static long awaitFinal(
      MongoCollection<Document> rides, List<String> ids, Duration atMost) {
    long deadline = System.nanoTime() + atMost.toNanos();
    long done = 0;
    while (System.nanoTime() < deadline) {
      done = rides.countDocuments(Filters.and(Filters.in("_id", ids), Filters.in("status", FINAL)));
      if (done == ids.size()) {
        return 0;
      }
      sleep(1000);
    }
    return ids.size() - done;
  }

  private static long awaitNoPending(MongoCollection<Document> rides, Duration atMost) {
    long deadline = System.nanoTime() + atMost.toNanos();
    long pending;
    do {
      pending = rides.countDocuments(Filters.eq("status", "PENDING"));
      if (pending == 0) {
        return 0;
      }
      sleep(1000);
    } while (System.nanoTime() < deadline);
    return pending;
  }

  /**
   * Cabs given a trip while still on an earlier one: per cab, each dispatch must come after the
   * previous trip's pickup and ride are over (with 30 s of slack for when the worker stamps them).
   */
  private static List<String> doubleBookedCabs(MongoCollection<Document> rides) {
    Map<String, List<Document>> byCab = new HashMap<>();
    for (Document d : rides.find(Filters.eq("status", "DISPATCHED"))) {
      Document cab = d.get("result", Document.class).get("cab", Document.class);
      byCab.computeIfAbsent(cab.getString("id"), c -> new ArrayList<>()).add(d);
    }
    List<String> doubleBooked = new ArrayList<>();
    byCab.forEach(
        (cab, trips) -> {
          trips.sort(Comparator.comparing(FaultInjectionIT::dispatchedAt));
          for (int i = 1; i < trips.size(); i++) {
            Document prev = trips.get(i - 1);
            Document r = prev.get("result", Document.class);
            Instant free =
                dispatchedAt(prev)
                    .plusSeconds(
                        ((Number) r.get("pickupEtaSeconds")).longValue()
                            + ((Number) r.get("durationSeconds")).longValue()
                            - 30);
            if (dispatchedAt(trips.get(i)).isBefore(free)) {
              doubleBooked.add(
                  cab + ": " + prev.getString("_id") + " and " + trips.get(i).getString("_id"));
            }
          }
        });
    return doubleBooked;
  }

  private static Instant dispatchedAt(Document ride) {
    return ride.get("timings", Document.class).getDate("dispatchedAt").toInstant();
  }

  private static String report(
      long seed,
      int rounds,
      int rate,
      int seconds,
      RideLoad.Result r,
      int accepted,
      Map<String, Integer> outcomes,
      long lost,
      long duplicated,
      int doubleBooked,
      int refusedButServed,
      long stillPending,
      int cancelledOnTheWay,
      int cancelsNotHonoured,
      List<Recovery> recoveries) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "fault injection: seed %d, %d round(s), %d rides/s for %d s%n"
                + "  sent %d: accepted %d (+%d probes), refused 503 %d, other statuses %s,"
                + " transport errors %d%n"
                + "  accepted rides' final status %s%n"
                + "  lost %d, duplicated %d, cabs double-booked %d, 503s served %d,"
                + " left pending %d%n"
                + "  cancelled with the cab on its way %d: not cancelled or cab not freed %d%n"
                + "  part      killed at   down    serving again after kill%n",
            seed,
            rounds,
            rate,
            seconds,
            r.sent(),
            r.accepted(),
            accepted - r.accepted(),
            r.refusedIds().size(),
            r.statusCounts(),
            r.transportErrors().values().stream().mapToInt(Integer::intValue).sum(),
            new java.util.TreeMap<>(outcomes),
            lost,
            duplicated,
            doubleBooked,
            refusedButServed,
            stillPending,
            cancelledOnTheWay,
            cancelsNotHonoured));
    for (Recovery x : recoveries) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %-8s %8.1f s %6.1f s %10.1f s%n",
              x.part(),
              x.killedAtS(),
              x.downS(),
              x.recoveredAfterS()));
    }
    return b.toString();
  }

  private static double since(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

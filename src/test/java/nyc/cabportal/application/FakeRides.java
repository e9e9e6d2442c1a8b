package nyc.cabportal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import nyc.cabportal.domain.ride.Ride;
import nyc.cabportal.domain.ride.RideRepository;
import nyc.cabportal.domain.ride.RideRequest;
import nyc.cabportal.domain.ride.RideResult;
import nyc.cabportal.domain.ride.RideStatus;
import nyc.cabportal.domain.ride.RideTimings;
import nyc.cabportal.domain.ride.StoreUnavailable;

/** An in-memory ride store with the real store's conditional status moves. */
final class FakeRides implements RideRepository {

  final Map<String, Ride> rides = new LinkedHashMap<>();

  /**
   * A failing store as a crash shows it to a client: an insert lands but is answered with an error,
   * and status moves fail.
   */
  volatile boolean failing;

  int answeredQueries;

  /** How often the recovery's scan by status ran (expensive on the embedded store). */
  int pendingQueries;

  @Override
  public synchronized CompletionStage<Void> insertPending(RideRequest r) {
    rides.put(
        r.id(),
        new Ride(r, RideStatus.PENDING, null, null, new RideTimings(r.acceptedAt(), null, null)));
    return failing ? storeDown() : CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletionStage<Boolean> markQueued(String id, Instant at) {
    return move(id, RideStatus.PENDING, RideStatus.QUEUED, null);
  }

  @Override
  public CompletionStage<Boolean> markNotQueued(String id, String reason) {
    if (failing) {
      return storeDown();
    }
    return move(id, RideStatus.PENDING, RideStatus.NOT_QUEUED, reason);
  }

  @Override
  public CompletionStage<Boolean> cancel(String id) {
    return move(id, RideStatus.QUEUED, RideStatus.CANCELLED, "cancelled by the rider");
  }

  /** The cabs asked to be freed, by ride id: what the worker would read. */
  final Map<String, String> releasedCabs = new LinkedHashMap<>();

  @Override
  public synchronized CompletionStage<Boolean> cancelDispatched(Ride ride, Instant at) {
    releasedCabs.put(ride.id(), ride.result().cab().id());
    return move(
        ride.id(),
        RideStatus.DISPATCHED,
        RideStatus.CANCELLED,
        "cancelled by the rider before the cab arrived");
  }

  private static <T> CompletionStage<T> storeDown() {
    return CompletableFuture.failedFuture(new StoreUnavailable("store connection reset", null));
  }

  /** What the worker does: answer a ride still PENDING or QUEUED. */
  synchronized void dispatch(String id, Instant at) {
    dispatch(id, at, null, null);
  }

  /** The same with a cab on its way to the pickup for {@code etaSeconds}. */
  synchronized void dispatch(String id, Instant at, String cabId, Integer etaSeconds) {
    Ride r = rides.get(id);
    if (r != null && !r.status().isFinal()) {
      rides.put(
          id,
          new Ride(
              r.request(),
              RideStatus.DISPATCHED,
              null,
              new RideResult(
                  cabId == null ? null : new RideResult.AssignedCab(cabId, 40.75, -73.99),
                  etaSeconds,
                  cabId == null ? null : 1.2,
                  new RideResult.FareEstimate(10, 12, 15, 12.6, "USD"),
                  600,
                  new RideResult.DurationEstimate(420, 600, 900),
                  3.2,
                  new RideResult.EstimateBasis("test", 0, "test", "test")),
              new RideTimings(r.timings().acceptedAt(), r.timings().queuedAt(), at)));
    }
  }

  @Override
  public synchronized CompletionStage<Optional<Ride>> find(String id) {
    return CompletableFuture.completedFuture(Optional.ofNullable(rides.get(id)));
  }

  @Override
  public synchronized CompletionStage<List<Ride>> findAnswered(Collection<String> ids) {
    answeredQueries++;
    List<Ride> out = new ArrayList<>();
    for (String id : ids) {
      Ride r = rides.get(id);
      if (r != null && r.status().isFinal()) {
        out.add(r);
      }
    }
    return CompletableFuture.completedFuture(out);
  }

  @Override
  public synchronized CompletionStage<List<RideRequest>> findPendingSince(
      Instant cutoff, int limit) {
    pendingQueries++;
    if (failing) {
      return storeDown();
    }
    return CompletableFuture.completedFuture(
        rides.values().stream()
            .filter(
                r -> r.status() == RideStatus.PENDING && r.timings().acceptedAt().isBefore(cutoff))
            .map(Ride::request)
            .limit(limit)
            .toList());
  }

  private synchronized CompletionStage<Boolean> move(
      String id, RideStatus from, RideStatus to, String reason) {
    Ride r = rides.get(id);
    if (r == null || r.status() != from) {
      return CompletableFuture.completedFuture(false);
    }
    rides.put(id, new Ride(r.request(), to, reason, r.result(), r.timings()));
    return CompletableFuture.completedFuture(true);
  }
}

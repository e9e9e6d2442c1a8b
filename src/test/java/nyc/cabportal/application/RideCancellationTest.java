package nyc.cabportal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.ride.RideRequest;
import nyc.cabportal.domain.ride.RideStatus;
import org.junit.jupiter.api.Test;

/** A rider cancels while waiting, or after dispatch until the cab reaches the pickup. */
class RideCancellationTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-11-21T14:00:00Z"));
  private final FakeRides rides = new FakeRides();
  private final RideTracker tracker =
      new RideTracker(rides, RideMetrics.NONE, clock, Duration.ofMinutes(5), 100);
  private final RideCancellation cancellation = new RideCancellation(rides, tracker, clock);

  private String queued() throws Exception {
    RideRequest r =
        new RideRequest(
            "ride-" + rides.rides.size(),
            new GeoPoint(40.758, -73.9855),
            new GeoPoint(40.6413, -73.7781),
            2,
            null,
            clock.instant());
    rides.insertPending(r).toCompletableFuture().get();
    rides.markQueued(r.id(), clock.instant()).toCompletableFuture().get();
    return r.id();
  }

  private Optional<RideCancellation.Outcome> cancel(String id) throws Exception {
    return cancellation.cancel(id).toCompletableFuture().get();
  }

  @Test
  void cancelsAQueuedRideOnce() throws Exception {
    String id = queued();
    RideCancellation.Outcome first = cancel(id).orElseThrow();
    assertEquals(true, first.cancelled());
    assertEquals(RideStatus.CANCELLED, first.ride().status());
    assertEquals(false, cancel(id).orElseThrow().cancelled());
    assertEquals(Map.of(), rides.releasedCabs, "no cab to free");
  }

  @Test
  void cancelsADispatchedRideUntilItsCabReachesThePickupAndFreesTheCab() throws Exception {
    String id = queued();
    rides.dispatch(id, clock.instant(), "cab-00042", 300);
    clock.advance(Duration.ofSeconds(299));
    RideCancellation.Outcome outcome = cancel(id).orElseThrow();
    assertEquals(true, outcome.cancelled());
    assertEquals("cancelled by the rider before the cab arrived", outcome.ride().statusReason());
    assertEquals(Map.of(id, "cab-00042"), rides.releasedCabs);
  }

  @Test
  void refusesOnceTheCabHasReachedThePickup() throws Exception {
    String id = queued();
    rides.dispatch(id, clock.instant(), "cab-00042", 300);
    clock.advance(Duration.ofSeconds(300));
    RideCancellation.Outcome outcome = cancel(id).orElseThrow();
    assertEquals(false, outcome.cancelled());
    assertEquals(RideStatus.DISPATCHED, outcome.ride().status());
    assertEquals(Map.of(), rides.releasedCabs);
  }

  @Test
  void refusesARideAnsweredWithoutACab() throws Exception {
    String id = queued();
    rides.dispatch(id, clock.instant()); // no cab: nothing on its way to cancel
    assertEquals(false, cancel(id).orElseThrow().cancelled());
  }

  @Test
  void knowsNoRideNoRiderCanSee() throws Exception {
    assertEquals(Optional.empty(), cancel("no-such-ride"));
  }

  @Test
  void everyServerSeesTheCancellationWithinARecheck() throws Exception {
    String id = queued();
    rides.dispatch(id, clock.instant(), "cab-00042", 300);
    // Another server's tracker has the dispatched ride cached ...
    RideTracker other = new RideTracker(rides, RideMetrics.NONE, clock, Duration.ofMinutes(5), 100);
    assertEquals(
        RideStatus.DISPATCHED, other.find(id).toCompletableFuture().get().orElseThrow().status());
    cancel(id);
    // ... and reads it again once its copy is older than the recheck interval.
    clock.advance(RideTracker.RECHECK.plusMillis(1));
    assertEquals(
        RideStatus.CANCELLED, other.find(id).toCompletableFuture().get().orElseThrow().status());
  }
}

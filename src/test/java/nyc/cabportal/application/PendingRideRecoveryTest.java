package nyc.cabportal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.place.Neighbourhoods;
import nyc.cabportal.domain.place.ServiceArea;
import nyc.cabportal.domain.ride.QueueUnavailable;
import nyc.cabportal.domain.ride.RideDraft;
import nyc.cabportal.domain.ride.RideQueue;
import nyc.cabportal.domain.ride.RideRequestValidator;
import nyc.cabportal.domain.ride.RideStatus;
import org.junit.jupiter.api.Test;

class PendingRideRecoveryTest {

  private static final Instant START = Instant.parse("2026-11-22T09:00:00Z");
  private static final Duration GRACE = Duration.ofSeconds(60);
  private static final Duration ROUND = Duration.ofSeconds(15);
  private static final RideDraft DRAFT =
      new RideDraft(new GeoPoint(40.758, -73.9855), new GeoPoint(40.6413, -73.7781), 2, null);

  private final TestClock clock = new TestClock(START);
  private final FakeRides rides = new FakeRides();
  private final FakeRoster roster = new FakeRoster();
  private final List<String> published = new ArrayList<>();
  private boolean queueUp = true;
  private final RideQueue queue =
      request -> {
        if (!queueUp) {
          return CompletableFuture.failedFuture(new QueueUnavailable("broker down", null));
        }
        published.add(request.id());
        return CompletableFuture.completedFuture(null);
      };
  private final PendingRideRecovery recovery =
      new PendingRideRecovery(
          rides,
          roster,
          "portal-b",
          queue,
          RideMetrics.NONE,
          new RefusedRides(rides, 100),
          clock,
          GRACE,
          ROUND);

  @Test
  void aRideLeftPendingByAPortalThatFellSilentIsQueuedOnceItIsClaimed() throws Exception {
    roster.beat("portal-a", START);
    leftPending("left-behind", START);

    clock.advance(Duration.ofSeconds(30));
    assertEquals(0, round(), "portal-a may still be publishing it");
    assertEquals(0, rides.pendingQueries);
    assertEquals(true, roster.beats.containsKey("portal-a"));

    clock.advance(Duration.ofSeconds(46)); // silent for more than grace + a round
    assertEquals(1, round());
    assertEquals(List.of("left-behind"), published);
    assertEquals(RideStatus.QUEUED, rides.rides.get("left-behind").status());
    assertEquals(
        false, roster.beats.containsKey("portal-a"), "claimed: no one sweeps for it again");
  }

  @Test
  void noPortalScansTheRidesWhileEveryPortalBeats() throws Exception {
    for (int i = 0; i < 40; i++) {
      roster.beat("portal-a", clock.instant());
      round();
      clock.advance(ROUND);
    }
    assertEquals(1, rides.pendingQueries, "only the sweep a grace and a round after the start");
    assertEquals(true, roster.beats.containsKey("portal-b"));
  }

  @Test
  void leavesARecentPendingRideToItsOwnPortal() throws Exception {
    clock.advance(GRACE.plus(ROUND));
    leftPending("in-flight", clock.instant().minusSeconds(5));
    assertEquals(0, round());
    assertEquals(List.of(), published);
  }

  @Test
  void sweepsAgainWhenASweepFailedOrFoundAFullBatch() throws Exception {
    clock.advance(GRACE.plus(ROUND));
    for (int i = 0; i < 501; i++) {
      leftPending("ride-" + i, START);
    }
    queueUp = false;
    assertEquals(0, round(), "Kafka down: nothing queued");
    queueUp = true;
    clock.advance(ROUND);
    assertEquals(500, round());
    clock.advance(ROUND);
    assertEquals(1, round(), "the one the full batch left behind");
    clock.advance(ROUND);
    assertEquals(0, round());
    assertEquals(3, rides.pendingQueries, "and then no more sweeps");
  }

  private int round() throws Exception {
    return recovery.recoverOnce().toCompletableFuture().get();
  }

  private void leftPending(String id, Instant acceptedAt) {
    rides.insertPending(
        new RideRequestValidator(ServiceArea.NYC, Neighbourhoods.NONE)
            .validate(DRAFT, id, acceptedAt));
  }
}

package nyc.cabportal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.place.Neighbourhoods;
import nyc.cabportal.domain.place.ServiceArea;
import nyc.cabportal.domain.ride.Ride;
import nyc.cabportal.domain.ride.RideDraft;
import nyc.cabportal.domain.ride.RideRequestValidator;
import nyc.cabportal.domain.ride.RideStatus;
import org.junit.jupiter.api.Test;

class RideTrackerTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-21T14:00:00Z"), ZoneOffset.UTC);
  private static final RideDraft DRAFT =
      new RideDraft(new GeoPoint(40.758, -73.9855), new GeoPoint(40.6413, -73.7781), 1, null);

  /** Intake with a queue that always takes the ride. */
  private static RideIntake intake(FakeRides rides, RideTracker tracker, Clock clock) {
    return new RideIntake(
        new RideRequestValidator(ServiceArea.NYC, Neighbourhoods.NONE),
        rides,
        r -> java.util.concurrent.CompletableFuture.completedFuture(null),
        tracker,
        RideMetrics.NONE,
        new RefusedRides(rides, 10),
        RideAdmission.unlimited(),
        clock);
  }

  @Test
  void asksTheStoreOncePerRoundHoweverManyRidesAreWaitedOn() throws Exception {
    FakeRides rides = new FakeRides();
    // The poll runs a second after the rides were accepted: old enough to be asked about.
    Clock later = Clock.offset(CLOCK, Duration.ofSeconds(1));
    RideTracker tracker =
        new RideTracker(rides, RideMetrics.NONE, later, Duration.ofMinutes(5), 10_000);
    RideIntake intake = intake(rides, tracker, CLOCK);
    List<Ride> queued = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      queued.add(intake.submit(DRAFT).toCompletableFuture().get());
    }
    queued.subList(0, 100).forEach(r -> rides.dispatch(r.id(), CLOCK.instant()));

    assertEquals(100, tracker.pollOnce().toCompletableFuture().get());
    assertEquals(1, rides.answeredQueries);
    assertEquals(150, tracker.waitingCount());
    // Browsers now read from memory: no further store query for an answered ride.
    assertEquals(
        RideStatus.DISPATCHED,
        tracker.find(queued.get(0).id()).toCompletableFuture().get().orElseThrow().status());
    assertEquals(1, rides.answeredQueries);
  }

  @Test
  void asksAboutAWaitingRideEveryRoundOnceItCouldBeAnswered() throws Exception {
    FakeRides rides = new FakeRides();
    Instant[] now = {CLOCK.instant()};
    Clock moving = movingClock(now);
    RideTracker tracker =
        new RideTracker(rides, RideMetrics.NONE, moving, Duration.ofMinutes(5), 10);
    RideIntake intake = intake(rides, tracker, moving);
    intake.submit(DRAFT).toCompletableFuture().get();
    int[] queriesAt = new int[12];
    for (int tick = 0; tick < 12; tick++) { // rounds every 100 ms for 1.1 s
      now[0] = CLOCK.instant().plusMillis(100L * tick);
      tracker.pollOnce().toCompletableFuture().get();
      queriesAt[tick] = rides.answeredQueries;
    }
    // Not before 150 ms (no answer comes that soon); then every round, so that an answer reaches
    // this server within one round of being stored: 10 queries in the rounds at 200..1100 ms.
    assertEquals(0, queriesAt[1]);
    assertEquals(1, queriesAt[2]);
    assertEquals(10, rides.answeredQueries);
  }

  @Test
  void tellsHowLongTheOldestRideHasWaitedForItsAnswer() throws Exception {
    FakeRides rides = new FakeRides();
    Instant[] now = {CLOCK.instant()};
    RideTracker tracker =
        new RideTracker(rides, RideMetrics.NONE, movingClock(now), Duration.ofMinutes(5), 10);
    RideIntake intake = intake(rides, tracker, movingClock(now));
    assertEquals(Duration.ZERO, tracker.longestWait());
    Ride first = intake.submit(DRAFT).toCompletableFuture().get();
    now[0] = now[0].plusMillis(500);
    intake.submit(DRAFT).toCompletableFuture().get();
    now[0] = now[0].plusMillis(1000);
    tracker.pollOnce().toCompletableFuture().get();
    assertEquals(Duration.ofMillis(1500), tracker.longestWait());

    rides.dispatch(first.id(), now[0]);
    tracker.pollOnce().toCompletableFuture().get();
    assertEquals(Duration.ofMillis(1000), tracker.longestWait());
  }

  @Test
  void tellsListenersTheAnswerInThePollRoundThatSeesIt() throws Exception {
    FakeRides rides = new FakeRides();
    Clock later = Clock.offset(CLOCK, Duration.ofSeconds(1));
    RideTracker tracker =
        new RideTracker(rides, RideMetrics.NONE, later, Duration.ofMinutes(5), 10);
    Ride ride = intake(rides, tracker, CLOCK).submit(DRAFT).toCompletableFuture().get();
    var first = tracker.whenAnswered(ride.id()).orElseThrow().toCompletableFuture();
    var second = tracker.whenAnswered(ride.id()).orElseThrow().toCompletableFuture();
    tracker.pollOnce().toCompletableFuture().get();
    assertEquals(false, first.isDone()); // not answered yet

    rides.dispatch(ride.id(), CLOCK.instant());
    tracker.pollOnce().toCompletableFuture().get();
    assertEquals(RideStatus.DISPATCHED, first.getNow(null).status());
    assertEquals(RideStatus.DISPATCHED, second.getNow(null).status());
    // An answered ride is told at once; a ride this server does not follow is not at all.
    assertEquals(
        RideStatus.DISPATCHED,
        tracker.whenAnswered(ride.id()).orElseThrow().toCompletableFuture().getNow(null).status());
    assertEquals(true, tracker.whenAnswered("unknown").isEmpty());
  }

  private static Clock movingClock(Instant[] now) {
    return new Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now[0];
      }
    };
  }

  @Test
  void neverShowsARideThatWasNeverQueued() throws Exception {
    FakeRides rides = new FakeRides();
    rides.insertPending(
        new RideRequestValidator(ServiceArea.NYC, Neighbourhoods.NONE)
            .validate(DRAFT, "p", CLOCK.instant()));
    RideTracker tracker =
        new RideTracker(rides, RideMetrics.NONE, CLOCK, Duration.ofMinutes(5), 10);
    assertEquals(true, tracker.find("p").toCompletableFuture().get().isEmpty());
  }
}

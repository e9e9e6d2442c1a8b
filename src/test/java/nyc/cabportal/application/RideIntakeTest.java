package nyc.cabportal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.place.Neighbourhoods;
import nyc.cabportal.domain.place.ServiceArea;
import nyc.cabportal.domain.ride.InvalidRideRequest;
import nyc.cabportal.domain.ride.Overloaded;
import nyc.cabportal.domain.ride.QueueUnavailable;
import nyc.cabportal.domain.ride.Ride;
import nyc.cabportal.domain.ride.RideDraft;
import nyc.cabportal.domain.ride.RideNotQueued;
import nyc.cabportal.domain.ride.RideQueue;
import nyc.cabportal.domain.ride.RideRequestValidator;
import nyc.cabportal.domain.ride.RideStatus;
import nyc.cabportal.domain.ride.StoreUnavailable;
import org.junit.jupiter.api.Test;

class RideIntakeTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-21T14:00:00Z"), ZoneOffset.UTC);
  private static final RideDraft DRAFT =
      new RideDraft(new GeoPoint(40.758, -73.9855), new GeoPoint(40.6413, -73.7781), 2, null);

  private final FakeRides rides = new FakeRides();
  private final List<String> published = new ArrayList<>();
  private Consumer<String> onPublish = id -> {};
  private boolean queueUp = true;

  private final RideQueue queue =
      request -> {
        onPublish.accept(request.id());
        if (!queueUp) {
          return CompletableFuture.failedFuture(new QueueUnavailable("broker down", null));
        }
        published.add(request.id());
        return CompletableFuture.completedFuture(null);
      };

  private final RefusedRides refused = new RefusedRides(rides, 100);
  private final RideTracker tracker =
      new RideTracker(rides, RideMetrics.NONE, CLOCK, Duration.ofMinutes(5), 100);
  private final RideIntake intake = intake(RideAdmission.unlimited());

  private RideIntake intake(RideAdmission admission) {
    return new RideIntake(
        new RideRequestValidator(ServiceArea.NYC, Neighbourhoods.NONE),
        rides,
        queue,
        tracker,
        RideMetrics.NONE,
        refused,
        admission,
        CLOCK);
  }

  @Test
  void queuesAValidRequestAndStoresItAsQueued() throws Exception {
    Ride ride = intake.submit(DRAFT).toCompletableFuture().get();
    assertEquals(RideStatus.QUEUED, ride.status());
    assertEquals(List.of(ride.id()), published);
    assertEquals(RideStatus.QUEUED, rides.rides.get(ride.id()).status());
  }

  @Test
  void storesNothingAndPublishesNothingForAnInvalidRequest() {
    assertThrows(InvalidRideRequest.class, () -> intake.submit(new RideDraft(null, null, 1, null)));
    assertEquals(0, rides.rides.size());
    assertEquals(0, published.size());
  }

  @Test
  void refusesARideAtOnceWhenOverloadedAndStoresNothing() throws Exception {
    Duration[] waited = {Duration.ZERO};
    RideAdmission admission = new RideAdmission(() -> waited[0], Duration.ofSeconds(2), 1);
    RideIntake guarded = intake(admission);
    guarded.submit(DRAFT).toCompletableFuture().get();
    assertEquals(0, admission.submitting()); // its place given back once it was queued

    waited[0] = Duration.ofMillis(2001);
    assertThrows(Overloaded.class, () -> guarded.submit(DRAFT));
    assertEquals(1, rides.rides.size());
    assertEquals(1, published.size());
    // An invalid request is still told what is wrong with it, overloaded or not.
    assertThrows(
        InvalidRideRequest.class, () -> guarded.submit(new RideDraft(null, null, 1, null)));
  }

  @Test
  void answersQueueUnavailableAndHidesTheRideWhenKafkaRefusesIt() {
    queueUp = false;
    ExecutionException e =
        assertThrows(
            ExecutionException.class, () -> intake.submit(DRAFT).toCompletableFuture().get());
    assertInstanceOf(RideNotQueued.class, e.getCause());
    assertInstanceOf(QueueUnavailable.class, e.getCause().getCause());
    Ride stored = rides.rides.values().iterator().next();
    assertEquals(RideStatus.NOT_QUEUED, stored.status());
    assertEquals(false, stored.status().isVisible());
  }

  @Test
  void treatsARefusedSendAsQueuedWhenTheWorkerAlreadyAnsweredIt() throws Exception {
    // A send that timed out on the portal's side but reached Kafka, and was answered.
    queueUp = false;
    onPublish = id -> rides.dispatch(id, CLOCK.instant());
    Ride ride = intake.submit(DRAFT).toCompletableFuture().get();
    assertEquals(RideStatus.DISPATCHED, ride.status());
  }

  @Test
  void aRideRefusedWhileTheStoreFailsIsWithdrawnAndNeverQueued() throws Exception {
    rides.failing = true; // the insert lands, but the portal hears an error
    ExecutionException e =
        assertThrows(
            ExecutionException.class, () -> intake.submit(DRAFT).toCompletableFuture().get());
    assertInstanceOf(StoreUnavailable.class, e.getCause().getCause());
    String id = rides.rides.keySet().iterator().next();
    assertEquals(id, ((RideNotQueued) e.getCause()).rideId());
    assertEquals(true, refused.owes(id));

    TestClock clock = new TestClock(CLOCK.instant());
    PendingRideRecovery later =
        new PendingRideRecovery(
            rides,
            new FakeRoster(),
            "portal-b",
            queue,
            RideMetrics.NONE,
            refused,
            clock,
            Duration.ofSeconds(60),
            Duration.ofSeconds(15));
    clock.advance(Duration.ofMinutes(5)); // a sweep is due
    assertThrows(
        ExecutionException.class,
        () -> later.recoverOnce().toCompletableFuture().get(),
        "store still failing: the round fails and runs again next time");
    rides.failing = false;
    assertEquals(0, later.recoverOnce().toCompletableFuture().get(), "withdrawn, not queued");
    assertEquals(RideStatus.NOT_QUEUED, rides.rides.get(id).status());
    assertEquals(false, refused.owes(id));
    assertEquals(List.of(), published);
  }

  @Test
  void aRideRefusedByKafkaWhileTheStoreFailsIsWithdrawnLater() throws Exception {
    queueUp = false;
    onPublish = id -> rides.failing = true; // the store goes away during the publish
    ExecutionException e =
        assertThrows(
            ExecutionException.class, () -> intake.submit(DRAFT).toCompletableFuture().get());
    assertInstanceOf(QueueUnavailable.class, e.getCause().getCause());
    String id = rides.rides.keySet().iterator().next();
    assertEquals(RideStatus.PENDING, rides.rides.get(id).status());
    rides.failing = false;
    assertEquals(1, refused.settleOnce().toCompletableFuture().get());
    assertEquals(RideStatus.NOT_QUEUED, rides.rides.get(id).status());
  }
}

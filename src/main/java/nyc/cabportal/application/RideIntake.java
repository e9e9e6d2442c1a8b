package nyc.cabportal.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import nyc.cabportal.domain.ride.FieldError;
import nyc.cabportal.domain.ride.InvalidRideRequest;
import nyc.cabportal.domain.ride.Overloaded;
import nyc.cabportal.domain.ride.QueueUnavailable;
import nyc.cabportal.domain.ride.Ride;
import nyc.cabportal.domain.ride.RideDraft;
import nyc.cabportal.domain.ride.RideIds;
import nyc.cabportal.domain.ride.RideNotQueued;
import nyc.cabportal.domain.ride.RideQueue;
import nyc.cabportal.domain.ride.RideRepository;
import nyc.cabportal.domain.ride.RideRequest;
import nyc.cabportal.domain.ride.RideRequestValidator;
import nyc.cabportal.domain.ride.RideStatus;
import nyc.cabportal.domain.ride.RideTimings;
import nyc.cabportal.domain.ride.StoreUnavailable;

/**
 * Takes a rider's request in: validates it, stores it, queues it, and only then says "queued".
 *
 * <p>The two writes (MongoDB, then Kafka) cannot share a transaction, so their order and the ride's
 * status make them safe instead:
 *
 * <ol>
 *   <li>The ride is stored as {@code PENDING}, which no rider ever sees.
 *   <li>It is published to Kafka and the portal waits for the broker's acknowledgement.
 *   <li>Acknowledged: {@code PENDING → QUEUED} and the rider gets 202. Refused: {@code PENDING →
 *       NOT_QUEUED} and the rider gets 503 — unless the worker already answered the ride (the
 *       refusal was a time-out of a send that did arrive), in which case it was queued after all
 *       and the rider gets 202.
 * </ol>
 *
 * A portal that dies between the writes leaves a {@code PENDING} ride, which {@link
 * PendingRideRecovery} publishes later: nothing stored is lost, and nothing unqueued is shown. The
 * worker answers only rides still {@code PENDING} or {@code QUEUED}, so a duplicate publish is
 * harmless. A ride refused to its rider while the store was failing is withdrawn once the store is
 * back ({@link RefusedRides}), so a 503 never turns into a cab.
 */
public final class RideIntake {

  private static final Logger LOG = Logger.getLogger(RideIntake.class.getName());

  private final RideRequestValidator validator;
  private final RideRepository rides;
  private final RideQueue queue;
  private final RideTracker tracker;
  private final RideMetrics metrics;
  private final RefusedRides refused;
  private final RideAdmission admission;
  private final Clock clock;

  public RideIntake(
      RideRequestValidator validator,
      RideRepository rides,
      RideQueue queue,
      RideTracker tracker,
      RideMetrics metrics,
      RefusedRides refused,
      RideAdmission admission,
      Clock clock) {
    this.validator = validator;
    this.rides = rides;
    this.queue = queue;
    this.tracker = tracker;
    this.metrics = metrics;
    this.refused = refused;
    this.admission = admission;
    this.clock = clock;
  }

  /**
   * Submits a draft. The stage completes with the queued ride, or fails with {@link RideNotQueued}
   * (caused by {@link QueueUnavailable} or {@link StoreUnavailable}); invalid drafts throw {@link
   * InvalidRideRequest} at once, and a draft this server has no room for throws {@link Overloaded}
   * at once (nothing stored, nothing queued).
   */
  public CompletionStage<Ride> submit(RideDraft draft) {
    return submit(draft, List.of());
  }

  /**
   * Submits a draft whose input already had {@code inputErrors} (reported together with any broken
   * rule; a non-empty list always ends in {@link InvalidRideRequest}).
   */
  public CompletionStage<Ride> submit(RideDraft draft, List<FieldError> inputErrors) {
    RideRequest request;
    try {
      // Millisecond precision: what the store keeps, so every reader sees the same instant.
      Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
      request = validator.validate(draft, inputErrors, RideIds.next(now), now);
    } catch (InvalidRideRequest e) {
      metrics.invalid();
      throw e;
    }
    try {
      admission.enter();
    } catch (Overloaded e) {
      metrics.overloaded();
      throw e;
    }
    long storing = System.nanoTime();
    return rides
        .insertPending(request)
        .whenComplete((v, e) -> metrics.stored(Duration.ofNanos(System.nanoTime() - storing)))
        .exceptionally(
            e -> {
              metrics.storeRefused();
              // The write may have landed before the store failed: withdraw it once it is back.
              refused.owe(request.id(), "the ride store failed while the ride was being stored");
              Throwable cause = unwrap(e);
              throw new CompletionException(
                  new RideNotQueued(
                      request.id(),
                      cause instanceof StoreUnavailable s
                          ? s
                          : new StoreUnavailable("ride store unavailable", cause)));
            })
        .thenCompose(stored -> publish(request))
        .whenComplete((ride, e) -> admission.leave());
  }

  private CompletionStage<Ride> publish(RideRequest request) {
    long publishing = System.nanoTime();
    return queue
        .publish(request)
        .whenComplete((v, e) -> metrics.published(Duration.ofNanos(System.nanoTime() - publishing)))
        .handle((ok, failure) -> failure)
        .thenCompose(
            failure ->
                failure == null ? confirm(request) : refuseOrConfirm(request, unwrap(failure)));
  }

  private CompletionStage<Ride> confirm(RideRequest request) {
    Instant queuedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Ride queued =
        new Ride(
            request,
            RideStatus.QUEUED,
            null,
            null,
            new RideTimings(request.acceptedAt(), queuedAt, null));
    metrics.accepted();
    tracker.watch(queued);
    // The rider hears "queued" now: Kafka has the request. Marking it QUEUED in the store is
    // bookkeeping (the worker answers PENDING rides too), so it does not hold up the answer.
    rides
        .markQueued(request.id(), queuedAt)
        .whenComplete(
            (moved, e) -> {
              if (e != null) {
                LOG.log(
                    Level.WARNING,
                    "ride {0} queued, but not marked QUEUED (it will still be answered): {1}",
                    new Object[] {request.id(), e.getMessage()});
              }
            });
    return CompletableFuture.completedFuture(queued);
  }

  private CompletionStage<Ride> refuseOrConfirm(RideRequest request, Throwable failure) {
    String reason =
        failure instanceof QueueUnavailable ? failure.getMessage() : "ride queue unavailable";
    return rides
        .markNotQueued(request.id(), reason)
        .exceptionally(
            e -> {
              refused.owe(request.id(), reason);
              return null;
            })
        .thenCompose(
            withdrawn -> {
              if (withdrawn == null || withdrawn) {
                metrics.queueRefused();
                CompletableFuture<Ride> refused = new CompletableFuture<>();
                refused.completeExceptionally(
                    new RideNotQueued(
                        request.id(),
                        failure instanceof QueueUnavailable q
                            ? q
                            : new QueueUnavailable(reason, failure)));
                return refused;
              }
              // The worker answered it first: the "failed" send had reached Kafka.
              return rides.find(request.id()).thenApply(found -> found.orElseThrow());
            });
  }

  private static Throwable unwrap(Throwable e) {
    return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
  }
}

package nyc.cabportal.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import nyc.cabportal.domain.ride.RideQueue;
import nyc.cabportal.domain.ride.RideRepository;
import nyc.cabportal.domain.ride.RideRequest;

/**
 * Finishes what a portal stopped between its two writes left undone: a ride stored as {@code
 * PENDING} but never confirmed by Kafka. Such a ride is published again and marked queued. A ride
 * only counts as left behind once it is older than any in-flight publish could be ({@code grace}),
 * so the recovery never races a live request. Publishing twice is harmless: the worker answers a
 * ride only once.
 */
public final class PendingRideRecovery {

  private static final Logger LOG = Logger.getLogger(PendingRideRecovery.class.getName());
  private static final int BATCH = 500;

  private final RideRepository rides;
  private final RideQueue queue;
  private final RideMetrics metrics;
  private final RefusedRides refused;
  private final Clock clock;
  private final Duration grace;

  public PendingRideRecovery(
      RideRepository rides,
      RideQueue queue,
      RideMetrics metrics,
      RefusedRides refused,
      Clock clock,
      Duration grace) {
    this.rides = rides;
    this.queue = queue;
    this.metrics = metrics;
    this.refused = refused;
    this.clock = clock;
    this.grace = grace;
  }

  /** One pass; completes with the number of rides queued again. */
  public CompletionStage<Integer> recoverOnce() {
    Instant cutoff = clock.instant().minus(grace);
    return refused
        .settleOnce()
        .thenCompose(settled -> rides.findPendingSince(cutoff, BATCH))
        .thenCompose(
            pending -> {
              CompletionStage<Integer> done = CompletableFuture.completedFuture(0);
              for (RideRequest request : pending) {
                if (refused.owes(request.id())) {
                  continue; // refused to its rider: to be withdrawn, never queued
                }
                done = done.thenCompose(n -> republish(request).thenApply(ok -> ok ? n + 1 : n));
              }
              return done;
            });
  }

  private CompletionStage<Boolean> republish(RideRequest request) {
    return queue
        .publish(request)
        .thenCompose(v -> rides.markQueued(request.id(), clock.instant()))
        .handle(
            (moved, e) -> {
              if (e != null) {
                LOG.log(
                    Level.WARNING,
                    "ride {0} still pending: {1}",
                    new Object[] {request.id(), e.getMessage()});
                return false;
              }
              LOG.log(Level.INFO, "ride {0} was left pending and is now queued", request.id());
              metrics.recovered();
              return true;
            });
  }
}

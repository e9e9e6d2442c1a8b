package nyc.cabportal.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import nyc.cabportal.domain.ride.Ride;
import nyc.cabportal.domain.ride.RideRepository;
import nyc.cabportal.domain.ride.RideStatus;

/**
 * A rider cancelling a ride: while it waits for a cab, or once a cab is on its way until the cab
 * reaches the pickup (the cab is freed for other riders). It acts on the ride as the store holds
 * it, not as a cache remembers it, and each step is one conditional update: a ride the worker
 * dispatches in the same instant is cancelled as dispatched instead.
 */
public final class RideCancellation {

  /** The ride after the attempt, and whether this attempt cancelled it. */
  public record Outcome(Ride ride, boolean cancelled) {}

  private final RideRepository rides;
  private final RideTracker tracker;
  private final Clock clock;

  public RideCancellation(RideRepository rides, RideTracker tracker, Clock clock) {
    this.rides = rides;
    this.tracker = tracker;
    this.clock = clock;
  }

  /** Cancels ride {@code id} if it still may be; empty if no rider can see such a ride. */
  public CompletionStage<Optional<Outcome>> cancel(String id) {
    return attempt(id, true);
  }

  private CompletionStage<Optional<Outcome>> attempt(String id, boolean again) {
    return rides
        .find(id)
        .thenCompose(
            found -> {
              Optional<Ride> visible = found.filter(r -> r.status().isVisible());
              if (visible.isEmpty()) {
                return CompletableFuture.completedFuture(Optional.empty());
              }
              Ride ride = visible.get();
              Instant now = clock.instant();
              if (!ride.cancellableAt(now)) {
                return CompletableFuture.completedFuture(Optional.of(new Outcome(ride, false)));
              }
              CompletionStage<Boolean> moved =
                  ride.status() == RideStatus.QUEUED
                      ? rides.cancel(id)
                      : rides.cancelDispatched(ride, now);
              return moved.thenCompose(
                  cancelled -> {
                    tracker.forget(id);
                    // Lost to the worker's answer (or another cancel): try once more as it is now.
                    return cancelled || !again
                        ? rides
                            .find(id)
                            .thenApply(after -> after.map(r -> new Outcome(r, cancelled)))
                        : attempt(id, false);
                  });
            });
  }
}

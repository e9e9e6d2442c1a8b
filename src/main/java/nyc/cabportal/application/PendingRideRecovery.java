package nyc.cabportal.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import nyc.cabportal.domain.ride.PortalRoster;
import nyc.cabportal.domain.ride.RideQueue;
import nyc.cabportal.domain.ride.RideRepository;
import nyc.cabportal.domain.ride.RideRequest;

/**
 * Finishes what a portal stopped between its two writes left undone: a ride stored as {@code
 * PENDING} but never confirmed by Kafka. Such a ride is published again and marked queued.
 * Publishing twice is harmless: the worker answers a ride only once.
 *
 * <p>Looking for such rides means reading every ride by status, which the embedded store can only
 * do by scanning the whole collection under its lock (seconds at 100,000 rides, during which no
 * ride can be stored: the first soak's p99 rose to 6 s). So a portal looks only when one may have
 * died: every round it beats on the {@link PortalRoster}, and a portal silent for longer than
 * {@code grace} plus a round is claimed by one live portal, which then sweeps. It also sweeps once
 * a {@code grace} and a round after its own start, for a portal that died before its first beat. A
 * sweep takes only rides older than {@code grace}, longer than any in-flight publish, so it never
 * races a live request; a dead portal's last rides are older than that by the time it is claimed.
 */
public final class PendingRideRecovery {

  private static final Logger LOG = Logger.getLogger(PendingRideRecovery.class.getName());
  private static final int BATCH = 500;

  private final RideRepository rides;
  private final PortalRoster roster;
  private final String self;
  private final RideQueue queue;
  private final RideMetrics metrics;
  private final RefusedRides refused;
  private final Clock clock;
  private final Duration grace;
  private final Duration round;

  private final Instant firstSweep;

  /** A sweep is due: at start, after a claim, after a failed or a full (more to come) sweep. */
  private volatile boolean sweepOwed = true;

  /**
   * @param self this portal's name on the roster, new at each start
   * @param round how often {@link #recoverOnce()} runs (and so how often this portal beats)
   */
  public PendingRideRecovery(
      RideRepository rides,
      PortalRoster roster,
      String self,
      RideQueue queue,
      RideMetrics metrics,
      RefusedRides refused,
      Clock clock,
      Duration grace,
      Duration round) {
    this.rides = rides;
    this.roster = roster;
    this.self = self;
    this.queue = queue;
    this.metrics = metrics;
    this.refused = refused;
    this.clock = clock;
    this.grace = grace;
    this.round = round;
    this.firstSweep = clock.instant().plus(grace).plus(round);
  }

  /** How often {@link #recoverOnce()} is meant to run. */
  public Duration round() {
    return round;
  }

  /** One round; completes with the number of rides queued again. */
  public CompletionStage<Integer> recoverOnce() {
    Instant now = clock.instant();
    return refused
        .settleOnce()
        .thenCompose(settled -> roster.beat(self, now))
        .thenCompose(beaten -> claimSilent(now))
        .thenCompose(
            claimed -> {
              if (claimed) {
                sweepOwed = true;
              }
              return sweepOwed && !now.isBefore(firstSweep)
                  ? sweep(now)
                  : CompletableFuture.completedFuture(0);
            });
  }

  /** Claims every portal silent too long; true if this one claimed any. */
  private CompletionStage<Boolean> claimSilent(Instant now) {
    Instant silentSince = now.minus(grace).minus(round);
    return roster
        .lastBeats()
        .thenCompose(
            beats -> {
              CompletionStage<Boolean> any = CompletableFuture.completedFuture(false);
              for (Map.Entry<String, Instant> beat : beats.entrySet()) {
                if (beat.getKey().equals(self) || !beat.getValue().isBefore(silentSince)) {
                  continue;
                }
                any =
                    any.thenCompose(
                        claimedBefore ->
                            roster
                                .claim(beat.getKey(), beat.getValue())
                                .thenApply(
                                    claimed -> {
                                      if (claimed) {
                                        LOG.log(
                                            Level.INFO,
                                            "portal {0} silent since {1}: looking for rides it"
                                                + " left pending",
                                            new Object[] {beat.getKey(), beat.getValue()});
                                      }
                                      return claimedBefore || claimed;
                                    }));
              }
              return any;
            });
  }

  private CompletionStage<Integer> sweep(Instant now) {
    Instant cutoff = now.minus(grace);
    return rides
        .findPendingSince(cutoff, BATCH)
        .thenCompose(
            pending -> {
              // A full batch may leave more behind: sweep again next round.
              sweepOwed = pending.size() == BATCH;
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
                sweepOwed = true; // look for it again next round
                return false;
              }
              LOG.log(Level.INFO, "ride {0} was left pending and is now queued", request.id());
              metrics.recovered();
              return true;
            });
  }
}

package nyc.cabportal.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nyc.cabportal.application.PendingRideRecovery;
import nyc.cabportal.application.RefusedRides;
import nyc.cabportal.application.RideTracker;
import nyc.cabportal.infrastructure.mongo.MongoRideRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the portal's background rounds on the server's managed scheduler: the batched result poll
 * (every {@code cab.results.poll-interval-ms}), the recovery of rides left pending (every {@code
 * cab.recovery.interval-seconds}) and the withdrawal of rides refused while the store was failing
 * (every second). A round never overlaps itself, and a failing round is logged and tried again next
 * time.
 */
@ApplicationScoped
public class PeriodicRounds {

  private static final Logger LOG = Logger.getLogger(PeriodicRounds.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject RideTracker tracker;
  @Inject PendingRideRecovery recovery;
  @Inject RefusedRides refused;
  @Inject MongoRideRepository rides;

  @Inject
  @ConfigProperty(name = "cab.results.poll-interval-ms", defaultValue = "100")
  long pollIntervalMs;

  private final List<ScheduledFuture<?>> rounds = new ArrayList<>();
  private volatile Instant lastPoll = Instant.now();

  void start(@Observes Startup startup) {
    rides
        .ensureIndexes()
        .whenComplete(
            (name, e) -> {
              if (e != null) {
                LOG.warning("rides index not created yet (store unreachable?): " + e.getMessage());
              }
            });
    rounds.add(
        scheduler.scheduleWithFixedDelay(
            this::pollResults, pollIntervalMs, pollIntervalMs, TimeUnit.MILLISECONDS));
    rounds.add(
        scheduler.scheduleWithFixedDelay(
            this::recoverPending,
            recovery.round().toMillis(),
            recovery.round().toMillis(),
            TimeUnit.MILLISECONDS));
    rounds.add(scheduler.scheduleWithFixedDelay(this::withdrawRefused, 1, 1, TimeUnit.SECONDS));
  }

  /** Whether the rounds are scheduled; the startup check uses it. */
  public boolean isStarted() {
    return !rounds.isEmpty();
  }

  /** When the result poll last completed a round; liveness uses it. */
  public Instant lastPoll() {
    return lastPoll;
  }

  public long pollIntervalMs() {
    return pollIntervalMs;
  }

  @PreDestroy
  void stop() {
    rounds.forEach(r -> r.cancel(false));
  }

  private void pollResults() {
    try {
      tracker.pollOnce().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.log(Level.FINE, "result poll failed, retrying next round", e);
    } finally {
      lastPoll = Instant.now();
    }
  }

  private void withdrawRefused() {
    if (refused.size() == 0) {
      return;
    }
    try {
      refused.settleOnce().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.log(Level.FINE, "refused rides not withdrawn yet, retrying next round", e);
    }
  }

  private void recoverPending() {
    try {
      recovery.recoverOnce().toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.log(
          Level.WARNING,
          "recovery of pending rides failed, retrying next round: {0}",
          e.toString());
    }
  }
}

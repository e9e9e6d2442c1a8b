package nyc.cabportal.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import nyc.cabportal.domain.ride.Ride;
import nyc.cabportal.domain.ride.RideRepository;

/**
 * Follows the rides that riders on this server are waiting for, and answers "where is my ride?"
 * from memory.
 *
 * <p>However many browsers poll this server, the store sees one query per interval: {@link
 * #pollOnce()} asks for all watched rides at once and moves the answered ones into a bounded cache.
 * A ride this server has never seen (accepted by another pod) costs one lookup, after which it is
 * watched too.
 */
public final class RideTracker {

  /** The most rides one poll asks about in one query. */
  static final int QUERY_CHUNK = 1000;

  static final Duration FIRST_CHECK = Duration.ofMillis(150);
  static final Duration FIRST_DELAY = Duration.ofMillis(100);
  static final Duration MAX_DELAY = Duration.ofSeconds(1);

  private final RideRepository rides;
  private final RideMetrics metrics;
  private final Clock clock;
  private final Duration watchFor;
  private final Map<String, Watched> waiting = new ConcurrentHashMap<>();
  private final Map<String, Ride> answered;

  private record Watched(Ride ride, Instant since, Instant due, Duration delay) {

    Watched later(Instant now) {
      Duration next = Duration.ofMillis(Math.min(MAX_DELAY.toMillis(), delay.toMillis() * 3 / 2));
      return new Watched(ride, since, now.plus(next), next);
    }
  }

  public RideTracker(
      RideRepository rides, RideMetrics metrics, Clock clock, Duration watchFor, int cacheSize) {
    this.rides = rides;
    this.metrics = metrics;
    this.clock = clock;
    this.watchFor = watchFor;
    this.answered =
        Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<String, Ride> eldest) {
                return size() > cacheSize;
              }
            });
  }

  /** Starts following a ride that is not answered yet. */
  public void watch(Ride ride) {
    if (ride.status().isFinal()) {
      answered.put(ride.id(), ride);
    } else {
      Instant now = clock.instant();
      Instant accepted = ride.timings().acceptedAt() == null ? now : ride.timings().acceptedAt();
      waiting.put(ride.id(), new Watched(ride, now, accepted.plus(FIRST_CHECK), FIRST_DELAY));
    }
  }

  public void forget(String id) {
    waiting.remove(id);
    answered.remove(id);
  }

  /** The ride as last seen, if a rider may see it. */
  public CompletionStage<Optional<Ride>> find(String id) {
    Ride known = answered.get(id);
    if (known == null) {
      Watched w = waiting.get(id);
      known = w == null ? null : w.ride();
    }
    if (known != null) {
      return CompletableFuture.completedFuture(Optional.of(known));
    }
    return rides
        .find(id)
        .thenApply(
            found -> {
              found.filter(r -> r.status().isVisible()).ifPresent(this::watch);
              return found.filter(r -> r.status().isVisible());
            });
  }

  /** How many rides this server is waiting on. */
  public int waitingCount() {
    return waiting.size();
  }

  /**
   * One round of polling: one query per {@value #QUERY_CHUNK} watched rides. Completes when the
   * answers are in the cache.
   */
  public CompletionStage<Integer> pollOnce() {
    Instant now = clock.instant();
    waiting.values().removeIf(w -> w.since().plus(watchFor).isBefore(now));
    if (waiting.isEmpty()) {
      return CompletableFuture.completedFuture(0);
    }
    List<String> ids = new ArrayList<>();
    waiting.forEach(
        (id, w) -> {
          if (!w.due().isAfter(now)) {
            ids.add(id);
          }
        });
    if (ids.isEmpty()) {
      return CompletableFuture.completedFuture(0);
    }
    CompletionStage<Integer> all = CompletableFuture.completedFuture(0);
    for (int from = 0; from < ids.size(); from += QUERY_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + QUERY_CHUNK));
      all = all.thenCompose(n -> rides.findAnswered(chunk).thenApply(found -> n + record(found)));
    }
    return all.thenApply(
        n -> {
          ids.forEach(id -> waiting.computeIfPresent(id, (k, w) -> w.later(now)));
          return n;
        });
  }

  private int record(List<Ride> found) {
    for (Ride ride : found) {
      if (waiting.remove(ride.id()) != null) {
        Duration e2e = ride.timings().endToEnd();
        if (e2e != null) {
          metrics.answered(ride.status(), e2e);
        }
      }
      answered.put(ride.id(), ride);
    }
    return found.size();
  }
}

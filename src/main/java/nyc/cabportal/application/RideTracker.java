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
 * #pollOnce()} asks for all watched rides at once (those accepted at least {@link #FIRST_CHECK}
 * ago) and moves the answered ones into a bounded cache, so an answer reaches this server within
 * one interval of being stored. A ride this server has never seen (accepted by another pod) costs
 * one lookup, after which it is watched too. The oldest ride still waiting tells {@link
 * RideAdmission} whether dispatch keeps up.
 */
public final class RideTracker {

  /** The most rides one poll asks about in one query. */
  static final int QUERY_CHUNK = 1000;

  /**
   * No answer comes sooner than Kafka → Spark's own floor (about 180 ms here): not asked before.
   */
  static final Duration FIRST_CHECK = Duration.ofMillis(150);

  /** How old a cached dispatched ride may be before it is read again, until its pickup. */
  static final Duration RECHECK = Duration.ofSeconds(1);

  /** Only rides that started waiting this recently count for {@link #longestWait()}. */
  static final Duration LOAD_WINDOW = Duration.ofMinutes(1);

  private final RideRepository rides;
  private final RideMetrics metrics;
  private final Clock clock;
  private final Duration watchFor;
  private final Map<String, Watched> waiting = new ConcurrentHashMap<>();
  private final Map<String, Seen> answered;

  /** One future per waiting ride someone is listening for, completed with its answer. */
  private final Map<String, CompletableFuture<Ride>> listeners = new ConcurrentHashMap<>();

  /** When the oldest ride still waiting started waiting, as of the last poll; null if none. */
  private volatile Instant oldestWaiting;

  private record Watched(Ride ride, Instant since, Instant firstAsked) {}

  /** An answered ride and when the store last said so. */
  private record Seen(Ride ride, Instant readAt) {
    boolean mayHaveChanged(Instant now) {
      return ride.cancellableAt(now) && readAt.plus(RECHECK).isBefore(now);
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
              protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
                return size() > cacheSize;
              }
            });
  }

  /** Starts following a ride that is not answered yet. */
  public void watch(Ride ride) {
    if (ride.status().isFinal()) {
      answered.put(ride.id(), new Seen(ride, clock.instant()));
      CompletableFuture<Ride> listening = listeners.remove(ride.id());
      if (listening != null) {
        listening.complete(ride); // e.g. a cancellation, seen by this server's own DELETE
      }
    } else {
      Instant now = clock.instant();
      Instant accepted = ride.timings().acceptedAt() == null ? now : ride.timings().acceptedAt();
      waiting.put(ride.id(), new Watched(ride, now, accepted.plus(FIRST_CHECK)));
    }
  }

  public void forget(String id) {
    waiting.remove(id);
    answered.remove(id);
  }

  /**
   * The ride as last seen, if a rider may see it. A dispatched ride may still be cancelled, on any
   * server, until its cab reaches the pickup: until then its cached copy is read again from the
   * store when it is older than {@link #RECHECK}, so no server shows a cancelled ride as on its way
   * for longer than that.
   */
  public CompletionStage<Optional<Ride>> find(String id) {
    Instant now = clock.instant();
    Seen seen = answered.get(id);
    Ride known = seen == null || seen.mayHaveChanged(now) ? null : seen.ride();
    if (known == null && seen == null) {
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

  /**
   * The ride's answer, as soon as this server sees it: at once for an answered ride, after the poll
   * round that finds it for a waiting one. Empty for a ride this server does not follow (call
   * {@link #find} first). Every listener of a ride shares one future, completed by the poll; a ride
   * no longer followed (expired, cancelled) never completes it, so callers bound their wait.
   */
  public Optional<CompletionStage<Ride>> whenAnswered(String id) {
    Seen known = answered.get(id);
    if (known != null) {
      return Optional.of(CompletableFuture.completedFuture(known.ride()));
    }
    if (!waiting.containsKey(id)) {
      return Optional.empty();
    }
    CompletableFuture<Ride> answer = listeners.computeIfAbsent(id, k -> new CompletableFuture<>());
    // The poll may have recorded the answer between the lookups above and this listener.
    Seen now = answered.get(id);
    if (now != null) {
      listeners.remove(id, answer);
      answer.complete(now.ride());
    }
    return Optional.of(answer);
  }

  /** How many rides this server is waiting on. */
  public int waitingCount() {
    return waiting.size();
  }

  /**
   * How long the oldest ride this server waits on has waited, as of the last poll; zero if none.
   */
  public Duration longestWait() {
    Instant oldest = oldestWaiting;
    return oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
  }

  /**
   * One round of polling: one query per {@value #QUERY_CHUNK} watched rides. Completes when the
   * answers are in the cache.
   */
  public CompletionStage<Integer> pollOnce() {
    Instant now = clock.instant();
    waiting.values().removeIf(w -> w.since().plus(watchFor).isBefore(now));
    listeners.keySet().removeIf(id -> !waiting.containsKey(id) && !answered.containsKey(id));
    List<String> ids = new ArrayList<>();
    waiting.forEach(
        (id, w) -> {
          if (!w.firstAsked().isAfter(now)) {
            ids.add(id);
          }
        });
    CompletionStage<Integer> all = CompletableFuture.completedFuture(0);
    for (int from = 0; from < ids.size(); from += QUERY_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + QUERY_CHUNK));
      all =
          all.thenCompose(
              n -> {
                metrics.resultQuery(chunk.size());
                return rides.findAnswered(chunk).thenApply(found -> n + record(found));
              });
    }
    return all.thenApply(
        n -> {
          if (!ids.isEmpty()) {
            // The queries and the answers handed on: what an answer already stored waits here.
            metrics.resultPoll(Duration.between(now, clock.instant()));
          }
          // A ride unanswered for minutes is a fault for the recovery to repair, not a measure of
          // load: it would hold admission shut for as long as it is watched.
          Instant recent = now.minus(LOAD_WINDOW);
          oldestWaiting =
              waiting.values().stream()
                  .map(Watched::since)
                  .filter(since -> since.isAfter(recent))
                  .min(Instant::compareTo)
                  .orElse(null);
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
      answered.put(ride.id(), new Seen(ride, clock.instant()));
      CompletableFuture<Ride> listening = listeners.remove(ride.id());
      if (listening != null) {
        listening.complete(ride);
      }
    }
    return found.size();
  }
}

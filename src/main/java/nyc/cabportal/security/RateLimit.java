package nyc.cabportal.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each client may make {@code burst} requests at once and then one every
 * {@code 60 s / perMinute}. The buckets of at most {@code maxClients} clients are kept, least
 * recently seen dropped first (a dropped client starts again with a full bucket: with a bound this
 * high that only happens under a flood of made-up client addresses, which then cannot exhaust the
 * heap).
 *
 * <p>One per portal server: with N servers behind a balancer that spreads a client's requests, the
 * client gets up to N times the limit.
 */
public final class RateLimit {

  /** The answer for one request: allowed, or refused with the wait until the next token. */
  public record Decision(boolean allowed, Duration retryAfter) {
    static final Decision ALLOWED = new Decision(true, Duration.ZERO);

    /** The wait in whole seconds, rounded up, as HTTP's {@code Retry-After} says it. */
    public long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
  }

  private final int perMinute;
  private final int burst;
  private final long nanosPerToken;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets;

  public RateLimit(int perMinute, int burst, int maxClients, LongSupplier nanoTime) {
    if (perMinute < 1) {
      throw new IllegalArgumentException(
          "the rate limit must allow at least 1 request per minute, was " + perMinute);
    }
    if (burst < 1) {
      throw new IllegalArgumentException("the burst must be at least 1 request, was " + burst);
    }
    if (maxClients < 1) {
      throw new IllegalArgumentException("maxClients must be at least 1, was " + maxClients);
    }
    this.perMinute = perMinute;
    this.burst = burst;
    this.nanosPerToken = Duration.ofMinutes(1).toNanos() / perMinute;
    this.nanoTime = nanoTime;
    this.buckets =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > maxClients;
          }
        };
  }

  public int perMinute() {
    return perMinute;
  }

  public int burst() {
    return burst;
  }

  /** Takes one token from {@code client}'s bucket if there is one. */
  public Decision take(String client) {
    long now = nanoTime.getAsLong();
    synchronized (buckets) {
      Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(now - burst * nanosPerToken));
      // Tokens = (now - emptyAt) / nanosPerToken, capped at the burst.
      long earliest = now - burst * nanosPerToken;
      if (b.emptyAt < earliest) {
        b.emptyAt = earliest;
      }
      if (now - b.emptyAt >= nanosPerToken) {
        b.emptyAt += nanosPerToken;
        return Decision.ALLOWED;
      }
      long waitNanos = nanosPerToken - (now - b.emptyAt);
      return new Decision(false, Duration.ofNanos(waitNanos));
    }
  }

  /** Clients whose buckets are kept (for tests and metrics). */
  public int clients() {
    synchronized (buckets) {
      return buckets.size();
    }
  }

  private static final class Bucket {
    /** The instant at which the bucket was (or would have been) empty. */
    long emptyAt;

    Bucket(long emptyAt) {
      this.emptyAt = emptyAt;
    }
  }
}

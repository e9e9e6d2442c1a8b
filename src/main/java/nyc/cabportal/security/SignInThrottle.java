package nyc.cabportal.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} wrong passwords in a row from one
 * client, or for one account from anywhere, each further attempt must wait, twice as long after
 * every failure (1 s, 2 s, 4 s … at most {@link #MAX_WAIT}); a right password clears its client and
 * account. Counting per account too means many addresses cannot share out the guesses; the growing
 * wait bounds what one guesser gets without locking the admin out for long.
 *
 * <p>Kept per portal server and for at most {@code maxKeys} clients and accounts, least recently
 * seen dropped first; N servers allow N times the attempts (a stated simplification, like the ride
 * rate limit).
 */
public final class SignInThrottle {

  static final int FREE_FAILURES = 3;
  static final Duration MAX_WAIT = Duration.ofMinutes(15);

  private record Failures(int count, long lastNanos) {}

  private final LongSupplier nanoTime;
  private final Map<String, Failures> failures;

  public SignInThrottle(int maxKeys, LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
    this.failures =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > maxKeys;
          }
        };
  }

  /** How long this client must still wait before trying {@code account}; empty when it may try. */
  public synchronized Optional<Duration> waitFor(String client, String account) {
    long now = nanoTime.getAsLong();
    long wait =
        Math.max(
            remaining(failures.get("client:" + client), now),
            remaining(failures.get("account:" + account), now));
    return wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty();
  }

  public synchronized void failed(String client, String account) {
    long now = nanoTime.getAsLong();
    for (String key : new String[] {"client:" + client, "account:" + account}) {
      Failures f = failures.get(key);
      failures.put(key, new Failures(f == null ? 1 : f.count() + 1, now));
    }
  }

  public synchronized void succeeded(String client, String account) {
    failures.remove("client:" + client);
    failures.remove("account:" + account);
  }

  private static long remaining(Failures f, long now) {
    if (f == null || f.count() < FREE_FAILURES) {
      return 0;
    }
    long wait =
        Math.min(
            MAX_WAIT.toNanos(),
            Duration.ofSeconds(1).toNanos() << Math.min(30, f.count() - FREE_FAILURES));
    return Math.max(0, f.lastNanos() + wait - now);
  }
}

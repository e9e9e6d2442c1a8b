package nyc.cabportal.application;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nyc.cabportal.domain.ride.Overloaded;

/**
 * Whether this server takes one more ride now. Overload is refused at the door, fast and before
 * anything is stored, instead of queued: a ride accepted into a queue that grows only waits longer
 * for its cab, and so does every ride after it.
 *
 * <p>Two signals, each a limit of its own:
 *
 * <ul>
 *   <li><b>How long the rides this server queued have been waiting for their answer</b> (the
 *       oldest, as the result poll last saw it). It rises when dispatch falls behind, whatever the
 *       cause — the worker, Kafka, the store or the CPU they share — before the riders already
 *       waiting are hurt more: new rides are refused while it is above {@code maxWait}.
 *   <li><b>How many submits are in progress here</b> (stored but not yet acknowledged by Kafka). It
 *       rises when the store or Kafka stalls; beyond {@code maxSubmitting} a request would only
 *       hold memory and a connection.
 * </ul>
 *
 * A concurrency limit alone (a bulkhead, or MicroProfile Fault Tolerance's, which for an
 * asynchronous submit also moves every request onto its own thread pool) does not see a backlog
 * that builds after Kafka's acknowledgement, where dispatch falls behind; the waiting time does.
 */
public final class RideAdmission {

  /** Seconds a refused rider is asked to wait: about how long a backlog takes to drain. */
  static final long RETRY_AFTER_SECONDS = 2;

  private final Supplier<Duration> longestWait;
  private final Duration maxWait;
  private final int maxSubmitting;
  private final AtomicInteger submitting = new AtomicInteger();

  /**
   * @param longestWait how long the oldest ride this server queued has waited for its answer
   */
  public RideAdmission(Supplier<Duration> longestWait, Duration maxWait, int maxSubmitting) {
    if (maxWait.isNegative() || maxWait.isZero() || maxSubmitting < 1) {
      throw new IllegalArgumentException("admission limits must be positive");
    }
    this.longestWait = longestWait;
    this.maxWait = maxWait;
    this.maxSubmitting = maxSubmitting;
  }

  /** No limits: for tests and for tools that drive the use cases directly. */
  public static RideAdmission unlimited() {
    return new RideAdmission(() -> Duration.ZERO, Duration.ofDays(1), Integer.MAX_VALUE);
  }

  /**
   * Takes a place for one submit, to be given back with {@link #leave()} when it completes.
   *
   * @throws Overloaded if this server takes no more rides now
   */
  public void enter() {
    Duration waited = longestWait.get();
    if (waited.compareTo(maxWait) > 0) {
      throw new Overloaded(
          "rides are waiting more than "
              + seconds(maxWait)
              + " for a cab; the portal takes new ones again once they are answered",
          RETRY_AFTER_SECONDS);
    }
    if (submitting.incrementAndGet() > maxSubmitting) {
      submitting.decrementAndGet();
      throw new Overloaded(
          maxSubmitting + " ride requests are being queued already; the portal is at capacity",
          RETRY_AFTER_SECONDS);
    }
  }

  /** Gives back the place {@link #enter()} took. */
  public void leave() {
    submitting.decrementAndGet();
  }

  /** Submits in progress on this server now. */
  public int submitting() {
    return submitting.get();
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}

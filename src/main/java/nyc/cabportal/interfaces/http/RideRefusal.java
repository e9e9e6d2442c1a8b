package nyc.cabportal.interfaces.http;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import nyc.cabportal.domain.ride.FieldError;
import nyc.cabportal.domain.ride.InvalidRideRequest;
import nyc.cabportal.domain.ride.Overloaded;
import nyc.cabportal.domain.ride.QueueUnavailable;
import nyc.cabportal.domain.ride.RideNotQueued;
import nyc.cabportal.domain.ride.StoreUnavailable;
import nyc.cabportal.security.RateLimit;

/**
 * Why a ride request was not taken, decided once for the JSON API and the request form alike: the
 * HTTP status, the reason in words, the field errors, the ride id a 503 carries as a reference
 * (that ride is never dispatched) and when to try again. Each edge only renders it: the API as JSON
 * ({@link #apiMessage}), the form as messages beside its fields ({@link #formMessage}).
 */
public record RideRefusal(
    int status,
    String reason,
    List<FieldError> fieldErrors,
    Optional<String> rideId,
    Optional<Long> retryAfterSeconds) {

  private static final Logger LOG = Logger.getLogger(RideRefusal.class.getName());

  /** What a store or a queue that did not answer asks the client to wait. */
  static final long RETRY_AFTER_OUTAGE_SECONDS = 5;

  /** The client has sent more ride requests than its allowance; {@code why} states the limits. */
  public static RideRefusal rateLimited(RateLimit.Decision refused, String why) {
    return new RideRefusal(
        429, why, List.of(), Optional.empty(), Optional.of(refused.retryAfterSeconds()));
  }

  /** The failure of a submit, however the use case reported it (directly or wrapped). */
  public static RideRefusal of(Throwable failure) {
    Throwable e = failure;
    while ((e instanceof CompletionException || e instanceof ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof InvalidRideRequest invalid) {
      return new RideRefusal(
          400,
          "the ride request is not valid",
          invalid.errors(),
          Optional.empty(),
          Optional.empty());
    }
    if (e instanceof Overloaded busy) {
      return new RideRefusal(
          503,
          "the portal is busy: " + busy.getMessage(),
          List.of(),
          Optional.empty(),
          Optional.of(busy.retryAfterSeconds()));
    }
    if (e instanceof RideNotQueued refused) {
      return outage(refused.getMessage(), Optional.of(refused.rideId()));
    }
    if (e instanceof QueueUnavailable || e instanceof StoreUnavailable) {
      return outage(e.getMessage(), Optional.empty());
    }
    LOG.log(Level.SEVERE, "unexpected failure serving a ride request", e);
    return new RideRefusal(
        500,
        "internal error (details are in the server log)",
        List.of(),
        Optional.empty(),
        Optional.empty());
  }

  /** The API's {@code error}: a 503 with a ride id says that ride was not queued. */
  public String apiMessage() {
    return rideId.isPresent() ? "your request was not queued: " + reason : reason;
  }

  /** The form's sentence above its fields. */
  public String formMessage() {
    return switch (status) {
      case 429 -> "Your request was not queued: " + reason + ".";
      case 500 -> "Your request was not queued because of an internal error. Please try again.";
      default -> "Your request was not queued: " + reason + ". Please try again.";
    };
  }

  private static RideRefusal outage(String why, Optional<String> rideId) {
    return new RideRefusal(503, why, List.of(), rideId, Optional.of(RETRY_AFTER_OUTAGE_SECONDS));
  }
}

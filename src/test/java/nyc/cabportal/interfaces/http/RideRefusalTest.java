package nyc.cabportal.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import nyc.cabportal.domain.ride.FieldError;
import nyc.cabportal.domain.ride.InvalidRideRequest;
import nyc.cabportal.domain.ride.Overloaded;
import nyc.cabportal.domain.ride.RideNotQueued;
import nyc.cabportal.domain.ride.StoreUnavailable;
import nyc.cabportal.security.RateLimit;
import org.junit.jupiter.api.Test;

class RideRefusalTest {

  @Test
  void anInvalidRequestIsA400WithItsFieldErrorsHoweverItIsWrapped() {
    List<FieldError> errors = List.of(new FieldError("pickup", "pickup is missing"));
    for (Throwable t :
        List.of(
            new InvalidRideRequest(errors),
            new CompletionException(new InvalidRideRequest(errors)),
            new ExecutionException(new InvalidRideRequest(errors)))) {
      RideRefusal r = RideRefusal.of(t);
      assertEquals(400, r.status());
      assertEquals(errors, r.fieldErrors());
    }
  }

  @Test
  void aRideNotQueuedIsA503CarryingItsIdAndTheSameReasonOnBothEdges() {
    RideRefusal r =
        RideRefusal.of(
            new CompletionException(
                new RideNotQueued("r-1", new StoreUnavailable("the store did not answer", null))));
    assertEquals(503, r.status());
    assertEquals(Optional.of("r-1"), r.rideId());
    assertEquals(Optional.of(5L), r.retryAfterSeconds());
    assertEquals("your request was not queued: the store did not answer", r.apiMessage());
    assertEquals(
        "Your request was not queued: the store did not answer. Please try again.",
        r.formMessage());
  }

  @Test
  void overloadIsA503WithoutAnIdThatSaysWhenToTryAgain() {
    RideRefusal r = RideRefusal.of(new Overloaded("rides are waiting more than 2 s for a cab", 2));
    assertEquals(503, r.status());
    assertEquals(Optional.empty(), r.rideId());
    assertEquals(Optional.of(2L), r.retryAfterSeconds());
    assertEquals("the portal is busy: rides are waiting more than 2 s for a cab", r.apiMessage());
  }

  @Test
  void aStoreOutageIsA503WithoutAnId() {
    RideRefusal r = RideRefusal.of(new StoreUnavailable("the store did not answer", null));
    assertEquals(503, r.status());
    assertEquals(Optional.empty(), r.rideId());
    assertEquals("the store did not answer", r.apiMessage());
  }

  @Test
  void anythingElseIsA500ThatLeaksNothing() {
    RideRefusal r = RideRefusal.of(new IllegalStateException("secret detail"));
    assertEquals(500, r.status());
    assertEquals("internal error (details are in the server log)", r.apiMessage());
  }

  @Test
  void aRateLimitIsA429WithItsWait() {
    RideRefusal r =
        RideRefusal.rateLimited(
            new RateLimit.Decision(false, Duration.ofMillis(2500)), "too many ride requests");
    assertEquals(429, r.status());
    assertEquals(Optional.of(3L), r.retryAfterSeconds());
    assertEquals("too many ride requests", r.apiMessage());
    assertEquals("Your request was not queued: too many ride requests.", r.formMessage());
  }
}

package nyc.cabportal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import nyc.cabportal.domain.ride.Overloaded;
import org.junit.jupiter.api.Test;

class RideAdmissionTest {

  @Test
  void refusesWhileTheOldestRideHasWaitedLongerThanTheLimit() {
    Duration[] waited = {Duration.ofMillis(1999)};
    RideAdmission admission = new RideAdmission(() -> waited[0], Duration.ofSeconds(2), 100);
    admission.enter();
    admission.leave();

    waited[0] = Duration.ofMillis(2001);
    Overloaded refused = assertThrows(Overloaded.class, admission::enter);
    assertEquals(
        "rides are waiting more than 2 s for a cab; the portal takes new ones again once they are"
            + " answered",
        refused.getMessage());
    assertEquals(RideAdmission.RETRY_AFTER_SECONDS, refused.retryAfterSeconds());
    assertEquals(0, admission.submitting());

    waited[0] = Duration.ZERO; // the backlog drained: open again
    admission.enter();
    assertEquals(1, admission.submitting());
  }

  @Test
  void refusesBeyondTheSubmitsInProgressAndTakesAgainOnceOneCompletes() {
    RideAdmission admission = new RideAdmission(() -> Duration.ZERO, Duration.ofSeconds(2), 2);
    admission.enter();
    admission.enter();
    Overloaded refused = assertThrows(Overloaded.class, admission::enter);
    assertEquals(
        "2 ride requests are being queued already; the portal is at capacity",
        refused.getMessage());
    assertEquals(2, admission.submitting());

    admission.leave();
    admission.enter();
    assertEquals(2, admission.submitting());
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RideAdmission(() -> Duration.ZERO, Duration.ZERO, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RideAdmission(() -> Duration.ZERO, Duration.ofSeconds(1), 0));
  }
}

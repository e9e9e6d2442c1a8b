package nyc.cabportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private final AtomicLong now = new AtomicLong();
  private final SignInThrottle throttle = new SignInThrottle(1000, now::get);

  private void advance(Duration d) {
    now.addAndGet(d.toNanos());
  }

  @Test
  void threeWrongPasswordsAreFreeThenEachWaitDoubles() {
    for (int i = 0; i < 3; i++) {
      assertEquals(Optional.empty(), throttle.waitFor("10.0.0.1", "admin"));
      throttle.failed("10.0.0.1", "admin");
    }
    assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitFor("10.0.0.1", "admin"));
    advance(Duration.ofSeconds(1));
    throttle.failed("10.0.0.1", "admin");
    assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.waitFor("10.0.0.1", "admin"));
  }

  @Test
  void anAccountIsGuardedAgainstGuessesFromManyAddresses() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("10.0.0." + i, "admin");
    }
    assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitFor("10.0.0.99", "admin"));
    assertEquals(Optional.empty(), throttle.waitFor("10.0.0.99", "someone-else"));
  }

  @Test
  void theRightPasswordClearsTheCount() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("10.0.0.1", "admin");
    }
    throttle.succeeded("10.0.0.1", "admin");
    assertEquals(Optional.empty(), throttle.waitFor("10.0.0.1", "admin"));
  }

  @Test
  void theWaitIsBounded() {
    for (int i = 0; i < 60; i++) {
      throttle.failed("10.0.0.1", "admin");
    }
    assertEquals(Optional.of(SignInThrottle.MAX_WAIT), throttle.waitFor("10.0.0.1", "admin"));
  }
}

package nyc.cabportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

  @Test
  void allowsTheBurstThenOneRequestPerInterval() {
    RateLimit limit = new RateLimit(60, 3, 100, now::get);
    for (int i = 0; i < 3; i++) {
      assertEquals(true, limit.take("a").allowed(), "burst " + i);
    }
    RateLimit.Decision refused = limit.take("a");
    assertEquals(false, refused.allowed());
    assertEquals(Duration.ofSeconds(1), refused.retryAfter());
    assertEquals(1, refused.retryAfterSeconds());
    now.addAndGet(Duration.ofMillis(999).toNanos());
    assertEquals(false, limit.take("a").allowed());
    now.addAndGet(Duration.ofMillis(1).toNanos());
    assertEquals(true, limit.take("a").allowed());
    assertEquals(false, limit.take("a").allowed());
  }

  @Test
  void keepsClientsApart() {
    RateLimit limit = new RateLimit(60, 1, 100, now::get);
    assertEquals(true, limit.take("a").allowed());
    assertEquals(false, limit.take("a").allowed());
    assertEquals(true, limit.take("b").allowed());
  }

  @Test
  void refillsNoMoreThanTheBurst() {
    RateLimit limit = new RateLimit(60, 2, 100, now::get);
    limit.take("a");
    now.addAndGet(Duration.ofHours(1).toNanos());
    assertEquals(true, limit.take("a").allowed());
    assertEquals(true, limit.take("a").allowed());
    assertEquals(false, limit.take("a").allowed());
  }

  @Test
  void keepsAtMostMaxClientsSoMadeUpAddressesCannotFillTheHeap() {
    RateLimit limit = new RateLimit(60, 1, 1000, now::get);
    for (int i = 0; i < 50_000; i++) {
      limit.take("10.0." + i);
    }
    assertEquals(1000, limit.clients());
  }

  @Test
  void refusesSettingsThatAllowNothing() {
    assertThrows(IllegalArgumentException.class, () -> new RateLimit(0, 1, 10, now::get));
    assertThrows(IllegalArgumentException.class, () -> new RateLimit(10, 0, 10, now::get));
  }
}

package nyc.cabportal.domain.ride;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RideIdsTest {

  private static final Instant NOW = Instant.parse("2026-12-04T07:00:00.123Z");

  @Test
  void isAVersion7UuidCarryingTheRequestsMillisecond() {
    UUID id = UUID.fromString(RideIds.next(NOW));

    assertEquals(7, id.version());
    assertEquals(2, id.variant());
    assertEquals(NOW.toEpochMilli(), id.getMostSignificantBits() >>> 16);
  }

  @Test
  void sortsByTimeAsAStoreComparesIds() {
    String earlier = RideIds.next(NOW);
    String later = RideIds.next(NOW.plusMillis(1));

    assertTrue(earlier.compareTo(later) < 0, earlier + " before " + later);
  }

  @Test
  void staysUnguessableWithinOneMillisecond() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      ids.add(RideIds.next(NOW));
    }

    assertEquals(10_000, ids.size());
  }
}

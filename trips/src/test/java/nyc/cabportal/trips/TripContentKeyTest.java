package nyc.cabportal.trips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A trip's content key finds the same trip in two files and tells different trips apart. */
class TripContentKeyTest {

  private static final LocalDateTime PICKUP = LocalDateTime.of(2014, 1, 12, 14, 48, 41);

  private static Trip trip(double pickupLon, Double tip, String payment) {
    return trip(PICKUP, pickupLon, tip, payment);
  }

  private static Trip trip(LocalDateTime pickup, double pickupLon, Double tip, String payment) {
    return new Trip(
        Source.YELLOW,
        pickup,
        LocalDateTime.of(2014, 1, 12, 15, 4, 54),
        40.768527,
        pickupLon,
        40.75,
        -73.99,
        1,
        2.9,
        11.5,
        0.0,
        0.5,
        tip,
        0.0,
        13.0,
        payment,
        1,
        "CMT");
  }

  @Test
  void theSameValuesWrittenDifferentlyGiveOneKey() {
    // The sample's pandas-written double and the raw month's: a few bits apart, one trip.
    assertEquals(
        trip(Double.parseDouble("-73.97168499999998"), 1.0, "CRD").contentKey(),
        trip(Double.parseDouble("-73.971685000000001"), 1.0, "CRD").contentKey());
  }

  @Test
  void anyDifferenceGivesAnotherKey() {
    Set<Long> keys = new HashSet<>();
    keys.add(trip(-73.98, 1.0, "CRD").contentKey());
    keys.add(trip(-73.9800001, 1.0, "CRD").contentKey());
    keys.add(trip(-73.98, null, "CRD").contentKey());
    keys.add(trip(-73.98, 0.0, "CRD").contentKey());
    keys.add(trip(-73.98, 1.0, "CSH").contentKey());
    keys.add(trip(-73.98, 1.0, null).contentKey());
    assertEquals(6, keys.size());
    // A nanosecond apart.
    Trip t = trip(-73.98, 1.0, "CRD");
    Trip later = trip(PICKUP.plusNanos(1), -73.98, 1.0, "CRD");
    assertNotEquals(t.contentKey(), later.contentKey());
  }
}

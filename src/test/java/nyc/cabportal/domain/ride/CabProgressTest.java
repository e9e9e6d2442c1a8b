package nyc.cabportal.domain.ride;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import nyc.cabportal.domain.ride.CabProgress.Phase;
import org.junit.jupiter.api.Test;

class CabProgressTest {

  private static final Instant DISPATCHED = Instant.parse("2026-12-02T18:00:00Z");

  private static CabProgress after(int seconds) {
    return CabProgress.at(DISPATCHED, 540, 840, DISPATCHED.plusSeconds(seconds));
  }

  @Test
  void countsDownToThePickupThenTheDropoff() {
    assertEquals(new CabProgress(Phase.TO_PICKUP, 9), after(0));
    assertEquals(new CabProgress(Phase.TO_PICKUP, 4), after(300));
    assertEquals(new CabProgress(Phase.TO_PICKUP, 1), after(530));
    assertEquals(new CabProgress(Phase.ON_TRIP, 14), after(540));
    assertEquals(new CabProgress(Phase.ON_TRIP, 1), after(1370));
    assertEquals(new CabProgress(Phase.ARRIVED, 0), after(1380));
    // A page whose clock is behind the server's starts at the dispatch, not before it.
    assertEquals(new CabProgress(Phase.TO_PICKUP, 9), after(-30));
  }
}

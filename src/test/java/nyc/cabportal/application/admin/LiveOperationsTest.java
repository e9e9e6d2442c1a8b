package nyc.cabportal.application.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nyc.cabportal.application.TestClock;
import nyc.cabportal.domain.operations.CabPosition;
import nyc.cabportal.domain.operations.LiveFleet;
import nyc.cabportal.domain.place.GeoPoint;
import org.junit.jupiter.api.Test;

class LiveOperationsTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-12-02T06:00:00Z"));
  private int reads;

  private final LiveFleet fleet =
      new LiveFleet() {
        @Override
        public List<CabPosition> cabs() {
          reads++;
          Instant now = clock.instant();
          return List.of(
              new CabPosition(40.75, -73.98, 4, now.plusSeconds(60)),
              new CabPosition(40.76, -73.97, 6, now.minusSeconds(60)));
        }

        @Override
        public List<GeoPoint> waitingPickups(Instant since, int limit) {
          assertEquals(clock.instant().minus(Duration.ofMinutes(30)), since);
          return List.of(new GeoPoint(40.7, -73.9));
        }
      };

  private final LiveOperations live =
      new LiveOperations(fleet, (since, now) -> List.of(), first -> Map.of(), clock);

  @Test
  void countsBusyCabsAndWaitingRides() {
    LiveMap map = live.map();
    assertEquals(2, map.cabs().size());
    assertEquals(1, map.busyCabs());
    assertEquals(1, map.waiting().size());
  }

  @Test
  void readsTheFleetAtMostEveryTwoSecondsHoweverManyAdminsWatch() {
    LiveMap first = live.map();
    clock.advance(Duration.ofMillis(1500));
    assertSame(first, live.map());
    clock.advance(Duration.ofMillis(600));
    live.map();
    assertEquals(2, reads);
  }

  @Test
  void coversTheMinutesAskedFor() {
    assertEquals(5, live.lastMinutes(5).timeline().minutes().size());
  }
}

package nyc.cabportal.domain.tripdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TripDataTest {

  @Test
  void histogramsOfDaysAddUpAndGiveQuantilesInsideTheirBins() {
    Histogram h = Histogram.ofWidth(2.5, 4); // 0–2.5, 2.5–5, 5–7.5, ≥ 7.5
    h.add(List.of(0, 10, 0, 0)).add(List.of(0, 0, 10, 0));
    assertEquals(20, h.total());
    assertEquals(5.0, h.quantile(0.5), 1e-9, "half the trips at or below 5");
    assertEquals(3.75, h.quantile(0.25), 1e-9, "interpolated inside 2.5–5");
    assertEquals(7.25, h.quantile(0.95), 1e-9, "rank 19 of 20: nine tenths into 5–7.5");
    h.add(List.of(0, 0, 0, 100));
    assertEquals(7.5, h.quantile(0.99), 1e-9, "in the open bin: its lower bound");
    assertTrue(Double.isNaN(Histogram.ofWidth(1, 3).quantile(0.5)));
  }

  @Test
  void histogramRefusesCountsOfAnotherLayout() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Histogram.ofWidth(1, 3).add(List.of(1, 2)));
    assertTrue(e.getMessage().contains("2 counts"), e.getMessage());
  }

  @Test
  void tipShareIsTipsOverFaresAndTrippedTripsOverTrips() {
    TipShare card = TipShare.none("card").plus(10, 9, 100, 18).plus(10, 8, 100, 22);
    assertEquals(20, card.trips());
    assertEquals(20.0, card.tipPercentOfFare(), 1e-9);
    assertEquals(85.0, card.tippedPercent(), 1e-9);
    assertEquals(0.0, TipShare.none("cash").tipPercentOfFare());
  }

  @Test
  void busiestAreasSumDaysAndBreakTiesByCell() {
    BusiestAreas a = new BusiestAreas();
    a.add("872a1072cffffff", 5);
    a.add("872a100d6ffffff", 7);
    a.add("872a1072cffffff", 2);
    a.add("872a10000ffffff", 7);
    assertEquals(21, a.total());
    assertEquals(
        List.of(
            new BusiestAreas.Area("872a10000ffffff", 7),
            new BusiestAreas.Area("872a100d6ffffff", 7)),
        a.top(2));
  }

  @Test
  void sourcesSelectOneOrAllAndNameWhatIsAllowed() {
    assertEquals(List.of(TripSource.values()), TripSource.select(null));
    assertEquals(List.of(TripSource.values()), TripSource.select("ALL"));
    assertEquals(List.of(TripSource.GREEN), TripSource.select(" Green "));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TripSource.select("<b>lyft</b>"));
    assertEquals("source must be all, yellow, green, uber: not <b>lyft</b>", e.getMessage());
  }

  @Test
  void hoursOfWeekStartOnMondayMidnight() {
    assertEquals("Monday 00:00–01:00", new HourOfWeek(0).label());
    assertEquals("Friday 18:00–19:00", new HourOfWeek(4 * 24 + 18).label());
    assertEquals("Sunday 23:00–24:00", new HourOfWeek(167).label());
    assertThrows(IllegalArgumentException.class, () -> new HourOfWeek(168));
  }
}

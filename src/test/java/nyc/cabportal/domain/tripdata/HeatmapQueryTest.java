package nyc.cabportal.domain.tripdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeatmapQueryTest {

  static String problem(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void heatmapFramesDefaultToWeeklyPickupsInSmallHexagons() {
    HeatmapQuery f = HeatmapQuery.parse(null, null, null, null);
    assertEquals(List.of(TripSource.values()), f.sources());
    assertEquals("pickup", f.kind());
    assertEquals(8, f.res());
    assertEquals("all", f.hour());
  }

  @Test
  void heatmapParametersOutOfRangeAreNamed() {
    assertEquals(
        "kind must be pickup or dropoff: not both",
        problem(() -> HeatmapQuery.parse("all", "both", "8", "1")));
    assertEquals(
        "res must be 7 or 8 (H3 resolution): not 9",
        problem(() -> HeatmapQuery.parse("all", "pickup", "9", "1")));
    assertEquals(
        "hour must be all or an hour of the week 0–167 (0 = Monday 0h): not noon",
        problem(() -> HeatmapQuery.parse("all", "pickup", "8", "noon")));
    assertEquals(
        "hour of week must be 0–167 (0 = Monday 0h): 168",
        problem(() -> HeatmapQuery.parse("all", "pickup", "8", "168")));
  }

  @Test
  void labelsTheWholeWeekOrTheHour() {
    assertEquals("the whole week", HeatmapQuery.parse(null, null, null, null).label());
    assertEquals("Monday 08:00–09:00", HeatmapQuery.parse(null, null, null, "8").label());
  }
}

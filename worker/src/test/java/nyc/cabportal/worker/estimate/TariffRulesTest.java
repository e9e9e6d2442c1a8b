package nyc.cabportal.worker.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import nyc.cabportal.trips.geo.TaxiZones;
import org.junit.jupiter.api.Test;

class TariffRulesTest {

  private static final TaxiZones ZONES =
      TaxiZones.read(
          Path.of(System.getProperty("cabportal.data.dir", "../../shared/data"))
              .resolve("taxi_zones.geojson"));

  private static final TripEstimate METER =
      new TripEstimate(
          40,
          45,
          55,
          47,
          2400,
          1800,
          3300,
          27.5,
          "history",
          120,
          "H3 res 7, weekday 15-18h",
          "120 past trips between these areas on weekdays, 3–6 PM",
          "Meter: about 27.5 km and 40 min → $45.00, from 120 past trips between these areas on"
              + " weekdays, 3–6 PM");

  private final TariffRules rules = new TariffRules(ZONES, q -> METER);

  private static TripQuery trip(double fromLat, double fromLon, double toLat, double toLon) {
    return new TripQuery(fromLat, fromLon, toLat, toLon, 1, LocalDateTime.of(2014, 10, 14, 16, 0));
  }

  @Test
  void betweenManhattanAndJfkTheFareIsFlatAndTheTimeTheMeters() {
    for (TripQuery q :
        new TripQuery[] {
          trip(40.7580, -73.9855, 40.6413, -73.7781), trip(40.6413, -73.7781, 40.7580, -73.9855)
        }) {
      TripEstimate e = rules.estimate(q);
      assertEquals(52.00, e.fareP10());
      assertEquals(52.00, e.fareP50());
      assertEquals(52.00, e.fareP90());
      assertEquals(52.00, e.fareMean());
      assertEquals(2400, e.durationSeconds());
      assertEquals(1800, e.durationP10Seconds());
      assertEquals(3300, e.durationP90Seconds());
      assertEquals("flat-fare", e.method());
      assertEquals(
          "JFK flat fare between Manhattan and the airport, $52.00; about 27.5 km and 40 min,"
              + " from 120 past trips between these areas on weekdays, 3–6 PM",
          e.detail());
      assertEquals("H3 res 7, weekday 15-18h", e.level());
    }
  }

  @Test
  void toNewarkTheMeterGainsTheSurcharge() {
    TripEstimate e = rules.estimate(trip(40.7580, -73.9855, 40.6895, -74.1745));
    assertEquals(57.50, e.fareP10());
    assertEquals(62.50, e.fareP50());
    assertEquals(72.50, e.fareP90());
    assertEquals(64.50, e.fareMean());
    assertEquals("history", e.method());
    assertTrue(e.detail().endsWith("plus the $17.50 Newark surcharge"), e.detail());
  }

  @Test
  void elsewhereTheMetersEstimateStands() {
    assertSame(METER, rules.estimate(trip(40.6782, -73.9442, 40.6413, -73.7781))); // Brooklyn
    assertSame(METER, rules.estimate(trip(40.7580, -73.9855, 40.7769, -73.8740))); // LaGuardia
  }
}

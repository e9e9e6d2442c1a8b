package nyc.cabportal.trips.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nyc.cabportal.trips.SharedData;
import org.junit.jupiter.api.Test;

class TaxiZonesTest {

  private static final TaxiZones ZONES = TaxiZones.read(SharedData.file("taxi_zones.geojson"));

  @Test
  void placesTheLandmarksOfTheDataReadmeInTheirZone() {
    assertEquals(263, ZONES.zones().size());
    assertEquals(TaxiZones.JFK, ZONES.of(40.6413, -73.7781).orElseThrow().id()); // Terminal 4
    assertEquals(230, ZONES.of(40.7580, -73.9855).orElseThrow().id()); // Times Square
    assertEquals(TaxiZones.LAGUARDIA, ZONES.of(40.7769, -73.8740).orElseThrow().id());
    TaxiZones.Zone newark = ZONES.of(40.6895, -74.1745).orElseThrow();
    assertEquals(TaxiZones.NEWARK, newark.id());
    assertEquals("EWR", newark.borough());
    assertTrue(ZONES.of(40.7580, -73.9855).orElseThrow().inManhattan());
    assertEquals(Optional.empty(), ZONES.of(40.6700, -74.0300)); // Upper Bay, water
  }

  /** A rider who names a zone is taken to a point of that very zone, for all 263 of them. */
  @Test
  void eachZonesPointLiesInsideIt() {
    var points = ZONES.points();
    assertEquals(ZONES.zones().size(), points.size());
    for (TaxiZones.ZonePoint p : points) {
      assertEquals(
          Optional.of(p.zone().id()),
          ZONES.of(p.lat(), p.lon()).map(TaxiZones.Zone::id),
          p.zone().name() + " at " + p.lat() + "," + p.lon());
    }
  }

  @Test
  void aFileThatIsNoZoneMapSaysWhy() throws Exception {
    Path bad = Files.createTempFile("zones", ".geojson");
    Files.writeString(
        bad, "{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":{\"zone\":\"x\"}}]}");
    String message =
        assertThrows(IllegalArgumentException.class, () -> TaxiZones.read(bad)).getMessage();
    assertTrue(message.contains("needs LocationID, zone and borough"), message);
    Files.delete(bad);
  }
}

package nyc.cabportal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.place.Neighbourhoods;
import nyc.cabportal.domain.place.Neighbourhoods.Ground;
import org.junit.jupiter.api.Test;

/** The real TLC zones (the shared data's file) tell land from water and New Jersey. */
class TaxiZoneNeighbourhoodsTest {

  private static final Neighbourhoods ZONES =
      TaxiZoneNeighbourhoods.read(Path.of("../shared/data/taxi_zones.geojson"));

  @Test
  void tellsTheCityFromTheWaterNewJerseyAndNewarkAirport() {
    assertEquals(Ground.CITY, ZONES.groundOf(new GeoPoint(40.7580, -73.9855)), "Times Square");
    assertEquals(Ground.CITY, ZONES.groundOf(new GeoPoint(40.6413, -73.7781)), "JFK");
    assertEquals(Ground.NONE, ZONES.groundOf(new GeoPoint(40.7600, -74.0120)), "the Hudson");
    assertEquals(Ground.NONE, ZONES.groundOf(new GeoPoint(40.7440, -74.0324)), "Hoboken");
    assertEquals(
        Ground.NONE, ZONES.groundOf(new GeoPoint(40.6500, -74.0500)), "Upper New York Bay");
    assertEquals(
        Ground.NEWARK_AIRPORT, ZONES.groundOf(new GeoPoint(40.6895, -74.1745)), "Newark Airport");
  }
}

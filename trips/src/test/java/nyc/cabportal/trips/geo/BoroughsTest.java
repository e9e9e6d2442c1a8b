package nyc.cabportal.trips.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nyc.cabportal.trips.SharedData;
import org.junit.jupiter.api.Test;

class BoroughsTest {

  private static final Boroughs NYC =
      Boroughs.read(SharedData.file("nyc_borough_boundaries.geojson"));

  @Test
  void placesLandmarksInTheirBorough() {
    assertEquals(List.of("Manhattan", "Bronx", "Staten Island", "Brooklyn", "Queens"), NYC.names());
    assertEquals("Manhattan", NYC.of(40.7580, -73.9855)); // Times Square
    assertEquals("Queens", NYC.of(40.6413, -73.7781)); // JFK
    assertEquals("Brooklyn", NYC.of(40.6782, -73.9442)); // Crown Heights
    assertEquals("Bronx", NYC.of(40.8296, -73.9262)); // Yankee Stadium
    assertEquals("Staten Island", NYC.of(40.5795, -74.1502));
    assertEquals(Boroughs.OUTSIDE, NYC.of(40.7178, -74.0431)); // Jersey City
    assertEquals(Boroughs.OUTSIDE, NYC.of(40.6700, -74.0300)); // Upper Bay, water
  }

  @Test
  void placesACellByItsCentre() {
    long timesSquare = H3Cells.parent(H3Cells.cell(40.7580, -73.9855), 8);
    assertEquals("Manhattan", NYC.ofCell(timesSquare));
  }

  @Test
  void aFileThatIsNoBoroughMapSaysWhy() throws Exception {
    Path bad = Files.createTempFile("boroughs", ".geojson");
    Files.writeString(bad, "{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":{}}]}");
    String message =
        assertThrows(IllegalArgumentException.class, () -> Boroughs.read(bad)).getMessage();
    assertTrue(message.contains("needs a boro_name property"), message);
    Files.delete(bad);
  }
}

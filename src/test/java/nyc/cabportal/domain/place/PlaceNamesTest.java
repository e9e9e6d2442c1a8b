package nyc.cabportal.domain.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {

  private final PlaceNames names =
      new PlaceNames(
          p -> p.lat() > 40.7 ? Optional.of("Midtown Center, Manhattan") : Optional.empty());

  @Test
  void aNamedPlaceFirstThenItsNeighbourhoodThenCoordinates() {
    assertEquals(
        "Grand Central Terminal (40.7527,-73.9772)",
        names.describe(new GeoPoint(40.7527, -73.9772)));
    assertEquals(
        "Midtown Center, Manhattan (40.75,-73.98)", names.describe(new GeoPoint(40.75, -73.98)));
    assertEquals("40.6,-74.05", names.describe(new GeoPoint(40.6, -74.05)));
  }
}

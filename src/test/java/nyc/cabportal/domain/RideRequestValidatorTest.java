package nyc.cabportal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.place.Neighbourhoods;
import nyc.cabportal.domain.place.NycPlaces;
import nyc.cabportal.domain.place.ServiceArea;
import nyc.cabportal.domain.ride.FieldError;
import nyc.cabportal.domain.ride.InvalidRideRequest;
import nyc.cabportal.domain.ride.RideDraft;
import nyc.cabportal.domain.ride.RideRequest;
import nyc.cabportal.domain.ride.RideRequestValidator;
import org.junit.jupiter.api.Test;

class RideRequestValidatorTest {

  private static final GeoPoint TIMES_SQUARE = new GeoPoint(40.758, -73.9855);
  private static final GeoPoint JFK = new GeoPoint(40.6413, -73.7781);
  private static final Instant NOW = Instant.parse("2026-11-21T14:00:00Z");

  private final RideRequestValidator validator =
      new RideRequestValidator(ServiceArea.NYC, Neighbourhoods.NONE);

  private List<FieldError> errorsOf(RideDraft draft) {
    return assertThrows(InvalidRideRequest.class, () -> validator.validate(draft, "id", NOW))
        .errors();
  }

  @Test
  void acceptsAValidRequestWithItsPickupTime() {
    RideRequest r =
        validator.validate(new RideDraft(TIMES_SQUARE, JFK, 2, "2014-10-14T18:30:00"), "id", NOW);
    assertEquals(2, r.passengers());
    assertEquals(LocalDateTime.of(2014, 10, 14, 18, 30), r.pickupAt());
    assertEquals(NOW, r.acceptedAt());
  }

  @Test
  void rejectsPickupOutsideServiceArea() {
    List<FieldError> errors = errorsOf(new RideDraft(new GeoPoint(40.1, -75.2), JFK, 1, null));
    assertEquals(
        List.of(new FieldError("pickup", "pickup 40.1,-75.2 is outside the NYC service area")),
        errors);
  }

  /**
   * The box's water and New Jersey are refused by the zone map; Newark Airport is a destination.
   */
  @Test
  void refusesPointsOffTheCitysLandAndPickupsAtNewarkAirport() {
    GeoPoint hudson = new GeoPoint(40.76, -74.012);
    GeoPoint newark = new GeoPoint(40.6895, -74.1745);
    Neighbourhoods zones =
        new Neighbourhoods() {
          @Override
          public java.util.Optional<String> of(GeoPoint p) {
            return java.util.Optional.empty();
          }

          @Override
          public Ground groundOf(GeoPoint p) {
            return p.equals(hudson)
                ? Ground.NONE
                : p.equals(newark) ? Ground.NEWARK_AIRPORT : Ground.CITY;
          }
        };
    RideRequestValidator onLand = new RideRequestValidator(ServiceArea.NYC, zones);
    List<FieldError> water =
        assertThrows(
                InvalidRideRequest.class,
                () -> onLand.validate(new RideDraft(TIMES_SQUARE, hudson, 1, null), "id", NOW))
            .errors();
    assertEquals(
        List.of(
            new FieldError(
                "dropoff",
                "dropoff 40.76,-74.012 is not on the city's land: in the water, or outside its taxi"
                    + " zones")),
        water);
    List<FieldError> fromNewark =
        assertThrows(
                InvalidRideRequest.class,
                () -> onLand.validate(new RideDraft(newark, TIMES_SQUARE, 1, null), "id", NOW))
            .errors();
    assertTrue(fromNewark.get(0).message().contains("not from there"), fromNewark.toString());
    assertEquals(newark, onLand.validate(new RideDraft(JFK, newark, 1, null), "id", NOW).dropoff());
  }

  @Test
  void rejectsPickupEqualToDropoff() {
    List<FieldError> errors = errorsOf(new RideDraft(TIMES_SQUARE, TIMES_SQUARE, 1, null));
    assertEquals("pickup and dropoff are the same place", errors.get(0).message());
  }

  @Test
  void rejectsPassengersOutOfRange() {
    assertEquals(
        "passengers must be between 1 and 6, not 7",
        errorsOf(new RideDraft(TIMES_SQUARE, JFK, 7, null)).get(0).message());
    assertEquals(
        "passengers must be between 1 and 6, not 0",
        errorsOf(new RideDraft(TIMES_SQUARE, JFK, 0, null)).get(0).message());
  }

  @Test
  void reportsEveryMissingFieldAtOnce() {
    List<FieldError> errors = errorsOf(new RideDraft(null, null, null, null));
    assertEquals(
        List.of("pickup", "dropoff", "passengers"),
        errors.stream().map(FieldError::field).toList());
  }

  @Test
  void takesPickupTimesFrom2009ToAYearAheadOnly() {
    for (String outside :
        new String[] {"1900-01-01T00:00", "2008-12-31T23:59", "2027-11-23T00:00"}) {
      FieldError e = errorsOf(new RideDraft(TIMES_SQUARE, JFK, 1, outside)).get(0);
      assertEquals("pickupAt", e.field());
      assertEquals(
          "pickupAt \""
              + outside
              + "\" is outside the times estimates are made for: give a New York date and time"
              + " from 2009-01-01 to 2027-11-22, or none for now",
          e.message());
    }
    // A time beyond year 9999 is no ISO date-time at all.
    assertEquals(
        "pickupAt",
        errorsOf(new RideDraft(TIMES_SQUARE, JFK, 1, "+999999999-12-31T23:59")).get(0).field());
    for (String inside :
        new String[] {"2009-01-01T00:00", "2014-04-01T00:05", "2027-11-22T23:59"}) {
      assertEquals(
          java.time.LocalDateTime.parse(inside),
          validator.validate(new RideDraft(TIMES_SQUARE, JFK, 1, inside), "id", NOW).pickupAt());
    }
  }

  @Test
  void rejectsAPickupTimeThatIsNotALocalDateTime() {
    FieldError e = errorsOf(new RideDraft(TIMES_SQUARE, JFK, 1, "tomorrow")).get(0);
    assertEquals("pickupAt", e.field());
    assertTrue(e.message().startsWith("pickupAt \"tomorrow\" is not a New York local date-time"));
  }

  @Test
  void reportsInputErrorsTogetherWithBrokenRulesButNotTwice() {
    List<FieldError> input =
        List.of(new FieldError("pickup", "pickup latitude \"x\" is not a number"));
    List<FieldError> errors =
        assertThrows(
                InvalidRideRequest.class,
                () -> validator.validate(new RideDraft(null, JFK, 9, null), input, "id", NOW))
            .errors();
    assertEquals(2, errors.size());
    assertEquals(input.get(0), errors.get(0));
    assertEquals("passengers", errors.get(1).field());
  }

  @Test
  void offersAtLeastTwentyNamedPlacesAllInsideTheServiceAreaAndInEveryBorough() {
    assertTrue(NycPlaces.all().size() >= 20);
    NycPlaces.all().forEach(p -> assertTrue(ServiceArea.NYC.contains(p.location()), p.name()));
    for (String borough : List.of("Manhattan", "Bronx", "Brooklyn", "Queens", "Staten Island")) {
      assertTrue(NycPlaces.all().stream().anyMatch(p -> p.borough().equals(borough)), borough);
    }
  }
}

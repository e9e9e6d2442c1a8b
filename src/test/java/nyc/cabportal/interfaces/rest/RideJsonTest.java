package nyc.cabportal.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nyc.cabportal.domain.ride.FieldError;
import nyc.cabportal.domain.ride.InvalidRideRequest;
import org.junit.jupiter.api.Test;

class RideJsonTest {

  @Test
  void rejectsABodyThatIsNotJson() {
    List<FieldError> errors =
        assertThrows(InvalidRideRequest.class, () -> RideJson.readDraft("{pickup:")).errors();
    assertEquals("body", errors.get(0).field());
  }

  @Test
  void namesEachWronglyTypedField() {
    RideJson.DraftInput in =
        RideJson.readDraft(
            "{\"pickup\":{\"lat\":\"north\",\"lon\":-73.98},\"dropoff\":[1,2],\"passengers\":2.5}");
    assertEquals(
        List.of("pickup", "dropoff", "passengers"),
        in.inputErrors().stream().map(FieldError::field).toList());
    assertEquals("passengers must be a whole number, not 2.5", in.inputErrors().get(2).message());
  }

  @Test
  void readsAWellFormedBody() {
    RideJson.DraftInput in =
        RideJson.readDraft(
            "{\"pickup\":{\"lat\":40.758,\"lon\":-73.9855},\"dropoff\":{\"lat\":40.6413,\"lon\":-73.7781},"
                + "\"passengers\":2,\"pickupAt\":\"2014-10-14T18:30:00\"}");
    assertEquals(List.of(), in.inputErrors());
    assertEquals(2, in.draft().passengers());
    assertEquals("2014-10-14T18:30:00", in.draft().pickupAt());
  }

  private static final String POINTS =
      "\"pickup\":{\"lat\":40.758,\"lon\":-73.9855},\"dropoff\":{\"lat\":40.6413,\"lon\":-73.7781}";

  @Test
  void namesUnknownFieldsInsteadOfDroppingThem() {
    RideJson.DraftInput in =
        RideJson.readDraft(
            "{"
                + POINTS.replace("\"lon\":-73.9855", "\"lon\":-73.9855,\"alt\":3")
                + ",\"pasengers\":2}");
    assertEquals(
        List.of(
            "unknown field pasengers: expected only pickup, dropoff, passengers, pickupAt,"
                + " schemaVersion",
            "unknown field pickup.alt: expected only lat, lon"),
        in.inputErrors().stream().map(FieldError::message).toList());
  }

  @Test
  void acceptsOnlyItsOwnSchemaVersion() {
    assertEquals(
        List.of(), RideJson.readDraft("{" + POINTS + ",\"schemaVersion\":1}").inputErrors());
    assertEquals(
        "schemaVersion 2 is not supported: this API speaks version 1",
        RideJson.readDraft("{" + POINTS + ",\"schemaVersion\":2}").inputErrors().get(0).message());
  }

  @Test
  void refusesNaNAndInfinityWhichJsonDoesNotHave() {
    for (String bad : List.of("NaN", "Infinity", "-Infinity", "0x10")) {
      List<FieldError> errors =
          assertThrows(
                  InvalidRideRequest.class,
                  () -> RideJson.readDraft("{\"pickup\":{\"lat\":" + bad + ",\"lon\":1}}"),
                  bad)
              .errors();
      assertEquals("body", errors.get(0).field(), bad);
    }
  }

  @Test
  void readsHugeNumbersWithoutFailing() {
    RideJson.DraftInput in =
        RideJson.readDraft(
            "{\"pickup\":{\"lat\":1e999999,\"lon\":-1e999999},\"passengers\":1e999999}");
    assertEquals(Double.POSITIVE_INFINITY, in.draft().pickup().lat());
    assertEquals(null, in.draft().passengers());
    assertEquals(
        "passengers must be between 1 and 6, not 1E+999999", in.inputErrors().get(0).message());
  }

  @Test
  void repeatsAtMost40CharactersOfAWrongValue() {
    String longText = "x".repeat(5000);
    String message =
        RideJson.readDraft("{\"passengers\":\"" + longText + "\"}").inputErrors().get(0).message();
    assertEquals(true, message.length() < 120, message);
    assertEquals(true, message.endsWith("(5002 chars)"), message);
  }

  @Test
  void survivesDeeplyNestedJson() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThrows(InvalidRideRequest.class, () -> RideJson.readDraft(deep));
    try {
      RideJson.DraftInput in = RideJson.readDraft("{\"pickup\":" + deep + "}");
      assertEquals("pickup", in.inputErrors().get(0).field());
    } catch (InvalidRideRequest e) {
      assertEquals("body", e.errors().get(0).field());
    }
  }

  @Test
  void refusesEmptyAndNonObjectBodies() {
    for (String body : List.of("", "   ", "null", "42", "\"ride\"", "[]", "{}{")) {
      assertThrows(InvalidRideRequest.class, () -> RideJson.readDraft(body), body);
    }
  }

  @Test
  void oddBodiesAreNamedInWords() {
    assertEquals(
        "the body starts with a byte-order mark: send JSON in UTF-8 without one",
        bodyError("\ufeff{\"passengers\":1}"));
    assertEquals("the body is not valid JSON at line 1, column 2", bodyError("{x"));
    assertEquals(
        "schemaVersion must be the number 1, not \"1\"",
        RideJson.readDraft("{\"schemaVersion\":\"1\"}").inputErrors().get(0).message());
  }

  private static String bodyError(String body) {
    return org.junit.jupiter.api.Assertions.assertThrows(
            nyc.cabportal.domain.ride.InvalidRideRequest.class, () -> RideJson.readDraft(body))
        .errors()
        .get(0)
        .message();
  }
}

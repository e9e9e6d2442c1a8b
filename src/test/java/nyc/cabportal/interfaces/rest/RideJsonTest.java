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
}

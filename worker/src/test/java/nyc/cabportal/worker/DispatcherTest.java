package nyc.cabportal.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZonedDateTime;
import java.util.List;
import nyc.cabportal.worker.contract.DecodedRequest;
import nyc.cabportal.worker.contract.RideRequestReader;
import nyc.cabportal.worker.dispatch.Dispatcher;
import nyc.cabportal.worker.dispatch.RideOutcome;
import nyc.cabportal.worker.estimate.InterimMeterEstimator;
import org.junit.jupiter.api.Test;

class DispatcherTest {

  private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-21T14:00:00Z");
  private final Dispatcher dispatcher = new Dispatcher(new InterimMeterEstimator());

  private static DecodedRequest record(String json) {
    return RideRequestReader.read(json, new DecodedRequest());
  }

  private static String ride(String id, int passengers) {
    return "{\"schemaVersion\":1,\"id\":\""
        + id
        + "\",\"pickup\":{\"lat\":40.758,\"lon\":-73.9855},"
        + "\"dropoff\":{\"lat\":40.6413,\"lon\":-73.7781},\"passengers\":"
        + passengers
        + ",\"acceptedAt\":\"2026-11-21T14:00:00Z\"}";
  }

  @Test
  void answersARideThatAppearsTwiceInABatchOnce() {
    Dispatcher.Decisions d =
        dispatcher.decide(List.of(record(ride("a", 1)), record(ride("a", 1))), NOW);
    assertEquals(1, d.outcomes().size());
    assertEquals(RideOutcome.DISPATCHED, d.outcomes().get(0).status());
  }

  @Test
  void rejectsAnInvalidRecordThatNamesARideAndDeadLettersIt() {
    Dispatcher.Decisions d = dispatcher.decide(List.of(record(ride("b", 9))), NOW);
    assertEquals(RideOutcome.REJECTED, d.outcomes().get(0).status());
    assertEquals("passengers must be between 1 and 6, not 9", d.outcomes().get(0).reason());
    assertEquals(1, d.deadLetters().size());
  }

  @Test
  void deadLettersGarbageWithoutTouchingAnyRideAndGoesOn() {
    Dispatcher.Decisions d =
        dispatcher.decide(List.of(record("garbage"), record(ride("c", 2))), NOW);
    assertEquals(1, d.deadLetters().size());
    assertEquals(1, d.outcomes().size());
    assertEquals("c", d.outcomes().get(0).rideId());
  }
}

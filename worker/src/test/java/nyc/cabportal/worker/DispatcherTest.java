package nyc.cabportal.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nyc.cabportal.trips.geo.H3Cells;
import nyc.cabportal.worker.contract.DecodedRequest;
import nyc.cabportal.worker.contract.ResultStatus;
import nyc.cabportal.worker.contract.RideRequestReader;
import nyc.cabportal.worker.dispatch.Dispatcher;
import nyc.cabportal.worker.dispatch.RideOutcome;
import nyc.cabportal.worker.estimate.InterimMeterEstimator;
import nyc.cabportal.worker.fleet.Cab;
import nyc.cabportal.worker.fleet.Fleet;
import nyc.cabportal.worker.history.TripHistory;
import nyc.cabportal.worker.matching.BatchMatcher;
import org.junit.jupiter.api.Test;

class DispatcherTest {

  private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-21T14:00:00Z");
  private static final long NOW_MS = NOW.toInstant().toEpochMilli();
  private static final double[] TIMES_SQUARE = {40.7580, -73.9855};

  private final Dispatcher dispatcher =
      new Dispatcher(new InterimMeterEstimator(), () -> TripHistory.NONE, new BatchMatcher(5, 8));

  private static DecodedRequest record(String json) {
    return RideRequestReader.read(json, new DecodedRequest());
  }

  private static String ride(String id, int passengers) {
    return ride(id, passengers, TIMES_SQUARE[0], TIMES_SQUARE[1]);
  }

  private static String ride(String id, int passengers, double lat, double lon) {
    return "{\"schemaVersion\":1,\"id\":\""
        + id
        + "\",\"pickup\":{\"lat\":"
        + lat
        + ",\"lon\":"
        + lon
        + "},\"dropoff\":{\"lat\":40.6413,\"lon\":-73.7781},\"passengers\":"
        + passengers
        + ",\"acceptedAt\":\"2026-11-21T14:00:00Z\"}";
  }

  /** A free cab {@code northKm} north and {@code eastKm} east of Times Square. */
  private static Cab cab(String id, int seats, double northKm, double eastKm) {
    double lat = TIMES_SQUARE[0] + northKm / 111.2;
    double lon = TIMES_SQUARE[1] + eastKm / (111.2 * Math.cos(Math.toRadians(lat)));
    return new Cab(id, seats, lat, lon, H3Cells.cell(lat, lon), 0, null);
  }

  private Dispatcher.Decisions decide(Fleet fleet, String... rides) {
    List<DecodedRequest> batch = new ArrayList<>();
    for (String r : rides) {
      batch.add(record(r));
    }
    return dispatcher.decide(batch, NOW, id -> true, fleet);
  }

  private static Map<String, RideOutcome> byRide(Dispatcher.Decisions d) {
    return d.outcomes().stream()
        .collect(Collectors.toMap(RideOutcome::rideId, Function.identity()));
  }

  @Test
  void answersARideThatAppearsTwiceInABatchOnce() {
    Dispatcher.Decisions d =
        decide(
            new Fleet(List.of(cab("c1", 4, 0.5, 0), cab("c2", 4, 1, 0))),
            ride("a", 1),
            ride("a", 1));
    assertEquals(1, d.outcomes().size());
    assertEquals(ResultStatus.DISPATCHED, d.outcomes().get(0).status());
    assertEquals(1, d.changedCabs().size());
  }

  @Test
  void rejectsAnInvalidRecordThatNamesARideAndDeadLettersIt() {
    Dispatcher.Decisions d = decide(new Fleet(List.of()), ride("b", 9));
    assertEquals(ResultStatus.REJECTED, d.outcomes().get(0).status());
    assertEquals("passengers must be between 1 and 6, not 9", d.outcomes().get(0).reason());
    assertEquals(1, d.deadLetters().size());
  }

  @Test
  void deadLettersGarbageWithoutTouchingAnyRideAndGoesOn() {
    Dispatcher.Decisions d =
        decide(new Fleet(List.of(cab("c1", 4, 0, 0))), "garbage", ride("c", 2));
    assertEquals(1, d.deadLetters().size());
    assertEquals(1, d.outcomes().size());
    assertEquals("c", d.outcomes().get(0).rideId());
  }

  @Test
  void givesTheNearestFreeCab() {
    Fleet fleet =
        new Fleet(List.of(cab("far", 4, 2, 0), cab("near", 4, 0.3, 0), cab("mid", 4, 1, 0)));
    RideOutcome o = decide(fleet, ride("r", 1)).outcomes().get(0);
    assertEquals("near", o.cab().id());
    assertTrue(o.cab().trip().pickupEtaSeconds() > 0);
    // 0.3 km × 1.3 detour at the 18 km/h fallback speed ≈ 78 s
    assertEquals(78, o.cab().trip().pickupEtaSeconds(), 2);
  }

  @Test
  void aCabOnThePickupSpotStillGetsAMinuteToPullUp() {
    RideOutcome o =
        decide(new Fleet(List.of(cab("here", 4, 0, 0))), ride("r", 1)).outcomes().get(0);
    assertEquals("here", o.cab().id());
    assertEquals(Dispatcher.MIN_PICKUP_SECONDS, o.cab().trip().pickupEtaSeconds());
  }

  @Test
  void neverGivesOneCabTwiceAndTellsTheRestThereIsNone() {
    Fleet fleet = new Fleet(List.of(cab("c1", 4, 0.2, 0), cab("c2", 4, 0.4, 0)));
    Map<String, RideOutcome> o = byRide(decide(fleet, ride("a", 1), ride("b", 1), ride("c", 1)));
    Set<String> cabs = new HashSet<>();
    int noCab = 0;
    for (RideOutcome x : o.values()) {
      if (x.status().equals(ResultStatus.DISPATCHED)) {
        assertTrue(cabs.add(x.cab().id()), "cab given twice: " + x.cab().id());
      } else {
        assertEquals(ResultStatus.NO_CAB, x.status());
        assertTrue(x.reason().contains("no free cab with room for 1 passenger within 5.0 km"));
        assertTrue(x.estimate() != null, "NO_CAB still tells the fare");
        noCab++;
      }
    }
    assertEquals(2, cabs.size());
    assertEquals(1, noCab);
    assertTrue(fleet.freeAt(NOW_MS).isEmpty());
  }

  @Test
  void respectsSeatsEvenWhenASmallerCabIsNearer() {
    Fleet fleet = new Fleet(List.of(cab("sedan", 4, 0.1, 0), cab("van", 6, 3, 0)));
    assertEquals("van", decide(fleet, ride("group", 5)).outcomes().get(0).cab().id());
    Fleet sedansOnly = new Fleet(List.of(cab("sedan", 4, 0.1, 0)));
    RideOutcome none = decide(sedansOnly, ride("group", 5)).outcomes().get(0);
    assertEquals(ResultStatus.NO_CAB, none.status());
    assertTrue(none.reason().contains("room for 5 passengers"), none.reason());
  }

  @Test
  void minimisesTheTotalPickupDistanceOfTheBatchNotEachRideInTurn() {
    // Ride a (Times Square) could take x (0.5 km) or y (0.9 km); ride b, six people 1.4 km north,
    // fits only in x. Nearest-first for a would leave b without a cab; the batch gives x to b.
    double[] north = {TIMES_SQUARE[0] + 1.4 / 111.2, TIMES_SQUARE[1]};
    Fleet fleet = new Fleet(List.of(cab("x", 6, 0.5, 0), cab("y", 4, -0.9, 0)));
    Map<String, RideOutcome> o =
        byRide(decide(fleet, ride("a", 1), ride("b", 6, north[0], north[1])));
    assertEquals("x", o.get("b").cab().id());
    assertEquals("y", o.get("a").cab().id());
  }

  @Test
  void leavesACabOutsideTheRadiusAlone() {
    Fleet fleet = new Fleet(List.of(cab("far", 4, 5.5, 0)));
    assertEquals(ResultStatus.NO_CAB, decide(fleet, ride("r", 1)).outcomes().get(0).status());
  }

  @Test
  void aBusyCabIsFreeAgainAtTheDropoffOnceItsTripIsOver() {
    Fleet fleet = new Fleet(List.of(cab("only", 4, 0.3, 0)));
    Cab taken = decide(fleet, ride("first", 1)).outcomes().get(0).cab();
    assertEquals(40.6413, taken.lat());
    assertTrue(taken.freeAt() > NOW_MS);
    assertTrue(fleet.freeAt(taken.freeAt() - 1).isEmpty());
    assertEquals(List.of(taken), fleet.freeAt(taken.freeAt()));
  }

  @Test
  void theSameBatchAndFleetGiveTheSameMatches() {
    List<Cab> cabs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      cabs.add(cab("c" + i, i % 7 == 6 ? 6 : 4, (i % 7) * 0.37 - 1, (i / 7) * 0.41 - 1));
    }
    String[] rides = new String[30];
    for (int i = 0; i < rides.length; i++) {
      rides[i] =
          ride(
              "r" + i,
              1 + i % 6,
              TIMES_SQUARE[0] + (i % 5) * 0.004,
              TIMES_SQUARE[1] + (i / 5) * 0.004);
    }
    Map<String, RideOutcome> first = byRide(decide(new Fleet(cabs), rides));
    Map<String, RideOutcome> second = byRide(decide(new Fleet(cabs), rides));
    assertEquals(first, second);
  }

  @Test
  void aReplayedBatchAnswersNothingTwiceAndGivesNoSecondCab() {
    Fleet fleet =
        new Fleet(List.of(cab("c1", 4, 0.2, 0), cab("c2", 4, 0.4, 0), cab("c3", 4, 0.6, 0)));
    List<DecodedRequest> batch = List.of(record(ride("a", 1)), record(ride("b", 1)));
    Map<String, RideOutcome> first = byRide(dispatcher.decide(batch, NOW, id -> true, fleet));
    List<Cab> freeAfterFirst = fleet.freeAt(NOW_MS);

    // The answers were stored: a replay finds no ride waiting and changes nothing.
    Dispatcher.Decisions answered = dispatcher.decide(batch, NOW, id -> false, fleet);
    assertTrue(answered.outcomes().isEmpty());
    assertTrue(answered.changedCabs().isEmpty());

    // The cabs were stored but the answers were not (crash in between): the same cabs again.
    Map<String, RideOutcome> replay = byRide(dispatcher.decide(batch, NOW, id -> true, fleet));
    assertEquals(first.get("a").cab(), replay.get("a").cab());
    assertEquals(first.get("b").cab(), replay.get("b").cab());
    assertNotEquals(first.get("a").cab().id(), first.get("b").cab().id());
    assertEquals(freeAfterFirst, fleet.freeAt(NOW_MS));
  }

  @Test
  void anEmptyFleetSaysTheCabsAreNotOnTheRoadYet() {
    RideOutcome o = decide(new Fleet(List.of()), ride("early", 1)).outcomes().get(0);
    assertEquals(ResultStatus.NO_CAB, o.status());
    assertTrue(o.reason().startsWith("no cabs are on the road yet"), o.reason());
    assertNull(o.cab());
  }

  @Test
  void aCrowdAtOneSpotGetsEveryCabInReachNotJustTheNearestFew() {
    List<Cab> cabs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      cabs.add(cab(String.format("c%02d", i), 4, 0.1 * (i + 1), 0));
    }
    String[] crowd = new String[30];
    for (int i = 0; i < crowd.length; i++) {
      crowd[i] = ride("r" + i, 1);
    }
    Dispatcher.Decisions d = decide(new Fleet(cabs), crowd);
    assertEquals(
        30, d.outcomes().stream().filter(o -> o.status().equals(ResultStatus.DISPATCHED)).count());
    // and the 30 nearest cabs are the ones taken
    Set<String> taken = new HashSet<>();
    d.outcomes().forEach(o -> taken.add(o.cab().id()));
    for (int i = 0; i < 30; i++) {
      assertTrue(taken.contains(String.format("c%02d", i)), "c" + i);
    }
  }

  @Test
  void neighboursCompetingForTheSameFewCabsStillGetTheFartherOnes() {
    List<Cab> cabs = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      cabs.add(cab(String.format("c%02d", i), 4, 0.05 * (i + 1), 0.02 * (i % 3)));
    }
    String[] rides = new String[30];
    for (int i = 0; i < rides.length; i++) {
      // five spots a block apart, in different res-9 and maybe res-8 cells
      rides[i] =
          ride("n" + i, 1, TIMES_SQUARE[0] + (i % 5) * 0.003, TIMES_SQUARE[1] - (i % 5) * 0.004);
    }
    Dispatcher.Decisions d = decide(new Fleet(cabs), rides);
    assertEquals(
        30, d.outcomes().stream().filter(o -> o.status().equals(ResultStatus.DISPATCHED)).count());
  }
}

package nyc.cabportal.trips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Each rule on a real row of the shared files that breaks it (line numbers count the header as 1).
 * The 0.1 % Yellow sample holds no negative amount, no fare below the flag drop, no dropoff before
 * pickup and no passenger count out of range; those rules are shown on a real row with the one
 * field changed, as the full TLC files have such rows.
 */
class CleaningRulesTest {

  private static final String YELLOW = SharedData.YELLOW_SAMPLE;

  @Test
  void keepsAnOrdinaryTrip() throws Exception {
    assertNull(check(YELLOW, 3));
    assertNull(check("tlc_raw_heads/green_tripdata_2014-09.head.csv", 4));
    assertNull(check(SharedData.UBER_SEPTEMBER, 3));
  }

  @Test
  void zeroCoordinates() throws Exception {
    // CMT,2014-01-23 12:38:46,…,0.0,0.0,1,N,0.0,0.0,CSH,9.5,…
    assertEquals(new Rejection(RejectReason.ZERO_COORDINATES, "pickup at 0,0"), check(YELLOW, 96));
    // Green's month-start artefact: 2,2014-02-01 00:00:00,2014-02-01 23:25:08,N,2,0,0,…
    assertEquals(
        RejectReason.ZERO_COORDINATES,
        check("tlc_raw_heads/green_tripdata_2014-02.head.csv", 4).reason());
  }

  @Test
  void outsideTheServiceArea() throws Exception {
    // pickup at 41.157168,-73.774553 (Westchester), rate code 5
    assertEquals(RejectReason.OUTSIDE_SERVICE_AREA, check(YELLOW, 7159).reason());
    // dropoff at 40.993027,-73.80554 (beyond the Bronx)
    assertEquals(
        new Rejection(RejectReason.OUTSIDE_SERVICE_AREA, "dropoff at 40.993027,-73.80553999999998"),
        check(YELLOW, 841));
    // Uber's first September row: 40.2201,-74.0021, central New Jersey
    assertEquals(RejectReason.OUTSIDE_SERVICE_AREA, check(SharedData.UBER_SEPTEMBER, 2).reason());
  }

  @Test
  void implausibleDuration() throws Exception {
    // CMT,2014-01-16 23:47:48,2014-01-16 23:48:20,1,0.0,… a 32-second trip
    assertEquals(new Rejection(RejectReason.IMPLAUSIBLE_DURATION, "32 s"), check(YELLOW, 583));
  }

  @Test
  void implausibleDistance() throws Exception {
    // VTS,2014-01-06 04:26:00,2014-01-06 04:31:00,2,0.0,… five minutes, no metered distance
    assertEquals(new Rejection(RejectReason.IMPLAUSIBLE_DISTANCE, "0.0 mi"), check(YELLOW, 872));
  }

  @Test
  void implausibleSpeed() throws Exception {
    // CMT,2014-03-05 17:46:46,2014-03-05 17:57:08,1,10.8,… 10.8 miles in 10 min 22 s
    assertEquals(new Rejection(RejectReason.IMPLAUSIBLE_SPEED, "100.6 km/h"), check(YELLOW, 5169));
  }

  @Test
  void invalidRateCode() throws Exception {
    // CMT,2014-03-12 12:05:05,…,40.750427,0,N,… rate code 0
    assertEquals(new Rejection(RejectReason.INVALID_CODE, "rate code 0"), check(YELLOW, 6081));
  }

  @Test
  void dropoffBeforePickup() throws Exception {
    String row = SharedData.line(YELLOW, 3).replace("2014-01-12 15:04:54", "2014-01-12 14:40:00");
    assertEquals(
        new Rejection(RejectReason.DROPOFF_BEFORE_PICKUP, "dropoff 521 s before pickup"),
        check(YELLOW, row));
  }

  @Test
  void negativeAndImplausibleAmounts() throws Exception {
    String row = SharedData.line(YELLOW, 3); // …,CRD,11.5,0.0,0.5,1.0,0.0,13.0
    assertEquals(
        new Rejection(RejectReason.NEGATIVE_AMOUNT, "tip -1.0"),
        check(YELLOW, row.replace(",0.5,1.0,", ",0.5,-1.0,")));
    assertEquals(
        new Rejection(RejectReason.IMPLAUSIBLE_AMOUNT, "fare 2.0"),
        check(YELLOW, row.replace(",11.5,", ",2.0,")));
    assertEquals(
        new Rejection(RejectReason.IMPLAUSIBLE_AMOUNT, "total 1300.0"),
        check(YELLOW, row.replace(",13.0", ",1300.0")));
  }

  @Test
  void passengersOutOfRange() throws Exception {
    String row = SharedData.line(YELLOW, 3);
    assertEquals(
        new Rejection(RejectReason.PASSENGERS_OUT_OF_RANGE, "0 passengers"),
        check(YELLOW, row.replace("15:04:54,1,", "15:04:54,0,")));
    assertEquals(
        RejectReason.PASSENGERS_OUT_OF_RANGE,
        check(YELLOW, row.replace("15:04:54,1,", "15:04:54,9,")).reason());
  }

  @Test
  void theFirstBrokenRuleIsTheOneReason() throws Exception {
    // zero coordinates AND a zero-second trip: reported as zero coordinates only
    String row = SharedData.line(YELLOW, 96).replace("12:51:09", "12:38:46");
    assertEquals(RejectReason.ZERO_COORDINATES, check(YELLOW, row).reason());
  }

  @Test
  void durationsCrossTheDaylightSavingSwitch() throws Exception {
    // 01:50 to 03:10 on 2014-03-09 is 20 minutes: clocks jumped from 2:00 to 3:00.
    String row =
        SharedData.line(YELLOW, 3)
            .replace("2014-01-12 14:48:41", "2014-03-09 01:50:00")
            .replace("2014-01-12 15:04:54", "2014-03-09 03:10:00");
    assertEquals(1200, TripParserTest.parser(YELLOW).parse(row).durationSeconds());
  }

  private static Rejection check(String file, int line) throws UnparseableRow {
    return CleaningRules.check(TripParserTest.parse(file, line));
  }

  private static Rejection check(String file, String row) throws UnparseableRow {
    return CleaningRules.check(TripParserTest.parser(file).parse(row));
  }
}

package nyc.cabportal.trips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void aTripThatLeavesTheServiceAreaIsKeptOffTheMap() throws Exception {
    // dropoff at 40.993027,-73.80554 (Westchester, beyond the Bronx), rate code 1
    Trip yellow = TripParserTest.parse(YELLOW, 841);
    assertNull(CleaningRules.check(yellow));
    assertFalse(CleaningRules.inServiceArea(yellow));
    // Uber's first September row: 40.2201,-74.0021, central New Jersey, 30 km beyond the area
    Trip uber = TripParserTest.parse(SharedData.UBER_SEPTEMBER, 2);
    assertNull(CleaningRules.check(uber));
    assertFalse(CleaningRules.inServiceArea(uber));
    assertTrue(CleaningRules.inServiceArea(TripParserTest.parse(YELLOW, 3)));
  }

  @Test
  void aPointFartherThanTheRegionIsABrokenReading() throws Exception {
    // CMT,2014-03-29 07:22:50,…,3.2,-66.87128,34.744429,… a 3.2-mile trip "from" the Atlantic
    assertEquals(
        new Rejection(RejectReason.OUTSIDE_REGION, "pickup at 34.744429,-66.87128"),
        check(YELLOW, 5076));
    // Uber April line 137,575: 42.1166,-72.0666, 189 km beyond the area, in Massachusetts
    assertEquals(RejectReason.OUTSIDE_REGION, check(SharedData.UBER_APRIL, 137_575).reason());
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

  @Test
  void aWholeMinuteTripInOneMinuteIsKept() throws Exception {
    // VTS,2014-03-22 03:56:00,2014-03-22 03:56:00,5,0.16,…,2.5,… VTS writes whole minutes: a
    // 0.16-mile trip that began and ended in the same minute, at the flag drop the meter charges.
    Trip t = TripParserTest.parse(YELLOW, 4931);
    assertNull(CleaningRules.check(t));
    assertEquals(30, t.durationSeconds());
    assertEquals(60, t.durationSlackSeconds());
    // CMT records seconds: its 0-second trips are still rejected.
    String cmt = SharedData.line(YELLOW, 583).replace("23:48:20", "23:47:48");
    assertEquals(new Rejection(RejectReason.IMPLAUSIBLE_DURATION, "0 s"), check(YELLOW, cmt));
  }

  @Test
  void wholeMinutesAllowAMinuteMoreBeforeATripIsTooFast() throws Exception {
    // A real VTS row made a 3-mile trip shown as 2 minutes: 145 km/h as recorded, but the record
    // allows up to 3 minutes (97 km/h). The same row from CMT, which records seconds, is too fast.
    String vts =
        SharedData.line(YELLOW, 2).replace("19:26:00", "19:24:00").replace(",6,0.8,", ",6,3.0,");
    assertNull(check(YELLOW, vts));
    assertEquals(
        RejectReason.IMPLAUSIBLE_SPEED, check(YELLOW, vts.replace("VTS,", "CMT,")).reason());
  }

  @Test
  void theHourTheClockRepeatsIsReadAsTheShorterTrip() throws Exception {
    // On 2014-11-02 the clocks went back from 2:00 EDT to 1:00 EST, and the files do not say which
    // 1 AM a time is in. (The shared files end in September; a real row with its times moved.)
    String row = SharedData.line(YELLOW, 3); // CMT, 14:48:41 → 15:04:54, 1.8 mi
    // Picked up at 1:50 in the first 1 AM hour, dropped off at 1:05 in the second: 15 minutes.
    assertEquals(900, duration(row, "2014-11-02 01:50:00", "2014-11-02 01:05:00"));
    // Picked up at 1:50 in the second hour, dropped off at 2:10: 20 minutes, not 80.
    assertEquals(1200, duration(row, "2014-11-02 01:50:00", "2014-11-02 02:10:00"));
    // Both in one hour: the plain difference, whichever hour it was.
    assertEquals(1800, duration(row, "2014-11-02 01:10:00", "2014-11-02 01:40:00"));
    // Across the hour before: 0:50 to 1:20 in the first 1 AM hour.
    assertEquals(1800, duration(row, "2014-11-02 00:50:00", "2014-11-02 01:20:00"));
    assertNull(
        check(
            YELLOW,
            row.replace("2014-01-12 14:48:41", "2014-11-02 01:50:00")
                .replace("2014-01-12 15:04:54", "2014-11-02 01:05:00")));
  }

  @Test
  void aRepeatedHourReadingTooFastForTheDistanceIsNotTaken() throws Exception {
    // 40 miles from 1:10 to 1:25: 15 minutes would be 257 km/h, so the trip began in the first
    // 1 AM hour and ended in the second, 1 h 15 min later.
    String row = SharedData.line(YELLOW, 3).replace(",1,1.8,", ",1,40.0,");
    assertEquals(4500, duration(row, "2014-11-02 01:10:00", "2014-11-02 01:25:00"));
  }

  private static long duration(String row, String pickup, String dropoff) throws UnparseableRow {
    return TripParserTest.parser(YELLOW)
        .parse(row.replace("2014-01-12 14:48:41", pickup).replace("2014-01-12 15:04:54", dropoff))
        .durationSeconds();
  }

  private static Rejection check(String file, int line) throws UnparseableRow {
    return CleaningRules.check(TripParserTest.parse(file, line));
  }

  private static Rejection check(String file, String row) throws UnparseableRow {
    return CleaningRules.check(TripParserTest.parser(file).parse(row));
  }
}

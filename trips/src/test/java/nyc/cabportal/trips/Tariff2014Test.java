package nyc.cabportal.trips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import nyc.cabportal.trips.TripFileReader.LineOutcome;
import nyc.cabportal.trips.geo.TaxiZones;
import nyc.cabportal.trips.input.InputFiles;
import org.junit.jupiter.api.Test;

class Tariff2014Test {

  /** Every line of the shared Yellow sample, read as data prep reads it. */
  private static void eachSampleLine(Consumer<LineOutcome> each) throws Exception {
    String name = SharedData.YELLOW_SAMPLE;
    try (TripFileReader r =
        new TripFileReader(
            InputFiles.open(SharedData.file(name)),
            TripFormat.detect(name, SharedData.line(name, 1)))) {
      for (LineOutcome o; (o = r.next()) != null; ) {
        each.accept(o);
      }
    }
  }

  @Test
  void theMeterChargesEachStartedUnitOfDistanceOrTime() {
    assertEquals(2.50, Tariff2014.meter(0, 0), 1e-9);
    assertEquals(3.00, Tariff2014.meter(0.2, 0), 1e-9);
    assertEquals(3.50, Tariff2014.meter(0.21, 0), 1e-9);
    assertEquals(12.50, Tariff2014.meter(2, 10), 1e-9); // 10 fifths + 10 slow minutes
    assertEquals(3.00, Tariff2014.distanceFare(0), 1e-9); // the flag drop and the MTA tax
  }

  @Test
  void aTripRunsBetweenAllOfItOneWayAndAllOfItBothWays() {
    Tariff2014.FareRange r = Tariff2014.meterRange(2, 15); // 10 distance units, 15 minutes
    assertEquals(2.50 + 0.50 * 15, r.low(), 1e-9);
    assertEquals(2.50 + 0.50 * 25, r.high(), 1e-9);
  }

  @Test
  void theRuleFollowsTheZonesATripJoins() {
    TaxiZones zones = TaxiZones.read(SharedData.file("taxi_zones.geojson"));
    var timesSquare = zones.of(40.7580, -73.9855);
    var jfk = zones.of(40.6413, -73.7781);
    var newark = zones.of(40.6895, -74.1745);
    var crownHeights = zones.of(40.6782, -73.9442);
    assertEquals(Tariff2014.Rule.JFK_FLAT, Tariff2014.rule(timesSquare, jfk));
    assertEquals(Tariff2014.Rule.JFK_FLAT, Tariff2014.rule(jfk, timesSquare));
    assertEquals(Tariff2014.Rule.METER, Tariff2014.rule(crownHeights, jfk), "Brooklyn is metered");
    assertEquals(Tariff2014.Rule.NEWARK, Tariff2014.rule(timesSquare, newark));
    assertEquals(Tariff2014.Rule.METER, Tariff2014.rule(timesSquare, Optional.empty()));
  }

  /**
   * The JFK rule against the real rows: of the sample's trips between Manhattan and the JFK zone,
   * how many were charged the flat fare.
   */
  @Test
  void theSamplesTripsBetweenManhattanAndJfkPaidTheFlatFare() throws Exception {
    TaxiZones zones = TaxiZones.read(SharedData.file("taxi_zones.geojson"));
    Map<String, Integer> n = new TreeMap<>();
    eachSampleLine(
        o -> {
          Trip t = o.trip();
          if (!o.kept() || t.rateCode() == null) {
            return;
          }
          Tariff2014.Rule rule =
              Tariff2014.rule(
                  zones.of(t.pickupLat(), t.pickupLon()), zones.of(t.dropoffLat(), t.dropoffLon()));
          if (rule == Tariff2014.Rule.JFK_FLAT) {
            n.merge("ruled", 1, Integer::sum);
            n.merge("flat", t.rateCode() == 2 ? 1 : 0, Integer::sum);
          } else if (t.rateCode() == 2) {
            n.merge("flatElsewhere", 1, Integer::sum);
          }
        });
    System.out.println("JFK rule (trips between Manhattan and JFK; at rate code 2): " + n);
    assertTrue(n.get("flat") > 0.9 * n.get("ruled"), n.toString());
  }

  @Test
  void timeSurchargesFollowTheClockAndTheWeekday() {
    LocalDateTime tuesday = LocalDateTime.of(2014, 4, 1, 0, 0);
    assertEquals(0.50, Tariff2014.timeSurcharge(tuesday.withHour(5)), 1e-9);
    assertEquals(0.00, Tariff2014.timeSurcharge(tuesday.withHour(6)), 1e-9);
    assertEquals(1.00, Tariff2014.timeSurcharge(tuesday.withHour(16)), 1e-9);
    assertEquals(0.50, Tariff2014.timeSurcharge(tuesday.withHour(20)), 1e-9);
    assertEquals(0.00, Tariff2014.timeSurcharge(tuesday.plusDays(4).withHour(17)), 1e-9);
  }

  /**
   * The tariff against the real 2014 rows: nearly every rate-code-1 fare lies in the meter's range
   * for its distance and duration (VTS times are whole minutes: a minute either way), the JFK fares
   * are flat, and the time surcharges are where the clock puts them.
   */
  @Test
  void reproducesTheFaresOfTheSharedYellowSample() throws Exception {
    Map<String, Integer> n = new TreeMap<>();
    eachSampleLine(
        o -> {
          Trip t = o.trip();
          if (t == null || t.rateCode() == null || t.fare() == null) {
            return;
          }
          if (t.rateCode() == 2) {
            n.merge("jfk", 1, Integer::sum);
            n.merge("jfkFlat", t.fare() == Tariff2014.JFK_FLAT ? 1 : 0, Integer::sum);
          }
          if (t.rateCode() != 1 || t.durationSeconds() == null || t.distanceKm() == null) {
            return;
          }
          n.merge("surcharged", 1, Integer::sum);
          boolean asTheClockSays =
              Math.abs(t.extra() - Tariff2014.timeSurcharge(t.pickupTime())) < 0.005;
          n.merge("surchargeAsTheClockSays", asTheClockSays ? 1 : 0, Integer::sum);
          double miles = t.distanceKm() / Trip.KM_PER_MILE;
          double minutes = t.durationSeconds() / 60.0;
          if (miles <= 0 || minutes <= 0) {
            return;
          }
          n.merge("metered", 1, Integer::sum);
          double slack = t.durationSlackSeconds() / 60.0;
          Tariff2014.FareRange range =
              new Tariff2014.FareRange(
                  Tariff2014.meterRange(miles, Math.max(0, minutes - slack)).low(),
                  Tariff2014.meterRange(miles, minutes + slack).high());
          n.merge(
              range.holds(t.fare(), Tariff2014.UNIT)
                  ? "inRange"
                  : t.fare() < range.low() ? "below" : "above",
              1,
              Integer::sum);
        });
    int metered = n.get("metered");
    int inRange = n.get("inRange");
    int jfk = n.get("jfk");
    int jfkFlat = n.get("jfkFlat");
    int surcharged = n.get("surcharged");
    int surchargeAsTheClockSays = n.get("surchargeAsTheClockSays");
    String outside = "{above=" + n.get("above") + ", below=" + n.get("below") + "}";
    System.out.printf(
        "tariff: %d of %d rate-code-1 fares in the meter's range (%.1f %%), outside %s;"
            + " JFK flat %d of %d; time surcharge as the clock says %d of %d (%.1f %%)%n",
        inRange,
        metered,
        100.0 * inRange / metered,
        outside,
        jfkFlat,
        jfk,
        surchargeAsTheClockSays,
        surcharged,
        100.0 * surchargeAsTheClockSays / surcharged);
    assertEquals(21_387, metered);
    assertEquals(21_317, inRange);
    assertEquals(401, jfkFlat);
    assertTrue(surchargeAsTheClockSays > 0.95 * surcharged, surchargeAsTheClockSays + "");
  }
}

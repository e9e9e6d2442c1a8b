package nyc.cabportal.worker.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import nyc.cabportal.trips.geo.Boroughs;
import nyc.cabportal.trips.geo.GreatCircle;
import nyc.cabportal.trips.geo.H3Cells;
import nyc.cabportal.worker.estimate.InterimMeterEstimator;
import nyc.cabportal.worker.estimate.TripEstimate;
import nyc.cabportal.worker.estimate.TripQuery;
import org.junit.jupiter.api.Test;

class HistoricalEstimatorTest {

  private static final Boroughs NYC =
      Boroughs.read(
          Path.of(System.getProperty("cabportal.data.dir", "../../shared/data"))
              .resolve("nyc_borough_boundaries.geojson"));

  /** Tuesday 18:30, New York. */
  private static final LocalDateTime TUESDAY_EVENING = LocalDateTime.parse("2014-10-14T18:30:00");

  private static final TripQuery TIMES_SQUARE_TO_JFK =
      new TripQuery(40.7580, -73.9855, 40.6413, -73.7781, 2, TUESDAY_EVENING);

  private static final ModelGroup MANHATTAN_QUEENS =
      new ModelGroup(
          "Manhattan to Queens, weekday 18-21h",
          "from Manhattan to Queens",
          500,
          3.0,
          2.5,
          4.0,
          0.3,
          0.5,
          1.2,
          5.0,
          0.8,
          0.4);
  private static final ModelGroup CITY =
      new ModelGroup(
          "all boroughs, all week",
          "across the city at any time of the week",
          20000,
          4.0,
          2.0,
          5.0,
          0.35,
          0.3,
          1.25,
          5.5,
          0.7,
          0.45);

  private static TripHistory history(Map<String, TripStats> estimates) {
    return new TripHistory(
        "run-1",
        estimates,
        Map.of(
            "Manhattan|Queens|weekday|18", MANHATTAN_QUEENS,
            "any|any|any|any", CITY),
        Map.of(),
        DropoffPoints.NONE);
  }

  private static TripEstimate estimate(TripHistory h, TripQuery q) {
    return new HistoricalEstimator(() -> h, NYC, new InterimMeterEstimator()).estimate(q);
  }

  private static String key(int res, int hours, TripQuery q) {
    return TripHistory.estimateKey(
        res,
        hours,
        H3Cells.cell(q.pickupLat(), q.pickupLon()),
        H3Cells.cell(q.dropoffLat(), q.dropoffLon()),
        PickupTime.of(q.pickupAt()));
  }

  @Test
  void scalesTheCityLineBySimilarTripsFinerLevelsPulledTowardCoarserOnesByTheirTrips() {
    TripStats coarse = new TripStats(40, 2500, 30, 0.8, 0.9, 1.1, 0.95, -0.5, 0.0, 0.4, 1.2);
    TripStats fine = new TripStats(6, 2400, 31, 1.0, 1.2, 1.4, 1.3, -0.2, 0.3, 0.7, 1.3);
    TripEstimate e =
        estimate(
            history(
                Map.of(
                    key(6, 6, TIMES_SQUARE_TO_JFK), coarse, key(7, 3, TIMES_SQUARE_TO_JFK), fine)),
            TIMES_SQUARE_TO_JFK);
    assertEquals("history", e.method());
    assertEquals(6, e.trips());
    assertEquals("H3 res 7, weekday 18-21h", e.level());
    assertTrue(
        e.detail()
            .matches(
                "Meter: about \\d+\\.\\d km and \\d+ min → \\$\\d+\\.\\d\\d, from 6 past"
                    + " trips between these areas on weekdays, 6–9 PM"),
        e.detail());
    double km = GreatCircle.km(40.7580, -73.9855, 40.6413, -73.7781);
    double line = 4.0 + 2.0 * km; // the city group
    // From what the model of the borough pair and hour says, as a ratio to the city line, → 0.9
    // (40 trips: weight 40/43) → toward 1.2 (6 trips: weight 6/9).
    double prior = (3.0 + 2.5 * km) / line;
    double ratio = prior + (0.9 - prior) * 40 / 43.0;
    ratio += (1.2 - ratio) * 6 / 9.0;
    assertEquals(line * ratio, e.fareP50(), 0.01);
    // The expected fare: the median × how far each level's mean lies above its median, pulled
    // toward the coarser levels' by a larger prior (a shape needs more trips than a location).
    int k = HistoricalEstimator.SHAPE_PRIOR_TRIPS;
    double skew = 1 + (0.95 / 0.9 - 1) * 40 / (40.0 + k);
    skew += (1.3 / 1.2 - skew) * 6 / (6.0 + k);
    assertEquals(line * ratio * skew, e.fareMean(), 0.01);
    // The range, a shape too, in log distances from the median, from the city line's spread:
    // ±1.2816 × residual sd 5.0 ÷ the line, then toward each level's p10 and p90.
    double below = -1.2816 * 5.0 / line;
    double above = -below;
    below += (Math.log(0.8 / 0.9) - below) * 40 / (40.0 + k);
    above += (Math.log(1.1 / 0.9) - above) * 40 / (40.0 + k);
    below += (Math.log(1.0 / 1.2) - below) * 6 / (6.0 + k);
    above += (Math.log(1.4 / 1.2) - above) * 6 / (6.0 + k);
    assertEquals(line * ratio * Math.exp(below), e.fareP10(), 0.01);
    assertEquals(line * ratio * Math.exp(above), e.fareP90(), 0.01);
    double log = (5.0 + 0.8 * Math.log(km)) - (5.5 + 0.7 * Math.log(km)); // the model's, then
    log += (0.0 - log) * 40 / 43.0;
    log += (0.3 - log) * 6 / 9.0;
    assertEquals(Math.exp(5.5 + 0.7 * Math.log(km)) * Math.exp(log), e.durationSeconds(), 1);
    // The trip time's range: a shape too, from the city line's ±TIME_Z90 × 0.45 in log seconds
    // toward each level's p10 and p90 about its median.
    double fast = -HistoricalEstimator.TIME_Z90 * 0.45;
    double slow = -fast;
    fast += (-0.5 - fast) * 40 / (40.0 + k);
    slow += (0.4 - slow) * 40 / (40.0 + k);
    fast += (-0.2 - 0.3 - fast) * 6 / (6.0 + k);
    slow += (0.7 - 0.3 - slow) * 6 / (6.0 + k);
    assertEquals(e.durationSeconds() * Math.exp(fast), e.durationP10Seconds(), 1);
    assertEquals(e.durationSeconds() * Math.exp(slow), e.durationP90Seconds(), 1);
  }

  @Test
  void fallsBackToTheModelOfTheBoroughPairAndTime() {
    TripEstimate e = estimate(history(Map.of()), TIMES_SQUARE_TO_JFK);
    double km = GreatCircle.km(40.7580, -73.9855, 40.6413, -73.7781);
    assertEquals("model", e.method());
    assertEquals(500, e.trips());
    assertEquals("model fitted on 500 trips: Manhattan to Queens, weekday 18-21h", e.level());
    assertTrue(
        e.detail().endsWith("from a line fitted to 500 past trips from Manhattan to Queens"),
        e.detail());
    assertEquals(3.0 + 2.5 * km, e.fareP50(), 0.1);
    assertEquals(e.fareP50(), e.fareMean());
    // The range's deviation grows with the root of the fare.
    assertEquals(e.fareP50() - 1.2816 * 0.3 * Math.sqrt(e.fareP50()), e.fareP10(), 0.02);
    assertEquals(e.fareP50() + 1.2816 * 0.3 * Math.sqrt(e.fareP50()), e.fareP90(), 0.02);
    assertEquals(Math.exp(5.0 + 0.8 * Math.log(km)), e.durationSeconds(), 10);
    // The trip time's range: the group's residual spread of log duration, ±TIME_Z90 × 0.4.
    double z = HistoricalEstimator.TIME_Z90;
    assertEquals(e.durationSeconds() * Math.exp(-z * 0.4), e.durationP10Seconds(), 1);
    assertEquals(e.durationSeconds() * Math.exp(z * 0.4), e.durationP90Seconds(), 1);
    assertEquals(0.5 + 1.2 * km, e.distanceKm(), 0.1);
  }

  @Test
  void fallsBackToTheCityModelForAPairWithoutOne() {
    TripQuery weekend =
        new TripQuery(
            40.7580, -73.9855, 40.6413, -73.7781, 2, LocalDateTime.parse("2014-10-18T03:00"));
    TripEstimate e = estimate(history(Map.of()), weekend);
    assertTrue(e.level().endsWith("all boroughs, all week"), e.level());
    assertTrue(e.detail().endsWith("across the city at any time of the week"), e.detail());
  }

  @Test
  void usesTheInterimFormulaUntilDataPrepHasBuiltTables() {
    assertEquals(
        "interim-metered-formula", estimate(TripHistory.NONE, TIMES_SQUARE_TO_JFK).method());
  }

  @Test
  void pickupTimeIsTheHourOfWeekOfNewYorkTime() {
    PickupTime t = PickupTime.of(TUESDAY_EVENING);
    assertEquals("weekday", t.dayType());
    assertEquals(24 + 18, t.hourOfWeek());
    assertEquals("weekday 18-19h", t.label(1));
    assertEquals("weekday all day", t.label(24));
    assertEquals("weekend", PickupTime.of(LocalDateTime.parse("2014-10-19T23:00")).dayType());
  }
}

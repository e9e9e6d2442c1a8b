package nyc.cabportal.trips;

import nyc.cabportal.trips.geo.NewYork;

/**
 * The rules a parsed trip must pass to be kept, checked in the order of {@link RejectReason} so
 * that a row has exactly one reason. Every threshold is here, named, and in data-prep/README.md
 * with the evidence from the shared data that decided it.
 */
public final class CleaningRules {

  public static final long MIN_DURATION_S = 60;
  public static final long MAX_DURATION_S = 3 * 3600;
  public static final double MAX_DISTANCE_KM = 100 * Trip.KM_PER_MILE;
  public static final double MAX_SPEED_KMH = 100;
  public static final double MIN_FARE = Tariff2014.FLAG_DROP;
  public static final double MAX_FARE = 500;
  public static final double MAX_TOTAL = 1000;
  public static final int MIN_PASSENGERS = 1;
  public static final int MAX_PASSENGERS = 6;

  private CleaningRules() {}

  /** The first rule {@code t} breaks, or null when it is kept. Duplicates are found per file. */
  public static Rejection check(Trip t) {
    boolean taxi = t.source() != Source.UBER;
    if (zero(t.pickupLat(), t.pickupLon()) || (taxi && zero(t.dropoffLat(), t.dropoffLon()))) {
      return new Rejection(
          RejectReason.ZERO_COORDINATES,
          zero(t.pickupLat(), t.pickupLon()) ? "pickup at 0,0" : "dropoff at 0,0");
    }
    if (!NewYork.inRegion(t.pickupLat(), t.pickupLon())) {
      return new Rejection(
          RejectReason.OUTSIDE_REGION, "pickup at " + t.pickupLat() + "," + t.pickupLon());
    }
    if (taxi && !NewYork.inRegion(t.dropoffLat(), t.dropoffLon())) {
      return new Rejection(
          RejectReason.OUTSIDE_REGION, "dropoff at " + t.dropoffLat() + "," + t.dropoffLon());
    }
    if (!taxi) {
      return t.knownVendor()
          ? null
          : new Rejection(RejectReason.INVALID_CODE, "base " + t.vendor());
    }
    long seconds = t.durationSeconds();
    if (seconds < 0) {
      return new Rejection(
          RejectReason.DROPOFF_BEFORE_PICKUP, "dropoff " + (-seconds) + " s before pickup");
    }
    // A whole-minute record allows a minute either way: a trip shown as 0 s may have lasted 59.
    long slack = t.durationSlackSeconds();
    if (seconds + slack < MIN_DURATION_S || seconds - slack > MAX_DURATION_S) {
      return new Rejection(RejectReason.IMPLAUSIBLE_DURATION, seconds + " s");
    }
    if (t.distanceKm() <= 0 || t.distanceKm() > MAX_DISTANCE_KM) {
      return new Rejection(
          RejectReason.IMPLAUSIBLE_DISTANCE, round(t.distanceKm() / Trip.KM_PER_MILE) + " mi");
    }
    // The slowest speed the record allows: whole minutes make short trips look faster than they
    // were.
    double speed = t.distanceKm() / ((seconds + slack) / 3600.0);
    if (speed > MAX_SPEED_KMH) {
      return new Rejection(RejectReason.IMPLAUSIBLE_SPEED, round(speed) + " km/h");
    }
    String negative = negativeAmount(t);
    if (negative != null) {
      return new Rejection(RejectReason.NEGATIVE_AMOUNT, negative);
    }
    if (t.fare() < MIN_FARE || t.fare() > MAX_FARE) {
      return new Rejection(RejectReason.IMPLAUSIBLE_AMOUNT, "fare " + t.fare());
    }
    if (t.total() > MAX_TOTAL) {
      return new Rejection(RejectReason.IMPLAUSIBLE_AMOUNT, "total " + t.total());
    }
    if (t.passengers() < MIN_PASSENGERS || t.passengers() > MAX_PASSENGERS) {
      return new Rejection(RejectReason.PASSENGERS_OUT_OF_RANGE, t.passengers() + " passengers");
    }
    if (t.rateCode() < 1 || t.rateCode() > 6) {
      return new Rejection(RejectReason.INVALID_CODE, "rate code " + t.rateCode());
    }
    if (t.paymentType() == null) {
      return new Rejection(RejectReason.INVALID_CODE, "payment type " + t.paymentCode());
    }
    if (!t.knownVendor()) {
      return new Rejection(RejectReason.INVALID_CODE, "vendor " + t.vendorCode());
    }
    return null;
  }

  /**
   * Whether a kept trip starts (and, for a taxi, ends) in the service area. One that does not is
   * real and counts in the volumes, but is left out of what needs its points on the city's map:
   * heat maps, busiest areas, estimates and the fleet's placement.
   */
  public static boolean inServiceArea(Trip t) {
    return NewYork.inServiceArea(t.pickupLat(), t.pickupLon())
        && (t.dropoffLat() == null || NewYork.inServiceArea(t.dropoffLat(), t.dropoffLon()));
  }

  /**
   * The rule for a quirk of the 2014 files that decided how a kept trip was read, or null: its
   * times fall in the hour the November switch repeats ({@link Trip#durationSeconds}), or it is a
   * whole-minute record kept only thanks to the minute of slack — shown as under a minute, or too
   * fast over the minutes shown.
   */
  public static Quirk quirk(Trip t) {
    if (t.inRepeatedHour()) {
      return Quirk.REPEATED_HOUR;
    }
    if (t.wholeMinuteTimes()) {
      Long seconds = t.durationSeconds();
      if (seconds != null
          && (seconds < MIN_DURATION_S
              || t.distanceKm() != null && t.speedKmh() != null && t.speedKmh() > MAX_SPEED_KMH)) {
        return Quirk.WHOLE_MINUTE_TIMES;
      }
    }
    return null;
  }

  private static boolean zero(Double lat, Double lon) {
    return lat != null && lon != null && lat == 0 && lon == 0;
  }

  private static String negativeAmount(Trip t) {
    String[] names = {"fare", "extra", "mta_tax", "tip", "tolls", "total"};
    Double[] values = {t.fare(), t.extra(), t.mtaTax(), t.tip(), t.tolls(), t.total()};
    for (int i = 0; i < names.length; i++) {
      if (values[i] < 0) {
        return names[i] + " " + values[i];
      }
    }
    return null;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}

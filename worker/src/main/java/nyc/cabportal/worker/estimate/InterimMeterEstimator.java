package nyc.cabportal.worker.estimate;

import nyc.cabportal.trips.geo.GreatCircle;

/**
 * INTERIM estimator, kept as the answer before data prep has built any trip table (the worker
 * starts beside data prep on a first start; {@code HistoricalEstimator} falls back to it). It uses
 * no trip history:
 *
 * <ul>
 *   <li>distance = great-circle distance × {@value #DETOUR} (streets are not straight lines);
 *   <li>fare = the 2014 NYC yellow-cab meter: $2.50 on entry + $0.50 per 1/5 mile + $0.50 MTA tax
 *       (no time-in-traffic charge, no tolls, no JFK flat fare);
 *   <li>duration = distance at {@value #SPEED_KMH} km/h, the median speed of the trips in the
 *       shared 2014 Yellow sample (distance &gt; 0, longer than a minute);
 *   <li>fare range: p10 = {@value #P10} × p50 and p90 = {@value #P90} × p50, a fixed spread
 *       standing in for traffic.
 * </ul>
 */
public final class InterimMeterEstimator implements TripEstimator {

  /** Streets are not straight lines: road distance ≈ this × the great-circle distance. */
  public static final double DETOUR = 1.3;

  public static final double SPEED_KMH = 18.0;
  static final double P10 = 0.9;
  static final double P90 = 1.25;
  static final double KM_PER_MILE = 1.609344;
  static final String METHOD = "interim-metered-formula";
  static final String DETAIL =
      "interim formula, no trip history: great-circle distance x 1.3, 2014 NYC meter"
          + " ($2.50 + $0.50 per 1/5 mile + $0.50 MTA tax), 18 km/h";

  @Override
  public TripEstimate estimate(TripQuery q) {
    double km =
        GreatCircle.km(q.pickupLat(), q.pickupLon(), q.dropoffLat(), q.dropoffLon()) * DETOUR;
    double fare = meterFare(km / KM_PER_MILE);
    int seconds = (int) Math.round(km / SPEED_KMH * 3600);
    return new TripEstimate(
        TripEstimate.cents(fare * P10),
        TripEstimate.cents(fare),
        TripEstimate.cents(fare * P90),
        seconds,
        TripEstimate.cents(km),
        METHOD,
        0,
        DETAIL);
  }

  /** The 2014 meter for {@code miles}: each started fifth of a mile costs $0.50. */
  static double meterFare(double miles) {
    long fifths = (long) Math.ceil(miles * 5 - 1e-9);
    return 2.50 + 0.50 * fifths + 0.50;
  }
}

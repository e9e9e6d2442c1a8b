package nyc.cabportal.worker.estimate;

import java.util.Locale;
import nyc.cabportal.trips.Tariff2014;
import nyc.cabportal.trips.Trip;
import nyc.cabportal.trips.geo.GreatCircle;
import nyc.cabportal.trips.geo.StreetTravel;

/**
 * INTERIM estimator, kept as the answer before data prep has built any trip table (the worker
 * starts beside data prep on a first start; {@code HistoricalEstimator} falls back to it). It uses
 * no trip history:
 *
 * <ul>
 *   <li>distance = great-circle distance × {@link StreetTravel#DETOUR} (streets are not straight
 *       lines);
 *   <li>fare = the 2014 NYC yellow-cab meter's distance fare ({@link Tariff2014#distanceFare}: no
 *       time-in-traffic charge, no tolls, no JFK flat fare);
 *   <li>duration = distance at {@link StreetTravel#MEDIAN_SPEED_KMH} km/h;
 *   <li>fare range: p10 = {@value #P10} × p50 and p90 = {@value #P90} × p50, a fixed spread
 *       standing in for traffic; the expected fare is the p50;
 *   <li>trip time range: p10 = {@value #DURATION_P10} × the duration and p90 = {@value
 *       #DURATION_P90} × it, the same kind of stand-in.
 * </ul>
 */
public final class InterimMeterEstimator implements TripEstimator {

  static final double P10 = 0.9;
  static final double P90 = 1.25;
  static final double DURATION_P10 = 0.7;
  static final double DURATION_P90 = 1.5;
  static final String METHOD = "interim-metered-formula";
  static final String LEVEL =
      String.format(
          Locale.ROOT,
          "interim formula, no trip history: great-circle distance x %s, 2014 NYC meter ($%.2f +"
              + " $%.2f per 1/5 mile + $%.2f MTA tax), %.0f km/h",
          StreetTravel.DETOUR,
          Tariff2014.FLAG_DROP,
          Tariff2014.UNIT,
          Tariff2014.MTA_TAX,
          StreetTravel.MEDIAN_SPEED_KMH);

  /** What the formula rests on, in a rider's words. */
  static final String FROM =
      String.format(
          Locale.ROOT,
          "the straight line × %s at %.0f km/h: no past trips are loaded yet",
          StreetTravel.DETOUR,
          StreetTravel.MEDIAN_SPEED_KMH);

  @Override
  public TripEstimate estimate(TripQuery q) {
    double km =
        GreatCircle.km(q.pickupLat(), q.pickupLon(), q.dropoffLat(), q.dropoffLon())
            * StreetTravel.DETOUR;
    double fare = Tariff2014.distanceFare(km / Trip.KM_PER_MILE);
    int seconds = (int) Math.round(km / StreetTravel.MEDIAN_SPEED_KMH * 3600);
    return new TripEstimate(
        TripEstimate.cents(fare * P10),
        TripEstimate.cents(fare),
        TripEstimate.cents(fare * P90),
        TripEstimate.cents(fare),
        seconds,
        (int) Math.round(seconds * DURATION_P10),
        (int) Math.round(seconds * DURATION_P90),
        TripEstimate.cents(km),
        METHOD,
        0,
        LEVEL,
        FROM,
        TripEstimate.meterWords(km, seconds, fare, FROM));
  }
}

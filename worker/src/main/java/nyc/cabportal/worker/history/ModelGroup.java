package nyc.cabportal.worker.history;

import nyc.cabportal.trips.geo.GreatCircle;

/**
 * One group of data prep's {@code estimate_model} table: least-squares fits, on the trips of one
 * borough pair and time bucket, of fare and metered distance against the straight-line distance,
 * and of log duration against log straight-line distance.
 *
 * <p>The log duration's spread is its residual standard deviation ({@code durationLogResidualSd}).
 *
 * <p>The fare's spread twice: the residual standard deviation in dollars ({@code fareResidualSd})
 * and per root dollar of fare ({@code fareSdPerRootFare}), if its variance grows with the fare (as
 * a count of the meter's units does): at a fare f, the deviation is that × √f.
 *
 * @param label the group as the tables name it ("Manhattan to Queens, weekday 18-21h")
 * @param words the group in a rider's words ("from Manhattan to Queens on weekdays, 6–9 PM")
 */
public record ModelGroup(
    String label,
    String words,
    long trips,
    double fareIntercept,
    double farePerKm,
    double fareResidualSd,
    double fareSdPerRootFare,
    double kmIntercept,
    double kmPerKm,
    double durationLogIntercept,
    double durationLogKmSlope,
    double durationLogResidualSd) {

  public double fare(double straightKm) {
    return fareIntercept + farePerKm * Math.max(GreatCircle.MIN_TRIP_KM, straightKm);
  }

  public double roadKm(double straightKm) {
    return Math.max(
        straightKm, kmIntercept + kmPerKm * Math.max(GreatCircle.MIN_TRIP_KM, straightKm));
  }

  public double durationSeconds(double straightKm) {
    return Math.exp(
        durationLogIntercept
            + durationLogKmSlope * Math.log(Math.max(GreatCircle.MIN_TRIP_KM, straightKm)));
  }
}

package nyc.cabportal.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;
import nyc.cabportal.trips.Trip;

/**
 * Fare and log duration, each a least-squares line on the straight-line distance; and, as a bound
 * no estimator from pickup, dropoff and time can be expected to beat, the same lines on what is
 * known only after the trip: its metered distance. The accuracy benchmark's yardstick.
 */
record DistanceBaseline(
    double fareA,
    double fareB,
    double durA,
    double durB,
    double[] fareOnMetered,
    double[] durOnMetered) {

  static DistanceBaseline fit(List<Trip> trips) {
    double[] fare = line(trips, AccuracyBenchmark::straightKm, Trip::fare);
    double[] dur =
        line(
            trips,
            t -> Math.log(AccuracyBenchmark.straightKm(t)),
            t -> Math.log(t.durationSeconds()));
    return new DistanceBaseline(
        fare[0],
        fare[1],
        dur[0],
        dur[1],
        line(trips, Trip::distanceKm, Trip::fare),
        line(trips, t -> Math.log(t.distanceKm()), t -> Math.log(t.durationSeconds())));
  }

  List<String> bounds(List<Trip> evaluated) {
    EstimateErrors e = new EstimateErrors();
    for (Trip t : evaluated) {
      e.add(
          EstimateErrors.Estimate.point(
              fareOnMetered[0] + fareOnMetered[1] * t.distanceKm(),
              Math.exp(durOnMetered[0] + durOnMetered[1] * Math.log(t.distanceKm()))),
          t);
    }
    return List.of(
        e.row("bound: the same lines on the metered distance (known only after the trip)"));
  }

  double fare(double km) {
    return fareA + fareB * km;
  }

  double duration(double km) {
    return Math.exp(durA + durB * Math.log(km));
  }

  private static double[] line(
      List<Trip> trips, ToDoubleFunction<Trip> x, ToDoubleFunction<Trip> y) {
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (Trip t : trips) {
      double a = x.applyAsDouble(t);
      double b = y.applyAsDouble(t);
      sx += a;
      sy += b;
      sxx += a * a;
      sxy += a * b;
    }
    int n = trips.size();
    double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    return new double[] {(sy - slope * sx) / n, slope};
  }
}

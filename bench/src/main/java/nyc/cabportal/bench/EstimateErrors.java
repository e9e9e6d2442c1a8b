package nyc.cabportal.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Errors of fare and duration estimates against real trips, for {@link AccuracyBenchmark}: RMSE and
 * mean absolute error of the fare, RMSLE and mean absolute error of the duration, and how often the
 * fare range (p10–p90, when the estimate has one) holds the real fare.
 */
final class EstimateErrors {
  private long n;
  private double fareSq;
  private double fareAbs;
  private double logDurationSq;
  private double durationAbs;
  private long ranged;
  private long inRange;
  private double[] fareErrors = new double[256];

  /** An estimate without a range (the baseline). */
  void add(double fare, double actualFare, double duration, double actualDuration) {
    add(fare, Double.NaN, Double.NaN, actualFare, duration, actualDuration);
  }

  void add(
      double fare,
      double fareP10,
      double fareP90,
      double actualFare,
      double duration,
      double actualDuration) {
    if (n == fareErrors.length) {
      fareErrors = Arrays.copyOf(fareErrors, fareErrors.length * 2);
    }
    fareErrors[(int) n] = Math.abs(fare - actualFare);
    n++;
    fareSq += (fare - actualFare) * (fare - actualFare);
    fareAbs += Math.abs(fare - actualFare);
    double d = Math.log1p(Math.max(0, duration)) - Math.log1p(actualDuration);
    logDurationSq += d * d;
    durationAbs += Math.abs(duration - actualDuration);
    if (!Double.isNaN(fareP10)) {
      ranged++;
      inRange += actualFare >= fareP10 - 0.005 && actualFare <= fareP90 + 0.005 ? 1 : 0;
    }
  }

  double fareRmse() {
    return Math.sqrt(fareSq / n);
  }

  double durationRmsle() {
    return Math.sqrt(logDurationSq / n);
  }

  /** The share of real fares inside the p10–p90 range, or NaN without ranges. */
  double coverage() {
    return ranged == 0 ? Double.NaN : inRange / (double) ranged;
  }

  /**
   * How much of the fare's squared error the {@code share} of trips with the largest errors carry,
   * and the RMSE of the rest: "the worst 1 % (95 trips) carry 42 % of it; without them $2.82".
   */
  String tail(double share) {
    double[] e = Arrays.copyOf(fareErrors, (int) n);
    Arrays.sort(e);
    int worst = (int) Math.ceil(share * n);
    double rest = 0;
    for (int i = 0; i < e.length - worst; i++) {
      rest += e[i] * e[i];
    }
    return String.format(
        Locale.ROOT,
        "the worst %.0f %% of trips (%,d) carry %.0f %% of it, and without them the RMSE is $%.2f",
        100 * share,
        worst,
        100 * (1 - rest / fareSq),
        Math.sqrt(rest / (n - worst)));
  }

  String cells() {
    return String.format(Locale.ROOT, " %.2f | %.3f |", fareRmse(), durationRmsle());
  }

  String row(String name) {
    return String.format(
        Locale.ROOT,
        "| %s | %,d | %.2f | %.2f | %.3f | %.1f | %s |",
        name,
        n,
        fareRmse(),
        fareAbs / n,
        durationRmsle(),
        durationAbs / n / 60,
        ranged == 0 ? "—" : String.format(Locale.ROOT, "%.1f %%", 100 * coverage()));
  }

  static String header() {
    return "| estimates | trips | fare RMSE (USD) | fare MAE (USD) | duration RMSLE | duration MAE"
        + " (min) | p10–p90 holds the fare | baseline on the same trips: fare RMSE |"
        + " duration RMSLE |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
  }
}

package nyc.cabportal.bench;

import java.util.Locale;

/** Squared errors of fare and of log duration, for {@link AccuracyBenchmark}. */
final class EstimateErrors {
  private long n;
  private double fareSq;
  private double logDurationSq;

  void add(double fare, double actualFare, double duration, double actualDuration) {
    n++;
    fareSq += (fare - actualFare) * (fare - actualFare);
    double d = Math.log1p(Math.max(0, duration)) - Math.log1p(actualDuration);
    logDurationSq += d * d;
  }

  double fareRmse() {
    return Math.sqrt(fareSq / n);
  }

  double durationRmsle() {
    return Math.sqrt(logDurationSq / n);
  }

  String cells() {
    return String.format(Locale.ROOT, " %.2f | %.3f |", fareRmse(), durationRmsle());
  }

  String row(String name) {
    return String.format(
        Locale.ROOT, "| %s | %,d | %.2f | %.3f |", name, n, fareRmse(), durationRmsle());
  }
}

package nyc.cabportal.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import nyc.cabportal.trips.Trip;

/**
 * Errors of fare and duration estimates against real trips, for {@link AccuracyBenchmark}: RMSE and
 * mean absolute error of the fare, RMSLE and mean absolute error of the duration, and how often the
 * fare range and the trip time's range (p10–p90, when the estimate has them) hold the real fare and
 * the real time.
 *
 * <p>The fare's errors are those of the expected fare (the estimate's mean), which is what an RMSE
 * rewards; the typical fare (its p50, a median) is scored beside it — its RMSE, and how many real
 * fares lie above it.
 */
final class EstimateErrors {
  private long n;
  private double fareSq;
  private double fareAbs;
  private double fareSigned;
  private double logDurationSq;
  private double durationAbs;
  private long ranged;
  private long inRange;
  private long aboveMedian;
  private long timeRanged;
  private long timeInRange;
  private double medianSq;
  private double[] fareErrors = new double[256];
  private double[] logDurationErrors = new double[256];

  /**
   * One trip's estimate as scored: the expected fare, the fare's p10, p50 and p90, the trip time
   * and its p10 and p90 in seconds; NaN for what the estimate does not give.
   */
  record Estimate(
      double fare,
      double fareP10,
      double fareP50,
      double fareP90,
      double duration,
      double durationP10,
      double durationP90) {

    /** An estimate without ranges or a median (the baseline, the bound). */
    static Estimate point(double fare, double duration) {
      return new Estimate(
          fare, Double.NaN, Double.NaN, Double.NaN, duration, Double.NaN, Double.NaN);
    }
  }

  /** Scores {@code e} against the trip's real fare and time. */
  void add(Estimate e, Trip trip) {
    double fare = e.fare();
    double fareP10 = e.fareP10();
    double fareP50 = e.fareP50();
    double fareP90 = e.fareP90();
    double duration = e.duration();
    double actualFare = trip.fare();
    double actualDuration = trip.durationSeconds();
    if (n == fareErrors.length) {
      fareErrors = Arrays.copyOf(fareErrors, fareErrors.length * 2);
      logDurationErrors = Arrays.copyOf(logDurationErrors, logDurationErrors.length * 2);
    }
    double d = Math.log1p(Math.max(0, duration)) - Math.log1p(actualDuration);
    fareErrors[(int) n] = Math.abs(fare - actualFare);
    logDurationErrors[(int) n] = Math.abs(d);
    n++;
    fareSq += (fare - actualFare) * (fare - actualFare);
    fareAbs += Math.abs(fare - actualFare);
    fareSigned += fare - actualFare;
    logDurationSq += d * d;
    durationAbs += Math.abs(duration - actualDuration);
    if (!Double.isNaN(fareP10)) {
      ranged++;
      inRange += actualFare >= fareP10 - 0.005 && actualFare <= fareP90 + 0.005 ? 1 : 0;
      aboveMedian += actualFare > fareP50 + 0.005 ? 1 : 0;
      medianSq += (fareP50 - actualFare) * (fareP50 - actualFare);
    }
    if (!Double.isNaN(e.durationP10())) {
      timeRanged++;
      // Whole seconds both: a time on the range's edge is inside it.
      timeInRange += actualDuration >= e.durationP10() && actualDuration <= e.durationP90() ? 1 : 0;
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

  /** The share of real trip times inside their p10–p90 range, or NaN without ranges. */
  double timeCoverage() {
    return timeRanged == 0 ? Double.NaN : timeInRange / (double) timeRanged;
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

  /**
   * How far this estimate's error is above {@code other}'s on the same trips (added in the same
   * order), with a 95 % paired bootstrap interval: whether a group of a hundred trips is worse than
   * the baseline beyond what its sampling noise alone would show. Fixed seed: a rerun prints the
   * same interval.
   */
  Difference minus(EstimateErrors other, boolean fare) {
    if (other.n != n || n == 0) {
      throw new IllegalArgumentException("a paired comparison needs the same trips on both sides");
    }
    double[] a = fare ? fareErrors : logDurationErrors;
    double[] b = fare ? other.fareErrors : other.logDurationErrors;
    int trips = (int) n;
    double observed = rootMeanSquare(a, b, trips, null);
    SplittableRandom random = new SplittableRandom(19);
    double[] resampled = new double[BOOTSTRAP_RESAMPLES];
    int[] pick = new int[trips];
    for (int r = 0; r < resampled.length; r++) {
      for (int i = 0; i < trips; i++) {
        pick[i] = random.nextInt(trips);
      }
      resampled[r] = rootMeanSquare(a, b, trips, pick);
    }
    Arrays.sort(resampled);
    return new Difference(
        observed,
        resampled[(int) (0.025 * resampled.length)],
        resampled[(int) (0.975 * resampled.length) - 1]);
  }

  static final int BOOTSTRAP_RESAMPLES = 4_000;

  /** The root mean square of {@code a} less that of {@code b}, over {@code pick} (or all). */
  private static double rootMeanSquare(double[] a, double[] b, int n, int[] pick) {
    double sa = 0;
    double sb = 0;
    for (int i = 0; i < n; i++) {
      int j = pick == null ? i : pick[i];
      sa += a[j] * a[j];
      sb += b[j] * b[j];
    }
    return Math.sqrt(sa / n) - Math.sqrt(sb / n);
  }

  /**
   * One error less another on the same trips, and its 95 % interval.
   *
   * @param observed the difference on the trips as they are
   */
  record Difference(double observed, double low, double high) {

    /** Worse beyond its noise: the whole interval above zero. */
    boolean significant() {
      return low > 0;
    }

    /** "+$0.20 (95 % interval $0.09 … $0.38: …)" with {@code unit} "$". */
    String words(String unit, String format) {
      return String.format(
          Locale.ROOT,
          "+%s" + format + " (95 %% interval %s" + format + " … %s" + format + ": %s)",
          unit,
          observed,
          low < 0 ? "−" + unit : unit,
          Math.abs(low),
          high < 0 ? "−" + unit : unit,
          Math.abs(high),
          significant() ? "beyond its sampling noise" : "within its sampling noise");
    }
  }

  String cells() {
    return String.format(
        Locale.ROOT, " %.2f | %+.2f | %.3f |", fareRmse(), fareSigned / n, durationRmsle());
  }

  String row(String name) {
    return String.format(
        Locale.ROOT,
        "| %s | %,d | %.2f | %s | %.2f | %+.2f | %.3f | %.1f | %s | %s | %s |",
        name,
        n,
        fareRmse(),
        ranged == 0 ? "—" : String.format(Locale.ROOT, "%.2f", Math.sqrt(medianSq / ranged)),
        fareAbs / n,
        fareSigned / n,
        durationRmsle(),
        durationAbs / n / 60,
        ranged == 0 ? "—" : String.format(Locale.ROOT, "%.1f %%", 100 * coverage()),
        ranged == 0 ? "—" : String.format(Locale.ROOT, "%.1f %%", 100.0 * aboveMedian / ranged),
        timeRanged == 0 ? "—" : String.format(Locale.ROOT, "%.1f %%", 100 * timeCoverage()));
  }

  static String header() {
    return "| estimates | trips | fare RMSE (USD) | typical fare (p50) RMSE | fare MAE (USD) |"
        + " fare mean error (USD) | duration RMSLE | duration MAE (min) | p10–p90 holds the fare |"
        + " real fare above p50 | p10–p90 holds the trip time | baseline on the same trips: fare"
        + " RMSE | fare mean error | duration RMSLE |\n"
        + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
        + " ---: | ---: |";
  }
}

package nyc.cabportal.bench;

import java.util.List;
import java.util.Locale;

/** Nearest-rank percentiles of a sample of milliseconds. */
public record Percentiles(int count, double p50, double p95, double p99, double max) {

  static Percentiles of(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (v.length == 0) {
      return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    return new Percentiles(v.length, rank(v, 0.50), rank(v, 0.95), rank(v, 0.99), v[v.length - 1]);
  }

  private static double rank(double[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  String row(String name) {
    return String.format(
        Locale.ROOT, "%-34s %7d %9.1f %9.1f %9.1f %9.1f", name, count, p50, p95, p99, max);
  }

  static String header() {
    return String.format(
        Locale.ROOT, "%-34s %7s %9s %9s %9s %9s", "latency (ms)", "n", "p50", "p95", "p99", "max");
  }

  String json() {
    return String.format(
        Locale.ROOT,
        "{\"n\":%d,\"p50\":%.1f,\"p95\":%.1f,\"p99\":%.1f,\"max\":%.1f}",
        count,
        p50,
        p95,
        p99,
        max);
  }
}

package nyc.cabportal.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of {@link RideLoad}: every request as sent and answered, and every accepted ride's
 * end-to-end latency, to cut into windows of time ({@link #window}).
 */
public final class LoadRun {

  /**
   * One request: a ride or a probe ({@link RideLoad.Phase}), when it was due (seconds from the
   * start), its answer, how long it took, and for a 503 what kind of refusal it was.
   */
  record Sent(
      boolean probe,
      double dueSeconds,
      int status,
      double millis,
      String id,
      String refusal,
      String servedBy,
      String error) {}

  private final List<Sent> sent;
  private final Map<String, Double> endToEnd;
  private final Map<String, String> outcome;
  private final String cpuPerRide;

  LoadRun(
      List<Sent> sent,
      Map<String, Double> endToEnd,
      Map<String, String> outcome,
      String cpuPerRide) {
    this.sent = sent;
    this.endToEnd = endToEnd;
    this.outcome = outcome;
    this.cpuPerRide = cpuPerRide;
  }

  /**
   * CPU milliseconds per request of each part while the requests were sent and answered (not while
   * the rides were read back afterwards).
   */
  public String cpuPerRide() {
    return cpuPerRide;
  }

  /** The requests due in [{@code from}, {@code to}) seconds after the start. */
  public RideLoad.Result window(double from, double to) {
    List<Double> submit = new ArrayList<>();
    List<Double> refusedMs = new ArrayList<>();
    List<Double> e2e = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    Map<String, Integer> errors = new TreeMap<>();
    Map<String, Integer> servedBy = new TreeMap<>();
    Map<String, Integer> outcomes = new TreeMap<>();
    Map<String, Integer> refusals = new TreeMap<>();
    List<Sent> probes = new ArrayList<>();
    List<Double> refusedAt = new ArrayList<>();
    int count = 0;
    for (Sent s : sent) {
      if (s.dueSeconds() < from || s.dueSeconds() >= to) {
        continue;
      }
      if (s.probe()) {
        probes.add(s);
        continue;
      }
      count++;
      if (s.error() != null) {
        errors.merge(s.error(), 1, Integer::sum);
        continue;
      }
      statuses.merge(s.status(), 1, Integer::sum);
      if (s.status() == 202) {
        submit.add(s.millis());
        ids.add(s.id());
        servedBy.merge(s.servedBy(), 1, Integer::sum);
        Double ms = endToEnd.get(s.id());
        if (ms != null) {
          e2e.add(ms);
          outcomes.merge(outcome.get(s.id()), 1, Integer::sum);
        }
      } else if (s.status() == 503) {
        refusedMs.add(s.millis());
        refusedAt.add(s.dueSeconds());
        refusals.merge(s.refusal(), 1, Integer::sum);
        if (s.id() != null) {
          refused.add(s.id());
        }
      }
    }
    return new RideLoad.Result(
        count,
        ids.size(),
        ids,
        refused,
        servedBy,
        statuses,
        errors,
        Percentiles.of(submit),
        Percentiles.of(refusedMs),
        refusals,
        probeLatencies(probes, null),
        probeLatencies(probes, refusedAt),
        Percentiles.of(e2e),
        e2e.size(),
        outcomes,
        to - from,
        cpuPerRide);
  }

  /** How near a probe must be due to a refusal to be its floor: a fraction of a refusal's time. */
  static final double NEAR_SECONDS = 0.05;

  /**
   * The latency of the probes answered as the portal answers invalid requests (400), all of them if
   * {@code near} is null, else those due within {@value #NEAR_SECONDS} s of one of its times.
   */
  private static Percentiles probeLatencies(List<Sent> probes, List<Double> near) {
    double[] times =
        near == null ? null : near.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    List<Double> ms = new ArrayList<>();
    for (Sent p : probes) {
      if (p.status() != 400) {
        continue;
      }
      if (times != null && !within(times, p.dueSeconds(), NEAR_SECONDS)) {
        continue;
      }
      ms.add(p.millis());
    }
    return Percentiles.of(ms);
  }

  private static boolean within(double[] sorted, double t, double distance) {
    int i = Arrays.binarySearch(sorted, t);
    int at = i >= 0 ? i : -i - 1;
    return (at < sorted.length && sorted[at] - t <= distance)
        || (at > 0 && t - sorted[at - 1] <= distance);
  }
}

package nyc.cabportal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of {@link RideLoad}: every request as sent and answered, and every accepted ride's
 * end-to-end latency, to cut into windows of time ({@link #window}).
 */
public final class LoadRun {

  /** One request: when it was due (seconds from the start), its answer and how long it took. */
  record Sent(
      double dueSeconds, int status, double millis, String id, String servedBy, String error) {}

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
    int count = 0;
    for (Sent s : sent) {
      if (s.dueSeconds() < from || s.dueSeconds() >= to) {
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
        Percentiles.of(e2e),
        e2e.size(),
        outcomes,
        to - from,
        cpuPerRide);
  }
}

package nyc.cabportal.interfaces.admin;

import static nyc.cabportal.interfaces.JsonBuilders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.function.ToDoubleFunction;
import nyc.cabportal.domain.operations.BatchSummary;
import nyc.cabportal.domain.operations.OperationsTimeline;
import nyc.cabportal.domain.operations.OperationsTimeline.Minute;

/**
 * The live-operations page's data: one array per series, index = minute, and the latest batch.
 * Minutes without a value (no batch ended in them) are null, so charts show a gap, not a zero.
 */
final class OperationsJson {

  private OperationsJson() {}

  static JsonObject of(OperationsTimeline timeline, List<BatchSummary> batches, Instant now) {
    List<Minute> minutes = timeline.minutes();
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    minutes.forEach(m -> labels.add(m.start().toString()));
    JsonObjectBuilder outcomes = JSON.createObjectBuilder();
    for (String o : OperationsTimeline.OUTCOMES) {
      outcomes.add(o, series(minutes, m -> m.outcomes().getOrDefault(o, 0L), false));
    }
    JsonObjectBuilder out =
        JSON.createObjectBuilder()
            .add("at", now.toString())
            .add("minutes", labels)
            .add("requests", series(minutes, Minute::requests, false))
            .add("latencyP50Ms", series(minutes, m -> m.latencyMs(0.5), true))
            .add("latencyP95Ms", series(minutes, m -> m.latencyMs(0.95), true))
            .add("latencyP99Ms", series(minutes, m -> m.latencyMs(0.99), true))
            .add("queueLagMs", series(minutes, Minute::maxQueueLagMs, true))
            .add("batches", series(minutes, Minute::batches, false))
            .add("meanBatch", series(minutes, Minute::meanBatch, true))
            .add("maxBatch", series(minutes, Minute::maxBatch, true))
            .add("meanBatchMs", series(minutes, Minute::meanDurationMs, true))
            .add("maxBatchMs", series(minutes, Minute::maxDurationMs, true))
            .add("utilisationPercent", series(minutes, Minute::utilisationPercent, true))
            .add("outcomes", outcomes);
    JsonObjectBuilder totals = JSON.createObjectBuilder();
    long rides = 0;
    for (String o : OperationsTimeline.OUTCOMES) {
      long n = minutes.stream().mapToLong(m -> m.outcomes().getOrDefault(o, 0L)).sum();
      totals.add(o, n);
      rides += n;
    }
    out.add("outcomeTotals", totals).add("answered", rides).add("batchCount", batches.size());
    if (!batches.isEmpty()) {
      BatchSummary last =
          batches.stream().max(java.util.Comparator.comparing(BatchSummary::at)).orElseThrow();
      out.add(
          "last",
          JSON.createObjectBuilder()
              .add("at", last.at().toString())
              .add("records", last.records())
              .add("durationMs", last.durationMs())
              .add("queueLagMs", last.queueLagMs())
              .add("cabs", last.cabs())
              .add("busyCabs", last.busyCabs()));
    }
    return out.build();
  }

  /**
   * A value per minute; with {@code onlyWithBatches}, null for a minute no batch ended in (a
   * latency or a batch size of an idle minute is unknown, not zero).
   */
  private static JsonArrayBuilder series(
      List<Minute> minutes, ToDoubleFunction<Minute> value, boolean onlyWithBatches) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (Minute m : minutes) {
      double v = value.applyAsDouble(m);
      if ((onlyWithBatches && m.batches() == 0) || Double.isNaN(v)) {
        a.addNull();
      } else {
        a.add(Math.round(v * 10) / 10.0);
      }
    }
    return a;
  }
}

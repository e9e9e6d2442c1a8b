package nyc.cabportal.worker.operations;

import java.time.Instant;
import java.util.List;

/**
 * Where the report of each micro-batch goes: the store (the admins' live-operations page) and the
 * worker's own metrics (Prometheus). Neither may fail a batch: a report lost costs a dot on a
 * chart, never a ride.
 */
public interface BatchReports {

  void save(BatchReport report, Instant at);

  /** Every report to each of {@code sinks}, in order. */
  static BatchReports all(BatchReports... sinks) {
    List<BatchReports> each = List.of(sinks);
    return (report, at) -> each.forEach(s -> s.save(report, at));
  }
}

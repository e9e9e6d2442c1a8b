package nyc.cabportal.domain.operations;

import java.time.Instant;
import java.util.List;

/** The worker's per-batch reports. Every method may throw {@code StoreUnavailable}. */
public interface BatchReports {

  /** The reports of batches that ended at or after {@code since} (up to {@code now}). */
  List<BatchSummary> since(Instant since, Instant now);
}

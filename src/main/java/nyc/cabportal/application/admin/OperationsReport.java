package nyc.cabportal.application.admin;

import java.time.Instant;
import java.util.List;
import nyc.cabportal.domain.operations.BatchSummary;
import nyc.cabportal.domain.operations.OperationsTimeline;

/** The last minutes of the live system: the per-minute timeline and the batches behind it. */
public record OperationsReport(
    OperationsTimeline timeline, List<BatchSummary> batches, Instant now) {}

package nyc.cabportal.domain.operations;

import java.time.Instant;
import java.util.Map;

/**
 * One micro-batch of the dispatch worker, as it reported it ({@code dispatch_batches}): when it
 * ended, how many records it took, how long the oldest waited for the batch, the outcomes, the
 * accepted → answered latencies (a histogram: {@code latencyCounts} has one more bin than {@code
 * latencyBoundsMs}), the stage durations and the cabs busy at its start.
 */
public record BatchSummary(
    Instant at,
    int records,
    long queueLagMs,
    Map<String, Long> outcomes,
    double[] latencyBoundsMs,
    long[] latencyCounts,
    long durationMs,
    int cabs,
    int busyCabs) {}

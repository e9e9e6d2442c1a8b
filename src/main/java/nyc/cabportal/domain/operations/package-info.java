/**
 * The live system as the operations page shows it: the worker's per-batch reports, summed per
 * minute (requests, end-to-end latency percentiles, queue lag, batch sizes and durations, outcomes,
 * fleet use).
 */
package nyc.cabportal.domain.operations;

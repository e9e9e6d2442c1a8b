/**
 * What the live-operations page shows: one report per micro-batch (arrivals per minute, queue lag,
 * end-to-end latency as a histogram, outcomes, durations, fleet use), written by the worker and
 * summed per minute by the portal.
 */
package nyc.cabportal.worker.operations;

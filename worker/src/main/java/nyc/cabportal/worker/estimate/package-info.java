/**
 * Estimates of fare, duration and distance for a ride, behind {@link
 * nyc.cabportal.worker.estimate.TripEstimator} so that the data-driven estimator of the dispatch
 * issue replaces the interim one without touching the stream.
 */
package nyc.cabportal.worker.estimate;

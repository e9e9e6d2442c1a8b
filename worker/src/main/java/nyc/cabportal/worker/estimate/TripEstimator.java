package nyc.cabportal.worker.estimate;

/** Estimates fare, duration and distance of a trip. Implementations are thread-safe. */
public interface TripEstimator {

  TripEstimate estimate(TripQuery query);
}

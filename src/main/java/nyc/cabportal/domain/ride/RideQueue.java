package nyc.cabportal.domain.ride;

import java.util.concurrent.CompletionStage;

/** The queue that carries ride requests to the dispatch workers. */
public interface RideQueue {

  /**
   * Publishes the request; the stage completes once the queue has durably taken it, and fails with
   * {@link QueueUnavailable} when it cannot.
   */
  CompletionStage<Void> publish(RideRequest request);
}

package nyc.cabportal.domain.ride;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Where rides are kept. Every status change is one conditional update of one ride, so that the
 * portal, the worker and a rider cancelling never overwrite each other's step: the first to move a
 * ride out of a status wins, and the others see they lost.
 */
public interface RideRepository {

  /** Stores a new ride as {@link RideStatus#PENDING}. */
  CompletionStage<Void> insertPending(RideRequest request);

  /** PENDING → QUEUED; true if this call moved it (the worker may already have answered). */
  CompletionStage<Boolean> markQueued(String id, Instant queuedAt);

  /** PENDING → NOT_QUEUED; true if this call moved it. */
  CompletionStage<Boolean> markNotQueued(String id, String reason);

  /** QUEUED → CANCELLED; true if this call moved it. */
  CompletionStage<Boolean> cancel(String id);

  /**
   * DISPATCHED → CANCELLED, its cab to be freed; true if this call moved it. The cab's release is
   * recorded for the worker first and the ride moved second, so a failure between the two leaves a
   * release that frees nothing (the worker frees cabs of cancelled rides only), never a cancelled
   * ride whose cab stays booked.
   */
  CompletionStage<Boolean> cancelDispatched(Ride ride, Instant at);

  CompletionStage<Optional<Ride>> find(String id);

  /** The rides among {@code ids} that are no longer PENDING or QUEUED, in one query. */
  CompletionStage<List<Ride>> findAnswered(Collection<String> ids);

  /** Rides left PENDING since before {@code cutoff}: a portal stopped between its two writes. */
  CompletionStage<List<RideRequest>> findPendingSince(Instant cutoff, int limit);
}

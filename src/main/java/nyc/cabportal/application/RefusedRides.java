package nyc.cabportal.application;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import nyc.cabportal.domain.ride.RideRepository;

/**
 * Rides a rider was told were not queued (503) that the store could not be told about at the time:
 * the store failed while the ride was being stored (the write may still have landed) or while it
 * was being withdrawn. Each is withdrawn ({@code PENDING → NOT_QUEUED}) as soon as the store
 * answers again, and until then {@link PendingRideRecovery} leaves it alone, so a ride refused to
 * its rider is never published later and never given a cab.
 *
 * <p>Kept in this server's memory (at most {@code capacity} rides; a store outage long enough to
 * fill it is logged): a server that dies with rides owed leaves them {@code PENDING}, and another
 * server's recovery then queues them.
 */
public final class RefusedRides {

  private static final Logger LOG = Logger.getLogger(RefusedRides.class.getName());

  private final RideRepository rides;
  private final int capacity;
  private final Map<String, String> owed = new ConcurrentHashMap<>();

  public RefusedRides(RideRepository rides, int capacity) {
    this.rides = rides;
    this.capacity = capacity;
  }

  /** Remembers that ride {@code id} was refused for {@code reason} and must be withdrawn. */
  public void owe(String id, String reason) {
    if (owed.size() >= capacity) {
      LOG.log(
          Level.SEVERE,
          "more than {0} refused rides wait for the store; ride {1} is not remembered",
          new Object[] {capacity, id});
      return;
    }
    owed.put(id, reason);
  }

  public boolean owes(String id) {
    return owed.containsKey(id);
  }

  public int size() {
    return owed.size();
  }

  /** Tries to withdraw every ride owed; completes with the number the store confirmed. */
  public CompletionStage<Integer> settleOnce() {
    CompletionStage<Integer> done = CompletableFuture.completedFuture(0);
    for (Map.Entry<String, String> e : Map.copyOf(owed).entrySet()) {
      done =
          done.thenCompose(
              n ->
                  rides
                      .markNotQueued(e.getKey(), e.getValue())
                      .handle(
                          (withdrawn, failure) -> {
                            if (failure != null) {
                              return n; // the store is still away: next round
                            }
                            owed.remove(e.getKey());
                            return n + 1;
                          }));
    }
    return done;
  }
}

package nyc.cabportal.worker.fleet;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nyc.cabportal.worker.history.PickupTime;
import nyc.cabportal.worker.history.TripHistory;
import nyc.cabportal.worker.history.TripHistory.WeightedCells;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the fleet: the one in the store at start (a restart keeps every cab where it was), or, when
 * there is none, a new one placed where trips ended in the current hour of week, once the trip
 * history is known.
 */
public final class Depot {

  private static final Logger LOG = LoggerFactory.getLogger(Depot.class);

  private final MongoFleet store;
  private final int size;
  private Fleet fleet;

  public Depot(MongoFleet store, int size) {
    this.store = store;
    this.size = size;
    this.fleet = new Fleet(store.load());
    if (!fleet.isEmpty()) {
      LOG.info("fleet of {} cabs loaded from the store", fleet.size());
      if (fleet.size() != size) {
        LOG.warn(
            "the store holds {} cabs, not the configured {}: keeping the stored fleet (drop the"
                + " cabs collection to place a new one)",
            fleet.size(),
            size);
      }
    }
  }

  /**
   * Moves the cabs that have been free for {@link FleetPlacement#IDLE_BEFORE_MOVING} to where trips
   * end in the current hour of week, and stores them; returns how many moved.
   */
  public int moveIdleCabs(TripHistory history, LocalDateTime newYorkNow, long nowMillis) {
    List<Cab> moved = new ArrayList<>();
    synchronized (this) {
      WeightedCells cells = history.dropoffs().get(PickupTime.of(newYorkNow).hourOfWeek());
      if (cells == null) {
        return 0;
      }
      for (Cab c : fleet.freeAt(nowMillis - FleetPlacement.IDLE_BEFORE_MOVING)) {
        Cab there = FleetPlacement.moveIdle(c, cells, history.dropoffPoints(), nowMillis);
        fleet.put(there);
        moved.add(there);
      }
      // Under the lock: a batch that takes one of these cabs next must write after this does.
      store.save(moved);
    }
    return moved.size();
  }

  /**
   * Frees the cabs of rides their riders cancelled after dispatch, each where it has got to, and
   * stores them; returns how many were freed. A release whose cab has since been freed (a repeated
   * round) or given another ride changes nothing.
   */
  public int release(List<CabRelease> releases, long nowMillis) {
    List<Cab> freed = new ArrayList<>();
    synchronized (this) {
      for (CabRelease r : releases) {
        Cab cab = fleet.cabOf(r.rideId());
        if (cab != null && cab.id().equals(r.cabId()) && !cab.isFreeAt(nowMillis)) {
          Cab free = cab.releasedAt(nowMillis, r.pickupLat(), r.pickupLon());
          fleet.put(free);
          freed.add(free);
        }
      }
      // Under the lock, as in moveIdleCabs: a batch that takes one of these cabs writes after.
      store.save(freed);
    }
    return freed.size();
  }

  /**
   * A copy of {@link #fleet}, for work that must not change the live one (the dispatch's warm-up):
   * taken under the depot's lock, as the live fleet changes only under it.
   */
  public synchronized Fleet fleetCopy(TripHistory history, LocalDateTime newYorkNow) {
    return new Fleet(fleet(history, newYorkNow).cabs());
  }

  /** The fleet, placed first if there is none yet and the history says where to put it. */
  public synchronized Fleet fleet(TripHistory history, LocalDateTime newYorkNow) {
    if (fleet.isEmpty() && !history.isEmpty()) {
      int hour = PickupTime.of(newYorkNow).hourOfWeek();
      WeightedCells cells = history.dropoffs().get(hour);
      for (int h = 1; cells == null && h < 168; h++) {
        cells = history.dropoffs().get((hour + h) % 168);
      }
      if (cells != null) {
        List<Cab> cabs =
            FleetPlacement.place(
                size, cells, history.dropoffPoints(), hour, System.currentTimeMillis());
        store.save(cabs);
        fleet = new Fleet(cabs);
        LOG.info("placed a fleet of {} cabs where trips ended in hour {} of the week", size, hour);
      }
    }
    return fleet;
  }
}

package nyc.cabportal.worker.fleet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fleet as the dispatcher sees it between micro-batches, ordered by cab id (so that matching
 * sees the same order for the same state). The store ({@link MongoFleet}) is its durable copy.
 */
public final class Fleet {

  private final TreeMap<String, Cab> cabs = new TreeMap<>();
  private final Map<String, Cab> byRide = new HashMap<>();

  public Fleet(Collection<Cab> cabs) {
    cabs.forEach(this::put);
  }

  public int size() {
    return cabs.size();
  }

  public boolean isEmpty() {
    return cabs.isEmpty();
  }

  public Collection<Cab> cabs() {
    return cabs.values();
  }

  /** The cabs free at {@code epochMillis}, by id. */
  public List<Cab> freeAt(long epochMillis) {
    List<Cab> free = new ArrayList<>();
    for (Cab c : cabs.values()) {
      if (c.isFreeAt(epochMillis)) {
        free.add(c);
      }
    }
    return free;
  }

  /**
   * The cab a ride was given, if any: a batch replayed after a crash finds the cabs its first
   * attempt gave, and gives the same ones again instead of a second cab.
   */
  public Cab cabOf(String rideId) {
    return byRide.get(rideId);
  }

  /** Puts a cab's new state in place of its old one. */
  public void put(Cab cab) {
    Cab old = cabs.put(cab.id(), cab);
    if (old != null && old.trip() != null) {
      byRide.remove(old.trip().rideId(), old);
    }
    if (cab.trip() != null) {
      byRide.put(cab.trip().rideId(), cab);
    }
  }
}

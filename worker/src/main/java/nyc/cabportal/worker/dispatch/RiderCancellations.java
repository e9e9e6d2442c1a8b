package nyc.cabportal.worker.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nyc.cabportal.worker.fleet.CabRelease;
import nyc.cabportal.worker.fleet.Depot;
import nyc.cabportal.worker.fleet.MongoCabReleases;

/**
 * Frees the cabs of rides cancelled after dispatch: each round reads the releases the portal
 * recorded, checks their rides' statuses in one query, frees the cabs of the cancelled ones in the
 * fleet (and its stored copy) and then forgets those releases. A crash between the two steps
 * repeats the round harmlessly: a cab already free is not freed again.
 */
public final class RiderCancellations {

  /** The most releases one round handles; the rest wait a round. */
  static final int ROUND_LIMIT = 500;

  private final MongoCabReleases releases;
  private final MongoRideResults rides;
  private final Depot depot;

  public RiderCancellations(MongoCabReleases releases, MongoRideResults rides, Depot depot) {
    this.releases = releases;
    this.rides = rides;
    this.depot = depot;
  }

  /** One round; returns how many cabs it freed. */
  public int freeCabs(long nowMillis) {
    List<CabRelease> pending = releases.pending(ROUND_LIMIT);
    if (pending.isEmpty()) {
      return 0;
    }
    Set<String> ids = new LinkedHashSet<>();
    pending.forEach(r -> ids.add(r.rideId()));
    Map<String, String> statuses = rides.statuses(ids);
    List<CabRelease> toFree = new ArrayList<>();
    List<String> done = new ArrayList<>();
    for (CabRelease r : pending) {
      switch (r.step(statuses.get(r.rideId()), nowMillis)) {
        case FREE -> {
          toFree.add(r);
          done.add(r.rideId());
        }
        case DROP -> done.add(r.rideId());
        case WAIT -> {}
      }
    }
    int freed = depot.release(toFree, nowMillis);
    releases.done(done);
    return freed;
  }
}

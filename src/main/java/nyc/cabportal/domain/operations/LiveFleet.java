package nyc.cabportal.domain.operations;

import java.time.Instant;
import java.util.List;
import nyc.cabportal.domain.place.GeoPoint;

/**
 * The live system as the trip map draws it: the worker's fleet and the rides waiting for a cab.
 * Every method may throw {@code StoreUnavailable}.
 */
public interface LiveFleet {

  List<CabPosition> cabs();

  /** The pickups of rides queued since {@code since}, at most {@code limit}. */
  List<GeoPoint> waitingPickups(Instant since, int limit);
}

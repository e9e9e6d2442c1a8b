package nyc.cabportal.application.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nyc.cabportal.domain.operations.BatchReports;
import nyc.cabportal.domain.operations.BatchSummary;
import nyc.cabportal.domain.operations.CabPosition;
import nyc.cabportal.domain.operations.LiveFleet;
import nyc.cabportal.domain.operations.OperationsTimeline;
import nyc.cabportal.domain.operations.RequestCounts;

/**
 * The live system as admins watch it: the fleet and the waiting rides on the trip map, and the
 * live-operations page's last minutes. The map's data is read at most every {@link #LIVE_EVERY},
 * however many admins watch, since every one of them polls.
 */
public final class LiveOperations {

  /** Open requests older than this are left to the portal's recovery, not drawn. */
  static final Duration OPEN_WINDOW = Duration.ofMinutes(30);

  static final int MAX_OPEN = 2000;

  static final Duration LIVE_EVERY = Duration.ofSeconds(2);

  private final LiveFleet fleet;
  private final BatchReports batches;
  private final RequestCounts requests;
  private final Clock clock;
  private LiveMap live;

  public LiveOperations(
      LiveFleet fleet, BatchReports batches, RequestCounts requests, Clock clock) {
    this.fleet = fleet;
    this.batches = batches;
    this.requests = requests;
    this.clock = clock;
  }

  /**
   * @throws nyc.cabportal.domain.ride.StoreUnavailable when the store does not answer
   */
  public synchronized LiveMap map() {
    Instant now = clock.instant();
    if (live != null && Duration.between(live.at(), now).compareTo(LIVE_EVERY) < 0) {
      return live;
    }
    List<CabPosition> cabs = fleet.cabs();
    live =
        new LiveMap(
            now,
            cabs,
            cabs.stream().filter(c -> c.busyAt(now)).count(),
            fleet.waitingPickups(now.minus(OPEN_WINDOW), MAX_OPEN),
            MAX_OPEN,
            OPEN_WINDOW);
    return live;
  }

  /**
   * The last {@code minutes} minute by minute, from the worker's batch reports and request counts.
   *
   * @throws nyc.cabportal.domain.ride.StoreUnavailable when the store does not answer
   */
  public OperationsReport lastMinutes(int minutes) {
    Instant now = clock.instant();
    OperationsTimeline timeline = new OperationsTimeline(now, minutes);
    List<BatchSummary> recent = batches.since(timeline.first(), now);
    recent.forEach(timeline::add);
    requests.since(timeline.first()).forEach(timeline::requests);
    return new OperationsReport(timeline, recent, now);
  }
}

package nyc.cabportal.application.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nyc.cabportal.domain.operations.CabPosition;
import nyc.cabportal.domain.place.GeoPoint;

/**
 * The live fleet and the rides waiting for a cab, as of {@code at}.
 *
 * @param waiting the pickups of rides queued within {@code window}, at most {@code limit}
 */
public record LiveMap(
    Instant at,
    List<CabPosition> cabs,
    long busyCabs,
    List<GeoPoint> waiting,
    int limit,
    Duration window) {}

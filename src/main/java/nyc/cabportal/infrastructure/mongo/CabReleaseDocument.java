package nyc.cabportal.infrastructure.mongo;

import java.time.Instant;
import java.util.Date;
import nyc.cabportal.domain.ride.Ride;
import org.bson.Document;

/**
 * A cab for the worker to free, in {@code cab_releases}: its rider cancelled after dispatch, before
 * the pickup (contract/README.md, "Cab releases"). The worker deletes it once the cab is free.
 */
public final class CabReleaseDocument {

  public static final String COLLECTION = "cab_releases";

  private CabReleaseDocument() {}

  /** The release of {@code ride}'s cab, asked for at {@code at}; {@code _id} is the ride's id. */
  public static Document of(Ride ride, Instant at) {
    return new Document(RideDocument.ID, ride.id())
        .append("cabId", ride.result().cab().id())
        .append(RideDocument.PICKUP, RideDocument.point(ride.request().pickup()))
        .append("requestedAt", Date.from(at));
  }
}

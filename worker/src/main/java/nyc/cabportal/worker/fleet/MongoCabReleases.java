package nyc.cabportal.worker.fleet;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * The {@code cab_releases} collection: the portal inserts one document per ride cancelled after
 * dispatch, the worker deletes it once the cab is free. It holds only releases not yet handled, a
 * handful at most, so reading all of it each round costs one small query.
 */
public final class MongoCabReleases {

  private final MongoCollection<Document> releases;

  public MongoCabReleases(MongoCollection<Document> releases) {
    this.releases = releases;
  }

  /** Up to {@code limit} releases not handled yet. */
  public List<CabRelease> pending(int limit) {
    List<CabRelease> out = new ArrayList<>();
    for (Document d : releases.find().limit(limit)) {
      out.add(release(d));
    }
    return out;
  }

  /** Forgets handled releases. */
  public void done(Collection<String> rideIds) {
    if (!rideIds.isEmpty()) {
      releases.deleteMany(Filters.in("_id", new ArrayList<>(rideIds)));
    }
  }

  static CabRelease release(Document d) {
    Document pickup = d.get("pickup", Document.class);
    return new CabRelease(
        d.getString("_id"),
        d.getString("cabId"),
        pickup.getDouble("lat"),
        pickup.getDouble("lon"),
        d.getDate("requestedAt").getTime());
  }

  static Document document(CabRelease r) {
    return new Document("_id", r.rideId())
        .append("cabId", r.cabId())
        .append("pickup", new Document("lat", r.pickupLat()).append("lon", r.pickupLon()))
        .append("requestedAt", new Date(r.requestedAt()));
  }
}

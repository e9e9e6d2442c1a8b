package nyc.cabportal.worker.fleet;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import nyc.cabportal.trips.geo.H3Cells;
import org.bson.Document;

/**
 * The fleet's durable copy in the {@code cabs} collection, one document per cab, so that a restart
 * keeps it and maps can show it. Writes replace whole cab documents by id: repeating one is
 * harmless.
 */
public final class MongoFleet {

  private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

  private final MongoCollection<Document> cabs;

  public MongoFleet(MongoCollection<Document> cabs) {
    this.cabs = cabs;
  }

  public List<Cab> load() {
    List<Cab> out = new ArrayList<>();
    for (Document d : cabs.find()) {
      out.add(cab(d));
    }
    return out;
  }

  public void save(Collection<Cab> changed) {
    if (changed.isEmpty()) {
      return;
    }
    List<WriteModel<Document>> writes = new ArrayList<>(changed.size());
    for (Cab c : changed) {
      writes.add(new ReplaceOneModel<>(new Document("_id", c.id()), document(c), UPSERT));
    }
    cabs.bulkWrite(writes, new BulkWriteOptions().ordered(false));
  }

  static Document document(Cab c) {
    Document d =
        new Document("_id", c.id())
            .append("seats", c.seats())
            .append("lat", c.lat())
            .append("lon", c.lon())
            .append("h3", H3Cells.address(c.cell()))
            .append("freeAt", new Date(c.freeAt()));
    if (c.trip() != null) {
      Cab.Trip t = c.trip();
      d.append(
          "trip",
          new Document("rideId", t.rideId())
              .append("fromLat", t.fromLat())
              .append("fromLon", t.fromLon())
              .append("pickupKm", t.pickupKm())
              .append("pickupEtaSeconds", t.pickupEtaSeconds())
              .append("assignedAt", new Date(t.assignedAt())));
    }
    return d;
  }

  static Cab cab(Document d) {
    Document t = d.get("trip", Document.class);
    return new Cab(
        d.getString("_id"),
        d.getInteger("seats"),
        d.getDouble("lat"),
        d.getDouble("lon"),
        Long.parseUnsignedLong(d.getString("h3"), 16),
        d.getDate("freeAt").getTime(),
        t == null
            ? null
            : new Cab.Trip(
                t.getString("rideId"),
                t.getDouble("fromLat"),
                t.getDouble("fromLon"),
                t.getDouble("pickupKm"),
                t.getInteger("pickupEtaSeconds"),
                t.getDate("assignedAt").getTime()));
  }
}

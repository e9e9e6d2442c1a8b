package nyc.cabportal.infrastructure.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import nyc.cabportal.domain.operations.CabPosition;
import nyc.cabportal.domain.operations.LiveFleet;
import nyc.cabportal.domain.place.GeoPoint;
import nyc.cabportal.domain.ride.RideStatus;
import org.bson.Document;

/**
 * The worker's fleet ({@code cabs}, the layout of {@code contract/examples/cab.json}) and the rides
 * still queued, read for the live map.
 */
public final class MongoLiveFleet implements LiveFleet {

  private final MongoDatabase db;

  public MongoLiveFleet(MongoDatabase db) {
    this.db = db;
  }

  @Override
  public List<CabPosition> cabs() {
    return PublisherStages.await(
            db.getCollection(SharedCollections.CABS)
                .find()
                .projection(Projections.include("lat", "lon", "seats", "freeAt")))
        .stream()
        .map(MongoLiveFleet::cab)
        .toList();
  }

  @Override
  public List<GeoPoint> waitingPickups(Instant since, int limit) {
    return PublisherStages.await(
            db.getCollection(RideDocument.COLLECTION)
                .find(
                    Filters.and(
                        Filters.eq(RideDocument.STATUS, RideStatus.QUEUED.name()),
                        Filters.gte(RideDocument.TIMINGS_ACCEPTED_AT, Date.from(since))))
                .projection(Projections.include(RideDocument.PICKUP))
                .limit(limit))
        .stream()
        .map(r -> r.get(RideDocument.PICKUP, Document.class))
        .map(
            p ->
                new GeoPoint(
                    ((Number) p.get("lat")).doubleValue(), ((Number) p.get("lon")).doubleValue()))
        .toList();
  }

  static CabPosition cab(Document c) {
    Date freeAt = c.getDate("freeAt");
    return new CabPosition(
        ((Number) c.get("lat")).doubleValue(),
        ((Number) c.get("lon")).doubleValue(),
        ((Number) c.get("seats")).intValue(),
        freeAt == null ? null : freeAt.toInstant());
  }
}

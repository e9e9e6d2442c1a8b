package nyc.cabportal.infrastructure.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.result.UpdateResult;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import nyc.cabportal.domain.ride.Ride;
import nyc.cabportal.domain.ride.RideRepository;
import nyc.cabportal.domain.ride.RideRequest;
import nyc.cabportal.domain.ride.RideStatus;
import org.bson.Document;

/**
 * Rides in MongoDB, one document per ride keyed by the ride id. Each status change is a single
 * {@code updateOne} whose filter names the status it moves from: single-document atomicity is all
 * it needs, so it behaves the same on a replica set and on the embedded wire-protocol server.
 *
 * <p>Every filter is shaped for an index on both servers: {@code _id} alone, {@code _id} with
 * {@code $in}, or {@code _id} and {@code status} by equality, which the unique {@code (_id,
 * status)} index serves. MongoDB would use the {@code _id} index for any of them; the embedded
 * server uses an index only when the filter's fields are exactly the index's, and otherwise scans
 * the whole collection under a lock (measured: the cause of the first benchmark's collapse at 200
 * rides/s). The extra index costs MongoDB one small key per ride.
 */
public final class MongoRideRepository implements RideRepository {

  /** The unique (_id, status) index that serves every status move; the worker creates it too. */
  public static final String STATUS_MOVE_INDEX = "id_status";

  private final MongoCollection<Document> rides;
  private final MongoCollection<Document> cabReleases;

  public MongoRideRepository(
      MongoCollection<Document> rides, MongoCollection<Document> cabReleases) {
    this.rides = rides;
    this.cabReleases = cabReleases;
  }

  /** Creates the indexes the status moves and the recovery query use (idempotent). */
  public CompletionStage<String> ensureIndexes() {
    return PublisherStages.first(
            rides.createIndex(
                Indexes.ascending(RideDocument.ID, RideDocument.STATUS),
                new IndexOptions().name(STATUS_MOVE_INDEX).unique(true)))
        .thenCompose(
            first ->
                PublisherStages.first(
                    rides.createIndex(
                        Indexes.ascending(RideDocument.STATUS, RideDocument.TIMINGS_ACCEPTED_AT),
                        new IndexOptions().name("status_acceptedAt"))))
        .thenApply(name -> name.orElse(""));
  }

  @Override
  public CompletionStage<Void> insertPending(RideRequest request) {
    return PublisherStages.guard(rides.insertOne(RideDocument.pending(request)), r -> null);
  }

  @Override
  public CompletionStage<Boolean> markQueued(String id, Instant queuedAt) {
    return move(
        id,
        RideStatus.PENDING,
        combine(
            set(RideDocument.STATUS, RideStatus.QUEUED.name()),
            set(RideDocument.TIMINGS_QUEUED_AT, Date.from(queuedAt))));
  }

  @Override
  public CompletionStage<Boolean> markNotQueued(String id, String reason) {
    return move(
        id,
        RideStatus.PENDING,
        combine(
            set(RideDocument.STATUS, RideStatus.NOT_QUEUED.name()),
            set(RideDocument.STATUS_REASON, reason)));
  }

  @Override
  public CompletionStage<Boolean> cancel(String id) {
    return move(
        id,
        RideStatus.QUEUED,
        combine(
            set(RideDocument.STATUS, RideStatus.CANCELLED.name()),
            set(RideDocument.STATUS_REASON, "cancelled by the rider")));
  }

  @Override
  public CompletionStage<Boolean> cancelDispatched(Ride ride, Instant at) {
    // An upsert by ride id: a second DELETE of the same ride repeats the release harmlessly.
    return PublisherStages.guard(
            cabReleases.replaceOne(
                eq(RideDocument.ID, ride.id()),
                CabReleaseDocument.of(ride, at),
                new ReplaceOptions().upsert(true)),
            r -> null)
        .thenCompose(
            released ->
                move(
                    ride.id(),
                    RideStatus.DISPATCHED,
                    combine(
                        set(RideDocument.STATUS, RideStatus.CANCELLED.name()),
                        set(
                            RideDocument.STATUS_REASON,
                            "cancelled by the rider before the cab arrived"))));
  }

  @Override
  public CompletionStage<Optional<Ride>> find(String id) {
    return PublisherStages.guard(rides.find(eq(RideDocument.ID, id)).first(), d -> d)
        .thenApply(d -> Optional.ofNullable(d).map(RideDocument::ride));
  }

  @Override
  public CompletionStage<List<Ride>> findAnswered(Collection<String> ids) {
    // By id only (index-served everywhere); unanswered rides are few and dropped here.
    return PublisherStages.guardList(rides.find(in(RideDocument.ID, ids)), RideDocument::ride)
        .thenApply(found -> found.stream().filter(r -> r.status().isFinal()).toList());
  }

  @Override
  public CompletionStage<List<RideRequest>> findPendingSince(Instant cutoff, int limit) {
    return PublisherStages.guardList(
        rides
            .find(
                new Document(RideDocument.STATUS, RideStatus.PENDING.name())
                    .append(
                        RideDocument.TIMINGS_ACCEPTED_AT, new Document("$lt", Date.from(cutoff))))
            .limit(limit),
        RideDocument::request);
  }

  private CompletionStage<Boolean> move(
      String id, RideStatus from, org.bson.conversions.Bson update) {
    return PublisherStages.guard(
        rides.updateOne(
            new Document(RideDocument.ID, id).append(RideDocument.STATUS, from.name()), update),
        (UpdateResult r) -> r.getModifiedCount() == 1);
  }
}

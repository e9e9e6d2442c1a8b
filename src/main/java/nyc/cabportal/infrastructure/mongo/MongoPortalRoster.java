package nyc.cabportal.infrastructure.mongo;

import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import nyc.cabportal.domain.ride.PortalRoster;
import org.bson.Document;

/**
 * The roster in MongoDB: one small document per portal, {@code {_id: portal, lastBeat}}. Every
 * filter is by {@code _id}, so it stays cheap on the embedded server as well.
 */
public final class MongoPortalRoster implements PortalRoster {

  public static final String COLLECTION = "portal_roster";
  private static final String LAST_BEAT = "lastBeat";

  private final MongoCollection<Document> portals;

  public MongoPortalRoster(MongoCollection<Document> portals) {
    this.portals = portals;
  }

  @Override
  public CompletionStage<Void> beat(String portal, Instant at) {
    return PublisherStages.guard(
        portals.updateOne(
            new Document("_id", portal),
            Updates.set(LAST_BEAT, Date.from(at)),
            new UpdateOptions().upsert(true)),
        r -> null);
  }

  @Override
  public CompletionStage<Map<String, Instant>> lastBeats() {
    return PublisherStages.guardList(portals.find(), d -> d)
        .thenApply(
            docs -> {
              Map<String, Instant> beats = new LinkedHashMap<>();
              for (Document d : docs) {
                beats.put(d.getString("_id"), d.getDate(LAST_BEAT).toInstant());
              }
              return beats;
            });
  }

  @Override
  public CompletionStage<Boolean> claim(String portal, Instant lastBeat) {
    return PublisherStages.guard(
        portals.deleteOne(new Document("_id", portal).append(LAST_BEAT, Date.from(lastBeat))),
        (DeleteResult r) -> r.getDeletedCount() == 1);
  }
}

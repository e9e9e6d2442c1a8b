package nyc.cabportal.infrastructure.mongo;

import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.concurrent.CompletionStage;
import org.bson.Document;

/** MongoDB's {@code ping}, for the readiness check: whether the store answers at all. */
public final class StorePing {

  private final MongoDatabase db;

  public StorePing(MongoDatabase db) {
    this.db = db;
  }

  /** The database the portal keeps its rides in. */
  public String database() {
    return db.getName();
  }

  /** Completes when the store has answered a ping; fails with the driver's error. */
  public CompletionStage<?> ping() {
    return PublisherStages.first(db.runCommand(new Document("ping", 1)));
  }
}

package nyc.cabportal.dataprep.serving;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.bson.Document;

/**
 * The serving tables and run reports in MongoDB. Every write replaces a document by its {@code _id}
 * (upsert), so writing the same table twice leaves the same documents: re-runs and retries after a
 * crash are safe without transactions, which the embedded store lacks.
 */
public final class ServingStore {

  private static final int BATCH = 500;
  private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

  private final MongoDatabase db;

  public ServingStore(MongoDatabase db) {
    this.db = db;
  }

  /** Writes {@code docs} into {@code collection}; returns how many were written. */
  public long replace(String collection, Iterator<Document> docs) {
    MongoCollection<Document> c = db.getCollection(collection);
    List<WriteModel<Document>> batch = new ArrayList<>(BATCH);
    long n = 0;
    while (docs.hasNext()) {
      Document d = docs.next();
      batch.add(new ReplaceOneModel<>(Filters.eq("_id", d.get("_id")), d, UPSERT));
      if (batch.size() == BATCH) {
        n += flush(c, batch);
      }
    }
    return n + flush(c, batch);
  }

  public void replace(String collection, Document doc) {
    db.getCollection(collection).replaceOne(Filters.eq("_id", doc.get("_id")), doc, UPSERT);
  }

  /** The latest successful run's report, or null when data prep never finished here. */
  public Document lastSuccessfulRun() {
    return db.getCollection(ServingNames.RUNS)
        .find(Filters.eq("status", "ok"))
        .sort(Sorts.descending("finishedAt"))
        .first();
  }

  /** What the serving tables were last built from: {_id: "serving", loads: [...]}. */
  public Document servingState() {
    return db.getCollection(ServingNames.STATE).find(Filters.eq("_id", "serving")).first();
  }

  private static long flush(MongoCollection<Document> c, List<WriteModel<Document>> batch) {
    if (batch.isEmpty()) {
      return 0;
    }
    c.bulkWrite(batch, new BulkWriteOptions().ordered(false));
    long n = batch.size();
    batch.clear();
    return n;
  }
}

package nyc.cabportal.worker.operations;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code dispatch_batches} collection. Reports older than a day are deleted by the worker
 * itself, once a minute at most: the embedded store does not expire documents (no TTL), and the
 * page shows the last hour.
 */
public final class MongoBatchReports implements BatchReports {

  private static final Logger LOG = LoggerFactory.getLogger(MongoBatchReports.class);
  static final Duration KEEP = Duration.ofDays(1);

  private final MongoCollection<Document> reports;
  private Instant nextExpiry = Instant.EPOCH;

  public MongoBatchReports(MongoCollection<Document> reports) {
    this.reports = reports;
    reports.createIndex(Indexes.ascending("at"));
  }

  /**
   * Stores a report. Losing one costs a dot on a chart, not a ride: a failure is logged and the
   * batch goes on.
   */
  @Override
  public void save(BatchReport report, Instant at) {
    try {
      Document doc = report.toDocument(at);
      reports.replaceOne(Filters.eq("_id", doc.get("_id")), doc, new ReplaceOptions().upsert(true));
      if (at.isAfter(nextExpiry)) {
        reports.deleteMany(Filters.lt("at", Date.from(at.minus(KEEP))));
        nextExpiry = at.plusSeconds(60);
      }
    } catch (RuntimeException e) {
      LOG.warn("could not store the report of a batch (the page misses it): " + e);
    }
  }
}

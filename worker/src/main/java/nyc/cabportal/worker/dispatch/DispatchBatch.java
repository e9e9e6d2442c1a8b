package nyc.cabportal.worker.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import nyc.cabportal.worker.contract.DecodedRequest;
import nyc.cabportal.worker.contract.RideRequestDecoder;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code foreachBatch} body: decode the micro-batch, decide it as a whole, send dead letters,
 * store outcomes. If anything throws, Spark does not commit the batch and runs it again after a
 * restart; both writes are safe to repeat.
 *
 * <p>The batch is collected to the driver because it is matched as a whole (batched dispatch), and
 * it is bounded: the source reads at most {@code maxOffsetsPerTrigger} records per batch.
 */
public final class DispatchBatch implements VoidFunction2<Dataset<Row>, Long> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(DispatchBatch.class);

  private final transient Dispatcher dispatcher;
  private final transient MongoRideResults results;
  private final transient DeadLetterQueue deadLetters;
  private final transient Clock clock;

  public DispatchBatch(
      Dispatcher dispatcher, MongoRideResults results, DeadLetterQueue deadLetters, Clock clock) {
    this.dispatcher = dispatcher;
    this.results = results;
    this.deadLetters = deadLetters;
    this.clock = clock;
  }

  @Override
  public void call(Dataset<Row> records, Long batchId) throws Exception {
    long started = System.nanoTime();
    List<DecodedRequest> batch = RideRequestDecoder.decode(records).collectAsList();
    if (batch.isEmpty()) {
      return;
    }
    long collected = System.nanoTime();
    Instant now = clock.instant();
    Dispatcher.Decisions decisions =
        dispatcher.decide(batch, ZonedDateTime.ofInstant(now, clock.getZone()));
    if (!decisions.deadLetters().isEmpty()) {
      deadLetters.send(decisions.deadLetters(), now);
    }
    long decided = System.nanoTime();
    int answered = results.write(decisions.outcomes(), clock.instant());
    long written = System.nanoTime();
    LOG.info(
        String.format(
            "batch %d: %d records, %d outcomes, %d newly answered, %d dead letters, %d ms"
                + " (spark %d, decide %d, store %d)",
            batchId,
            batch.size(),
            decisions.outcomes().size(),
            answered,
            decisions.deadLetters().size(),
            (written - started) / 1_000_000,
            (collected - started) / 1_000_000,
            (decided - collected) / 1_000_000,
            (written - decided) / 1_000_000));
  }
}

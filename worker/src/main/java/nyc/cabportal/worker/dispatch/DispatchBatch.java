package nyc.cabportal.worker.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nyc.cabportal.trips.geo.NewYork;
import nyc.cabportal.worker.contract.DecodedRequest;
import nyc.cabportal.worker.contract.ResultStatus;
import nyc.cabportal.worker.contract.RideRequestDecoder;
import nyc.cabportal.worker.fleet.Cab;
import nyc.cabportal.worker.fleet.Depot;
import nyc.cabportal.worker.fleet.Fleet;
import nyc.cabportal.worker.fleet.MongoFleet;
import nyc.cabportal.worker.history.LiveHistory;
import nyc.cabportal.worker.operations.BatchReport;
import nyc.cabportal.worker.operations.BatchReports;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code foreachBatch} body: decode the micro-batch, look up which of its rides still wait,
 * decide it as a whole, then write in the order that makes a replay safe: the cabs given out first,
 * then dead letters, then the rides' answers. If anything throws, Spark does not commit the batch
 * and runs it again; a ride answered by the first attempt is skipped, and a ride whose cab was
 * written but whose answer was not gets the same cab again.
 *
 * <p>Which rides still wait is looked up in the store only for the first batch of this process, the
 * one that may replay the last batch of a crashed worker; later batches cannot hold a ride this
 * worker answered (a batch retried within the process finds its cabs in memory), and a ride that is
 * not waiting when its answer is written (cancelled meanwhile) gives its cab back. On the embedded
 * store the lookup costs as much as the answers' write (measured): once per process, not per batch.
 *
 * <p>The batch is collected to the driver because it is matched as a whole (batched dispatch), and
 * it is bounded: the source reads at most {@code maxOffsetsPerTrigger} records per batch.
 */
public final class DispatchBatch implements VoidFunction2<Dataset<Row>, Long> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(DispatchBatch.class);

  private final transient Dispatcher dispatcher;
  private final transient LiveHistory history;
  private final transient Depot depot;
  private final transient MongoFleet fleetStore;
  private final transient MongoRideResults results;
  private final transient DeadLetterQueue deadLetters;
  private final transient BatchReports reports;
  private final transient Clock clock;
  private transient boolean lookedUp;

  public DispatchBatch(
      Dispatcher dispatcher,
      LiveHistory history,
      Depot depot,
      MongoFleet fleetStore,
      MongoRideResults results,
      DeadLetterQueue deadLetters,
      BatchReports reports,
      Clock clock) {
    this.dispatcher = dispatcher;
    this.history = history;
    this.depot = depot;
    this.fleetStore = fleetStore;
    this.results = results;
    this.deadLetters = deadLetters;
    this.reports = reports;
    this.clock = clock;
  }

  /**
   * Some answers changed nothing: those rides were answered before (a replay), cancelled, or are
   * unknown. A cab this batch took for a ride that is not DISPATCHED in the store goes back to
   * where and as it was.
   */
  private int giveBackCabsOfUnansweredRides(Dispatcher.Decisions decisions) {
    Map<String, String> statuses = results.statuses(decisions.takenFrom().keySet());
    List<Cab> back = new ArrayList<>();
    synchronized (depot) {
      Fleet fleet = depot.fleet(history.get(), java.time.LocalDateTime.now(NewYork.ZONE));
      decisions
          .takenFrom()
          .forEach(
              (ride, before) -> {
                if (!ResultStatus.DISPATCHED.equals(statuses.get(ride))) {
                  fleet.put(before);
                  back.add(before);
                }
              });
    }
    fleetStore.save(back);
    return back.size();
  }

  @Override
  public void call(Dataset<Row> records, Long batchId) throws Exception {
    long started = System.nanoTime();
    Instant startedAt = clock.instant();
    List<DecodedRequest> batch = RideRequestDecoder.collect(records);
    if (batch.isEmpty()) {
      return;
    }
    long collected = System.nanoTime();
    Predicate<String> waiting = id -> true;
    if (!lookedUp) {
      Set<String> ids = new LinkedHashSet<>();
      for (DecodedRequest r : batch) {
        if (r.isValid()) {
          ids.add(r.getId());
        }
      }
      Map<String, String> statuses = results.statuses(ids);
      waiting = id -> MongoRideResults.waiting(statuses.get(id));
    }
    long looked = System.nanoTime();
    Instant now = clock.instant();
    ZonedDateTime nowNy = ZonedDateTime.ofInstant(now, NewYork.ZONE);
    Fleet fleet = depot.fleet(history.get(), nowNy.toLocalDateTime());
    Dispatcher.Decisions decisions;
    synchronized (depot) {
      decisions = dispatcher.decide(batch, nowNy, waiting, fleet);
    }
    long decided = System.nanoTime();
    fleetStore.save(decisions.changedCabs());
    long cabsSaved = System.nanoTime();
    if (!decisions.deadLetters().isEmpty()) {
      deadLetters.send(decisions.deadLetters(), now);
    }
    Instant answeredAt = clock.instant();
    int answered = results.write(decisions.outcomes(), answeredAt);
    int returned = 0;
    if (answered < decisions.outcomes().size() && !decisions.takenFrom().isEmpty()) {
      returned = giveBackCabsOfUnansweredRides(decisions);
    }
    lookedUp = true;
    long written = System.nanoTime();
    int dispatched = decisions.dispatched();
    LOG.info(
        String.format(
            "batch %d: %d records, %d outcomes (%d dispatched), %d newly answered, %d cabs given"
                + " back, %d dead letters, %d ms (spark %d, lookup %d, decide %d, store %d: cabs %d)",
            batchId,
            batch.size(),
            decisions.outcomes().size(),
            dispatched,
            answered,
            returned,
            decisions.deadLetters().size(),
            (written - started) / 1_000_000,
            (collected - started) / 1_000_000,
            (looked - collected) / 1_000_000,
            (decided - looked) / 1_000_000,
            (written - decided) / 1_000_000,
            (cabsSaved - decided) / 1_000_000));
    Map<String, String> acceptedAt = new HashMap<>();
    for (DecodedRequest r : batch) {
      if (r.isValid() && r.getAcceptedAt() != null) {
        acceptedAt.put(r.getId(), r.getAcceptedAt());
      }
    }
    int busy = fleet.size() - fleet.freeAt(now.toEpochMilli()).size();
    reports.save(
        new BatchReport(batchId, startedAt)
            .records(batch)
            .outcomes(statusByRide(decisions.outcomes()), acceptedAt, answeredAt)
            .duration("total", (written - started) / 1_000_000)
            .duration("spark", (collected - started) / 1_000_000)
            .duration("decide", (decided - looked) / 1_000_000)
            .duration("store", (written - decided) / 1_000_000)
            .fleet(fleet.size(), busy),
        clock.instant());
  }

  private static Map<String, String> statusByRide(List<RideOutcome> outcomes) {
    Map<String, String> out = new LinkedHashMap<>();
    outcomes.forEach(o -> out.put(o.rideId(), o.status()));
    return out;
  }
}

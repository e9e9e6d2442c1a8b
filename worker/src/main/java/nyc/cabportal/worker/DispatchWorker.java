package nyc.cabportal.worker;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nyc.cabportal.trips.geo.Boroughs;
import nyc.cabportal.trips.geo.NewYork;
import nyc.cabportal.trips.geo.TaxiZones;
import nyc.cabportal.worker.contract.ContractNames;
import nyc.cabportal.worker.dispatch.DeadLetterQueue;
import nyc.cabportal.worker.dispatch.DispatchBatch;
import nyc.cabportal.worker.dispatch.DispatchWarmUp;
import nyc.cabportal.worker.dispatch.Dispatcher;
import nyc.cabportal.worker.dispatch.MongoRideResults;
import nyc.cabportal.worker.dispatch.RiderCancellations;
import nyc.cabportal.worker.estimate.InterimMeterEstimator;
import nyc.cabportal.worker.estimate.TariffRules;
import nyc.cabportal.worker.fleet.Depot;
import nyc.cabportal.worker.fleet.MongoCabReleases;
import nyc.cabportal.worker.fleet.MongoFleet;
import nyc.cabportal.worker.history.HistoricalEstimator;
import nyc.cabportal.worker.history.LiveHistory;
import nyc.cabportal.worker.history.TripHistoryStore;
import nyc.cabportal.worker.matching.BatchMatcher;
import nyc.cabportal.worker.operations.BatchReports;
import nyc.cabportal.worker.operations.MongoBatchReports;
import nyc.cabportal.worker.operations.RequestRate;
import nyc.cabportal.worker.operations.WorkerMetrics;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.apache.spark.sql.streaming.StreamingQueryListener;
import org.apache.spark.sql.streaming.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatch worker: consumes {@code ride-requests} in micro-batches and writes each ride's
 * answer to MongoDB.
 *
 * <pre>
 * spark-submit --class nyc.cabportal.worker.DispatchWorker --master local[2] \
 *   --jars spark-sql-kafka-0-10_2.13.jar,spark-token-provider-kafka-0-10_2.13.jar,\
 *          kafka-clients.jar,commons-pool2.jar,mongodb-driver-sync.jar,mongodb-driver-core.jar,bson.jar \
 *   cab-portal-worker.jar --kafka-bootstrap-servers localhost:9092 \
 *   --mongodb-uri mongodb://localhost:27017 --checkpoint-dir /data/checkpoints/dispatch
 * </pre>
 *
 * <p>The module's jar does not bundle its dependencies (their versions are those in {@code
 * worker/target/classpath.txt}); the embedded stack runs this class with {@code java -cp} and
 * {@code -Dspark.master=local[2]}.
 *
 * <p>The trigger is {@code ProcessingTime(--trigger-interval-ms)}, 200 ms by default: a micro-batch
 * costs Spark about the same CPU whatever it holds, so batches are spaced rather than started the
 * moment the last one ends ({@link WorkerOptions}); the checkpoint makes a restart resume where it
 * stopped.
 */
public final class DispatchWorker {

  private static final Logger LOG = LoggerFactory.getLogger(DispatchWorker.class);

  /** How often the worker looks for a newer data prep run. */
  static final int HISTORY_CHECK_SECONDS = 2;

  /** How often the worker frees the cabs of rides cancelled after dispatch. */
  static final long RELEASE_CHECK_MILLIS = 500;

  /** How many of its nearest free cabs each pickup may take in the batched matching. */
  static final int CANDIDATES_PER_PICKUP = 8;

  static final String DISPATCH_QUERY = "dispatch";

  private DispatchWorker() {}

  public static void main(String[] args) throws Exception {
    WorkerOptions options;
    try {
      options = WorkerOptions.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      if (!e.getMessage().equals("help")) {
        System.err.println("DispatchWorker: " + e.getMessage());
      }
      System.err.print(WorkerOptions.USAGE);
      System.exit(1);
      return;
    }
    SparkSession spark = StreamingSession.create("cab-portal-dispatch");
    // Two threads: a slow history load must not hold up freeing a cancelled ride's cab.
    ScheduledExecutorService scheduler =
        Executors.newScheduledThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "worker-upkeep");
              t.setDaemon(true);
              return t;
            });
    try (WorkerMetrics metrics = new WorkerMetrics().serve(options.metricsPort());
        MongoClient mongo = MongoClients.create(options.mongodbUri());
        DeadLetterQueue deadLetters = new DeadLetterQueue(options.kafkaBootstrapServers())) {
      MongoDatabase db = mongo.getDatabase(options.mongodbDatabase());
      MongoRideResults results = new MongoRideResults(db.getCollection(ContractNames.RIDES));
      LiveHistory history = new LiveHistory(new TripHistoryStore(db));
      MongoFleet fleetStore = new MongoFleet(db.getCollection(ContractNames.CABS));
      Depot depot = new Depot(fleetStore, options.fleetSize());
      Dispatcher dispatcher =
          new Dispatcher(
              new TariffRules(
                  TaxiZones.read(Path.of(options.taxiZones())),
                  new HistoricalEstimator(
                      history,
                      Boroughs.read(Path.of(options.boroughs())),
                      new InterimMeterEstimator())),
              history,
              new BatchMatcher(options.matchRadiusKm(), CANDIDATES_PER_PICKUP));
      keepCurrent(history, depot, scheduler);
      freeCancelledCabs(
          new RiderCancellations(
              new MongoCabReleases(db.getCollection(ContractNames.CAB_RELEASES)), results, depot),
          scheduler);
      DispatchBatch batch =
          new DispatchBatch(
              dispatcher,
              history,
              depot,
              fleetStore,
              results,
              deadLetters,
              BatchReports.all(
                  new MongoBatchReports(db.getCollection(ContractNames.DISPATCH_BATCHES)), metrics),
              Clock.systemUTC());
      // Before it says it is ready: a fresh worker's first batch otherwise ran its code cold.
      long kafkaMs =
          DispatchWarmUp.touchKafka(options.kafkaBootstrapServers(), ContractNames.RIDE_REQUESTS);
      DispatchWarmUp.Result warm =
          DispatchWarmUp.run(
              spark,
              dispatcher,
              () -> depot.fleetCopy(history.get(), LocalDateTime.now(NewYork.ZONE)));
      LOG.info(
          "dispatch warmed up in {} ms: a Kafka consumer opened and closed ({} ms), {} sample"
              + " rides decoded and decided on a copy of the fleet ({} ms); nothing written",
          kafkaMs + warm.millis(),
          kafkaMs,
          warm.decided(),
          warm.millis());
      signalReadiness(spark, options.readyFile());
      runUntilStopped(
          spark,
          options,
          batch,
          new RequestRate(db.getCollection(ContractNames.REQUEST_RATE)),
          metrics);
    } finally {
      scheduler.shutdownNow();
      spark.stop();
    }
  }

  /**
   * Every {@value #HISTORY_CHECK_SECONDS} s: loads a newer data prep run's tables, places the fleet
   * as soon as the history says where (so that neither waits for a rider's request), and moves cabs
   * idle for 30 minutes to where trips end this hour.
   */
  private static void keepCurrent(
      LiveHistory history, Depot depot, ScheduledExecutorService scheduler) {
    scheduler.scheduleWithFixedDelay(
        () -> {
          try {
            history.refresh();
            LocalDateTime now = LocalDateTime.now(NewYork.ZONE);
            depot.fleet(history.get(), now);
            int moved = depot.moveIdleCabs(history.get(), now, System.currentTimeMillis());
            if (moved > 0) {
              LOG.info("{} cabs idle for 30 min moved to where trips end this hour", moved);
            }
          } catch (RuntimeException e) {
            LOG.warn("could not refresh the trip history (will try again): " + e);
          }
        },
        0,
        HISTORY_CHECK_SECONDS,
        TimeUnit.SECONDS);
  }

  /**
   * Every {@value #RELEASE_CHECK_MILLIS} ms: frees the cabs of rides cancelled after dispatch, so a
   * cancelled cab takes a ride again within about a second.
   */
  private static void freeCancelledCabs(
      RiderCancellations cancellations, ScheduledExecutorService scheduler) {
    scheduler.scheduleWithFixedDelay(
        () -> {
          try {
            int freed = cancellations.freeCabs(System.currentTimeMillis());
            if (freed > 0) {
              LOG.info("{} cabs freed: their riders cancelled before the pickup", freed);
            }
          } catch (RuntimeException e) {
            LOG.warn("could not free the cabs of cancelled rides (will try again): " + e);
          }
        },
        RELEASE_CHECK_MILLIS,
        RELEASE_CHECK_MILLIS,
        TimeUnit.MILLISECONDS);
  }

  /**
   * Runs the dispatch query, and starts it again from its checkpoint whenever it fails (the broker
   * went away, the store timed out): the stream never stops for good on a failure that time can
   * heal. Back-off doubles from 1 s to 30 s and resets after a healthy minute.
   */
  private static void runUntilStopped(
      SparkSession spark,
      WorkerOptions options,
      DispatchBatch batch,
      RequestRate rate,
      WorkerMetrics metrics)
      throws Exception {
    // The request-rate aggregation's state is a few 1-minute counts: two partitions, not 200.
    // (A stateful query keeps the value of its first start in its checkpoint.)
    spark.conf().set("spark.sql.shuffle.partitions", "2");
    long backoffMs = 1000;
    while (true) {
      long started = System.currentTimeMillis();
      StreamingQuery dispatch =
          records(spark, options)
              .writeStream()
              .queryName(DISPATCH_QUERY)
              .option("checkpointLocation", options.checkpointDir())
              .trigger(Trigger.ProcessingTime(options.triggerIntervalMs()))
              .foreachBatch(batch)
              .start();
      String rateCheckpoint =
          Path.of(options.checkpointDir()).resolveSibling("request-rate").toString();
      StreamingQuery requestRate = rate.writer(records(spark, options), rateCheckpoint).start();
      LOG.info(
          "dispatch query started (trigger every {} ms); checkpoints in {}; request-rate"
              + " aggregation ({} windows, {} watermark) in {}",
          options.triggerIntervalMs(),
          options.checkpointDir(),
          RequestRate.WINDOW,
          RequestRate.WATERMARK,
          rateCheckpoint);
      try {
        spark.streams().awaitAnyTermination();
        return;
      } catch (StreamingQueryException e) {
        if (System.currentTimeMillis() - started > 60_000) {
          backoffMs = 1000;
        }
        LOG.error(
            "a query failed (dispatch active: {}, request-rate active: {}); restarting both from"
                + " their checkpoints in {} ms: {}",
            dispatch.isActive(),
            requestRate.isActive(),
            backoffMs,
            e.getMessage().lines().findFirst().orElse(""));
        for (StreamingQuery q : List.of(dispatch, requestRate)) {
          try {
            q.stop();
          } catch (Exception stopping) {
            LOG.warn("could not stop query {}: {}", q.name(), stopping.toString());
          }
        }
        spark.streams().resetTerminated();
        metrics.queryRestarted();
        Thread.sleep(backoffMs);
        backoffMs = Math.min(30_000, backoffMs * 2);
      }
    }
  }

  private static Dataset<Row> records(SparkSession spark, WorkerOptions options) {
    return KafkaSource.subscribe(
            spark,
            options.kafkaBootstrapServers(),
            ContractNames.RIDE_REQUESTS,
            options.maxOffsetsPerTrigger())
        .load();
  }

  /** Writes the ready file once the first micro-batch has run: the source is then attached. */
  private static void signalReadiness(SparkSession spark, String readyFile) {
    if (readyFile == null || readyFile.isBlank()) {
      return;
    }
    AtomicBoolean done = new AtomicBoolean();
    spark
        .streams()
        .addListener(
            new StreamingQueryListener() {
              @Override
              public void onQueryStarted(QueryStartedEvent event) {}

              @Override
              public void onQueryProgress(QueryProgressEvent event) {
                if (DISPATCH_QUERY.equals(event.progress().name())) {
                  ready();
                }
              }

              @Override
              public void onQueryIdle(QueryIdleEvent event) {
                StreamingQuery q = spark.streams().get(event.id());
                if (q != null && DISPATCH_QUERY.equals(q.name())) {
                  ready();
                }
              }

              private void ready() {
                if (done.compareAndSet(false, true)) {
                  try {
                    Files.writeString(Path.of(readyFile), "ready");
                    LOG.info("dispatch query attached to Kafka; ready");
                  } catch (Exception e) {
                    LOG.warn("could not write ready file " + readyFile + ": " + e);
                  }
                }
              }

              @Override
              public void onQueryTerminated(QueryTerminatedEvent event) {}
            });
  }
}

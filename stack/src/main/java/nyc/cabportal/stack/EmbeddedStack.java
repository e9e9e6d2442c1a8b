package nyc.cabportal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts and stops the parts of Cab Portal on this machine, each in its own process: the Kafka
 * broker, the MongoDB wire server, the Spark dispatch worker and the Liberty portal (JVMs), and the
 * edge in front of the portal (nginx), the one address browsers and clients reach. Broker, store
 * and edge start in parallel, then worker and portal in parallel; every start waits for the part to
 * be really ready ({@link Readiness}: port open and answering, first micro-batch run, readiness
 * UP). The launcher and the integration tests both use this class, so tests run the stack a user
 * runs.
 *
 * <p>This class only orchestrates: how a JVM is started is {@link JvmLauncher}'s, the portal
 * servers are {@link PortalServers}, the edge and a scale-out's balancer {@link Edge}, the first
 * start's data load {@link TripDataLoad}. The {@code kill…} methods are the fault-injection suite's
 * hooks: {@code kill -9}, as a crash would, leaving each part's files for its restart.
 */
public final class EmbeddedStack implements AutoCloseable {

  static final String WORKER_MAIN_CLASS = "nyc.cabportal.worker.DispatchWorker";

  private final StackSettings settings;
  private final JvmLauncher launcher;
  private final PortalServers portals;
  private final TripDataLoad tripData;
  private volatile PartProcess kafka;
  private volatile PartProcess mongo;
  private volatile PartProcess worker;
  private volatile PartProcess edge;
  private volatile PartProcess balancer;

  public EmbeddedStack(StackSettings settings) {
    this.settings = settings;
    this.launcher = new JvmLauncher(settings);
    this.portals = new PortalServers(settings, launcher);
    this.tripData = new TripDataLoad(settings, launcher);
  }

  public StackSettings settings() {
    return settings;
  }

  /**
   * Starts every part, as fast as their dependencies allow; on the first start, also loads the NYC
   * trip data (data prep) while worker and portal start.
   */
  public void startAll() {
    Readiness.together(this::startKafka, this::startMongo, this::startEdge);
    Readiness.together(this::startWorker, this::startPortal, tripData::run);
  }

  /** Starts the edge on the stack's address, in front of the stack's own portal server. */
  public void startEdge() {
    edge =
        Edge.start(settings, launcher, "edge", settings.httpPort(), List.of(settings.portalPort()));
  }

  public void stopEdge() {
    edge = JvmLauncher.stop(edge);
  }

  public void startKafka() {
    if (settings.externalKafka() == null) {
      kafka =
          launcher.startStackMain(
              "kafka",
              "512m",
              "nyc.cabportal.stack.EmbeddedKafka",
              "--port",
              String.valueOf(settings.kafkaPort()),
              "--controller-port",
              String.valueOf(settings.kafkaControllerPort()),
              "--data-dir",
              settings.dataDir().resolve("kafka").toString());
      Readiness.waitFor(
          kafka, "Kafka to accept connections", () -> Readiness.portOpen(settings.kafkaPort()));
    }
    Readiness.waitFor(
        kafka,
        "Kafka to create the ride topics",
        () ->
            RideTopics.ensure(settings.kafkaBootstrapServers(), settings.rideRequestPartitions()));
  }

  public void startMongo() {
    if (settings.externalMongo() != null) {
      return;
    }
    mongo =
        launcher.startStackMain(
            "mongodb",
            "256m",
            "nyc.cabportal.stack.EmbeddedMongo",
            "--port",
            String.valueOf(settings.mongoPort()),
            "--file",
            settings.dataDir().resolve("mongodb/cabportal.mv.db").toString());
    Readiness.waitFor(
        mongo, "MongoDB to accept connections", () -> Readiness.portOpen(settings.mongoPort()));
  }

  public void startWorker() {
    Path ready = settings.dataDir().resolve("worker.ready");
    try {
      Files.deleteIfExists(ready);
    } catch (IOException e) {
      // a stale ready file only makes the wait shorter; the worker rewrites it
    }
    worker =
        launcher.startSparkJob(
            "worker",
            "1g",
            "worker",
            WORKER_MAIN_CLASS,
            "--kafka-bootstrap-servers",
            settings.kafkaBootstrapServers(),
            "--mongodb-uri",
            settings.mongoUri(),
            "--checkpoint-dir",
            settings.dataDir().resolve("checkpoints/dispatch").toString(),
            "--ready-file",
            ready.toString(),
            "--boroughs-geojson",
            settings.boroughs().toString(),
            "--taxi-zones-geojson",
            settings.taxiZones().toString(),
            "--metrics-port",
            String.valueOf(settings.workerMetricsPort()));
    Readiness.waitFor(worker, "the worker to run its first micro-batch", () -> Files.exists(ready));
  }

  /**
   * Runs data prep over the trip data unless the store holds a run already ({@link TripDataLoad}).
   */
  public void loadTripData() {
    tripData.run();
  }

  /** Starts a main class of a Spark module (worker, data-prep) in its own JVM, in local mode. */
  public PartProcess startSparkJob(
      String name, String heap, String module, String mainClass, String... args) {
    return launcher.startSparkJob(name, heap, module, mainClass, args);
  }

  /** Runs a Spark module's main class in the foreground with this console; its exit status. */
  public int runSparkJob(String heap, String module, String mainClass, String... args)
      throws IOException, InterruptedException {
    return launcher.runJob(false, heap, module, mainClass, args);
  }

  /** Starts a benchmark's own job on the classpath of {@code module}, the part it measures. */
  public PartProcess startBenchJob(
      String name, String heap, String module, String mainClass, String... args) {
    return launcher.startBenchJob(name, heap, module, mainClass, args);
  }

  /** Runs a benchmark's own job in the foreground on {@code module}'s classpath; its status. */
  public int runBenchJob(String heap, String module, String mainClass, String... args)
      throws IOException, InterruptedException {
    return launcher.runJob(true, heap, module, mainClass, args);
  }

  /** The admin password the portal is started with ({@link StackSecret}). */
  public StackSecret adminPassword() {
    return portals.adminPassword();
  }

  /** Starts the stack's own portal server, behind the edge. */
  public void startPortal() {
    startPortal(settings.portalPort());
  }

  /** Starts a portal server on {@code httpPort} (another one scales out on this machine). */
  public void startPortal(int httpPort) {
    portals.start(httpPort);
  }

  /**
   * Starts a portal server with {@code extra} settings, without waiting ({@link PortalServers}).
   */
  public PartProcess launchPortal(int httpPort, Map<String, String> extra) {
    return portals.launch(httpPort, extra);
  }

  /**
   * Starts a second edge on {@code port}, balancing over the portal servers on {@code portalPorts}
   * (scaling out on this machine).
   */
  public void startBalancer(int port, List<Integer> portalPorts) {
    balancer = Edge.start(settings, launcher, "balancer", port, portalPorts);
  }

  public void stopBalancer() {
    balancer = JvmLauncher.stop(balancer);
  }

  public void stopWorker() {
    worker = JvmLauncher.stop(worker);
  }

  public void stopKafka() {
    kafka = JvmLauncher.stop(kafka);
  }

  public void stopMongo() {
    mongo = JvmLauncher.stop(mongo);
  }

  public void stopPortal() {
    stopPortal(settings.portalPort());
  }

  public void stopPortal(int httpPort) {
    portals.stop(httpPort);
  }

  /** Kills the worker at once: no clean shutdown of the streaming query. */
  public void killWorker() {
    worker = JvmLauncher.kill(worker);
  }

  /** Kills the Kafka broker at once; its log directory stays for the restart. */
  public void killKafka() {
    kafka = JvmLauncher.kill(kafka);
  }

  /** Kills the MongoDB wire server at once; its file stays for the restart. */
  public void killMongo() {
    mongo = JvmLauncher.kill(mongo);
  }

  /** Kills the edge at once; the portal behind it keeps running. */
  public void killEdge() {
    edge = JvmLauncher.kill(edge);
  }

  /** Kills the portal server on {@code httpPort} at once. */
  public void killPortal(int httpPort) {
    portals.kill(httpPort);
  }

  /**
   * Stops the parts in the order that loses nothing: the edge (no new requests), portal, worker
   * (and a data prep still running: its load is not committed, so the next start loads again), then
   * broker and store.
   */
  @Override
  public void close() {
    tripData.stop();
    stopBalancer();
    stopEdge();
    portals.stopAll();
    stopWorker();
    Readiness.together(this::stopKafka, this::stopMongo);
  }

  /** The processes running now, for messages and for tests that check nothing is left. */
  public List<PartProcess> parts() {
    List<PartProcess> all = new ArrayList<>();
    for (PartProcess p :
        new PartProcess[] {kafka, mongo, worker, tripData.running(), edge, balancer}) {
      if (p != null) {
        all.add(p);
      }
    }
    all.addAll(portals.running());
    return all;
  }

  public String readyUrl() {
    return PortalServers.readyUrl(settings.httpPort());
  }
}

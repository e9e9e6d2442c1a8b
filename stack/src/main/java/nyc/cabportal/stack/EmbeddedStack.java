package nyc.cabportal.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Starts and stops the parts of Cab Portal on this machine, each in its own JVM: the Kafka broker,
 * the MongoDB wire server, the Spark dispatch worker and the Liberty portal. Broker and store start
 * in parallel, then worker and portal in parallel; every start waits for the part to be really
 * ready (port open and answering, first micro-batch run, readiness UP). The launcher and the
 * integration tests both use this class, so tests run the stack a user runs.
 */
public final class EmbeddedStack implements AutoCloseable {

  public static final String RIDE_REQUESTS = "ride-requests";
  public static final String RIDE_REQUESTS_DLQ = "ride-requests-dlq";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);
  private static final Map<String, String> SPARK_ENV = Map.of("SPARK_LOCAL_IP", "127.0.0.1");

  private final StackSettings settings;
  private volatile PartProcess kafka;
  private volatile PartProcess mongo;
  private volatile PartProcess worker;
  private StackSecret adminPassword;

  /** The portal servers by HTTP port: the stack's own, and any started beside it to scale out. */
  private final Map<Integer, PartProcess> portals = new ConcurrentSkipListMap<>();

  private volatile PartProcess dataPrep;
  private volatile PartProcess balancer;

  public EmbeddedStack(StackSettings settings) {
    this.settings = settings;
  }

  public StackSettings settings() {
    return settings;
  }

  /**
   * Starts every part, as fast as their dependencies allow; on the first start, also loads the NYC
   * trip data (data prep) while worker and portal start.
   */
  public void startAll() {
    join(
        CompletableFuture.runAsync(this::startKafka), CompletableFuture.runAsync(this::startMongo));
    join(
        CompletableFuture.runAsync(this::startWorker),
        CompletableFuture.runAsync(this::startPortal),
        CompletableFuture.runAsync(this::loadTripData));
  }

  public void startKafka() {
    if (settings.externalKafka() == null) {
      kafka =
          start(
              "kafka",
              java(
                  "512m",
                  classpath("stack"),
                  "nyc.cabportal.stack.EmbeddedKafka",
                  List.of(),
                  "--port",
                  String.valueOf(settings.kafkaPort()),
                  "--controller-port",
                  String.valueOf(settings.kafkaControllerPort()),
                  "--data-dir",
                  settings.dataDir().resolve("kafka").toString()),
              Map.of());
      waitFor(kafka, "Kafka to accept connections", () -> portOpen(settings.kafkaPort()));
    }
    waitFor(kafka, "Kafka to create the ride topics", this::createTopics);
  }

  public void startMongo() {
    if (settings.externalMongo() != null) {
      return;
    }
    mongo =
        start(
            "mongodb",
            java(
                "256m",
                classpath("stack"),
                "nyc.cabportal.stack.EmbeddedMongo",
                List.of(),
                "--port",
                String.valueOf(settings.mongoPort()),
                "--file",
                settings.dataDir().resolve("mongodb/cabportal.mv.db").toString()),
            Map.of());
    waitFor(mongo, "MongoDB to accept connections", () -> portOpen(settings.mongoPort()));
  }

  public void startWorker() {
    Path ready = settings.dataDir().resolve("worker.ready");
    deleteQuietly(ready);
    worker =
        startSparkJob(
            "worker",
            "1g",
            "worker",
            "nyc.cabportal.worker.DispatchWorker",
            "--kafka-bootstrap-servers",
            settings.kafkaBootstrapServers(),
            "--mongodb-uri",
            settings.mongoUri(),
            "--checkpoint-dir",
            settings.dataDir().resolve("checkpoints/dispatch").toString(),
            "--ready-file",
            ready.toString(),
            "--boroughs-geojson",
            settings.boroughs().toString());
    waitFor(worker, "the worker to run its first micro-batch", () -> Files.exists(ready));
  }

  /**
   * Runs data prep over the trip files of {@link StackSettings#tripData()} unless the store already
   * holds a successful run (the job itself checks, so a restart costs one query), and waits for it.
   * Its progress lines are in its log; its summary (last line, JSON) is printed.
   */
  public void loadTripData() {
    Path input = settings.tripData();
    if (!Files.isDirectory(input)) {
      System.out.println("  no trip data at " + input + ": the store stays empty (DATAPREP_INPUT)");
      return;
    }
    dataPrep =
        startSparkJob(
            "data-prep",
            "1g",
            "data-prep",
            "nyc.cabportal.dataprep.job.DataPrep",
            "--input",
            input.toString(),
            "--boroughs-geojson",
            settings.boroughs().toString(),
            "--warehouse",
            settings.dataDir().resolve("warehouse").toString(),
            "--mongodb-uri",
            settings.mongoUri(),
            "--only-if-empty",
            "true");
    PartProcess job = dataPrep;
    System.out.println(
        "  data-prep loads "
            + input
            + " if the store holds no trip data yet (first start: minutes; progress in "
            + job.log()
            + ")");
    try {
      int status = job.waitForExit();
      if (status != 0) {
        throw new IllegalStateException(
            "data prep failed (exit status "
                + status
                + "); last lines of "
                + job.log()
                + ":\n"
                + job.logTail(30));
      }
      System.out.println("  data-prep " + job.logTail(1).strip());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while data prep ran", e);
    } finally {
      dataPrep = null;
    }
  }

  /**
   * Starts a main class of a Spark module (worker, data-prep) as a Spark application in local mode,
   * in its own JVM, with the settings every Spark job of ours uses on this machine (loopback only,
   * no UI).
   */
  public PartProcess startSparkJob(
      String name, String heap, String module, String mainClass, String... args) {
    return start(name, sparkJob(heap, module, mainClass, args), SPARK_ENV);
  }

  /**
   * Runs a Spark module's main class in the foreground with this console (the {@code ./cabportal
   * data-prep} command) and returns its exit status.
   */
  public int runSparkJob(String heap, String module, String mainClass, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(sparkJob(heap, module, mainClass, args)).inheritIO();
    pb.environment().putAll(SPARK_ENV);
    return pb.start().waitFor();
  }

  private List<String> sparkJob(String heap, String module, String mainClass, String... args) {
    return java(
        heap,
        settings.root().resolve(module + "/target/classes") + ":" + classpath(module),
        mainClass,
        List.of(
            "-Dspark.master=local[2]",
            "-Dspark.driver.host=127.0.0.1",
            "-Dspark.driver.bindAddress=127.0.0.1",
            "-Dspark.ui.enabled=false",
            "-Dspark.sql.shuffle.partitions=2",
            // Report an idle query within a second, so readiness is known quickly.
            "-Dspark.sql.streaming.noDataProgressEventInterval=1000",
            // With no new records, look again after 25 ms rather than 10 ms: idle polling
            // of the broker cost a third of a core; under load batches follow each other.
            "-Dspark.sql.streaming.pollingDelay=25ms"),
        args);
  }

  /** The admin password the portal is started with ({@link StackSecret}). */
  public synchronized StackSecret adminPassword() {
    if (adminPassword == null) {
      adminPassword =
          StackSecret.of(System.getenv("ADMIN_PASSWORD"), settings.dataDir(), "admin-password");
    }
    return adminPassword;
  }

  /** Starts the portal server on the stack's HTTP port. */
  public void startPortal() {
    startPortal(settings.httpPort());
  }

  /**
   * Starts a portal server on {@code httpPort}: the stack's own, or another instance of the same
   * Liberty server beside it (scaling out on one machine) with an output directory and log of its
   * own. All share Kafka, MongoDB and the admin password, so an admin signed in on one is signed in
   * on all.
   */
  public void startPortal(int httpPort) {
    PartProcess portal = launchPortal(httpPort, Map.of());
    waitFor(
        portal, "the portal to be ready (" + readyUrl(httpPort) + ")", () -> portalReady(httpPort));
  }

  /**
   * Starts a portal server on {@code httpPort} with {@code settings} added to its environment, and
   * returns without waiting for it (tests of bad configuration watch it refuse to start).
   */
  public PartProcess launchPortal(int httpPort, Map<String, String> settings) {
    Path server = this.settings.root().resolve("target/liberty/wlp/bin/server");
    if (!Files.isExecutable(server)) {
      throw new IllegalStateException(
          "no Liberty server at " + server + ": build first (mvn -f parent/pom.xml package)");
    }
    requireFree(httpPort);
    boolean own = httpPort == this.settings.httpPort();
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put(
        "WLP_OUTPUT_DIR",
        this.settings.dataDir().resolve(own ? "liberty" : "liberty-" + httpPort).toString());
    env.put("HTTP_PORT", String.valueOf(httpPort));
    env.put("KAFKA_BOOTSTRAP_SERVERS", this.settings.kafkaBootstrapServers());
    env.put("MONGODB_URI", this.settings.mongoUri());
    env.put("BOROUGHS_GEOJSON", this.settings.boroughs().toString());
    env.put("ADMIN_PASSWORD", adminPassword().value());
    // The balancer and the load generator reach the portal from this machine and say which rider
    // they act for in X-Forwarded-For (the rate limit is per rider).
    env.put(
        "CAB_HTTP_TRUSTED_PROXIES",
        System.getenv().getOrDefault("CAB_HTTP_TRUSTED_PROXIES", "127.0.0.1"));
    env.putAll(settings);
    PartProcess portal =
        start(
            own ? "portal" : "portal-" + httpPort,
            List.of(server.toString(), "run", "cabPortal"),
            env);
    portals.put(httpPort, portal);
    return portal;
  }

  /**
   * Starts nginx (Debian's package) on {@code port} as a load balancer over the portal servers on
   * {@code portalPorts} ({@link BalancerConfig}), its files under the data directory.
   */
  public void startBalancer(int port, List<Integer> portalPorts) {
    Path nginx = Path.of("/usr/sbin/nginx");
    if (!Files.isExecutable(nginx)) {
      throw new IllegalStateException(
          "no nginx at " + nginx + ": install Debian's nginx package (./cabportal test does)");
    }
    requireFree(port);
    Path dir = settings.dataDir().resolve("balancer");
    try {
      Files.createDirectories(dir.resolve("tmp"));
      Files.writeString(
          dir.resolve("nginx.conf"),
          BalancerConfig.render(
              dir, port, portalPorts, "root".equals(System.getProperty("user.name"))));
    } catch (IOException e) {
      throw new IllegalStateException("could not write the balancer's configuration", e);
    }
    balancer =
        start(
            "balancer",
            List.of(
                nginx.toString(),
                "-p",
                dir.toString(),
                "-e",
                dir.resolve("error.log").toString(),
                "-c",
                dir.resolve("nginx.conf").toString()),
            Map.of());
    waitFor(balancer, "nginx to accept connections on " + port, () -> portOpen(port));
  }

  public void stopBalancer() {
    balancer = stop(balancer);
  }

  public void stopWorker() {
    worker = stop(worker);
  }

  /** Kills the worker at once, as a crash would: no clean shutdown of the streaming query. */
  public void killWorker() {
    worker = kill(worker);
  }

  /** Kills the Kafka broker at once ({@code kill -9}); its log directory stays for the restart. */
  public void killKafka() {
    kafka = kill(kafka);
  }

  /** Kills the MongoDB wire server at once ({@code kill -9}); its file stays for the restart. */
  public void killMongo() {
    mongo = kill(mongo);
  }

  /** Kills the portal server on {@code httpPort} at once ({@code kill -9}). */
  public void killPortal(int httpPort) {
    kill(portals.remove(httpPort));
  }

  private static PartProcess kill(PartProcess p) {
    if (p != null) {
      p.kill();
    }
    return null;
  }

  public void stopKafka() {
    kafka = stop(kafka);
  }

  public void stopPortal() {
    stopPortal(settings.httpPort());
  }

  public void stopPortal(int httpPort) {
    stop(portals.remove(httpPort));
  }

  public void stopMongo() {
    mongo = stop(mongo);
  }

  /**
   * Stops the parts in the order that loses nothing: portal, worker (and a data prep still running:
   * its load is not committed, so the next start loads again), then broker and store.
   */
  @Override
  public void close() {
    dataPrep = stop(dataPrep);
    stopBalancer();
    join(
        portals.keySet().stream()
            .map(p -> CompletableFuture.runAsync(() -> stopPortal(p)))
            .toArray(CompletableFuture[]::new));
    stopWorker();
    join(CompletableFuture.runAsync(this::stopKafka), CompletableFuture.runAsync(this::stopMongo));
  }

  /** The processes running now, for messages and for tests that check nothing is left. */
  public List<PartProcess> parts() {
    List<PartProcess> all = new ArrayList<>();
    for (PartProcess p : new PartProcess[] {kafka, mongo, worker, dataPrep, balancer}) {
      if (p != null) {
        all.add(p);
      }
    }
    all.addAll(portals.values());
    return all;
  }

  public String readyUrl() {
    return readyUrl(settings.httpPort());
  }

  private static String readyUrl(int httpPort) {
    return "http://localhost:" + httpPort + "/health/ready";
  }

  private boolean createTopics() {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000))) {
      Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      if (!existing.contains(RIDE_REQUESTS)) {
        missing.add(new NewTopic(RIDE_REQUESTS, settings.rideRequestPartitions(), (short) 1));
      }
      if (!existing.contains(RIDE_REQUESTS_DLQ)) {
        missing.add(new NewTopic(RIDE_REQUESTS_DLQ, 1, (short) 1));
      }
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
      }
      return true;
    } catch (ExecutionException e) {
      return e.getCause() instanceof TopicExistsException;
    } catch (Exception e) {
      return false;
    }
  }

  private static boolean portalReady(int httpPort) {
    try {
      HttpResponse<Void> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(readyUrl(httpPort)))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private PartProcess start(String name, List<String> command, Map<String, String> env) {
    try {
      Path log = settings.dataDir().resolve("logs/" + name + ".log");
      PartProcess p = PartProcess.start(name, command, env, log);
      System.out.printf("  started %-8s pid %-7d log %s%n", name, p.pid(), log);
      return p;
    } catch (IOException e) {
      throw new IllegalStateException("could not start " + name + ": " + e.getMessage(), e);
    }
  }

  private static PartProcess stop(PartProcess p) {
    if (p != null) {
      p.stop(STOP_GRACE);
    }
    return null;
  }

  private List<String> java(
      String heap, String classpath, String main, List<String> jvmArgs, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.add("-XX:+ExitOnOutOfMemoryError");
    if (!heap.endsWith("g")) {
      // Small heaps on 2 cores: the serial collector costs least CPU and pauses briefly.
      cmd.add("-XX:+UseSerialGC");
    }
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(classpath);
    cmd.add(main);
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** A module's compiled classes and its runtime classpath (written by its build). */
  private String classpath(String module) {
    Path file = settings.root().resolve(module + "/target/classpath.txt");
    try {
      String deps = Files.readString(file).strip();
      return module.equals("stack")
          ? settings.root().resolve("stack/target/classes") + ":" + deps
          : deps;
    } catch (IOException e) {
      throw new IllegalStateException(
          "no " + file + ": build first (mvn -f parent/pom.xml package)", e);
    }
  }

  /** Waits until {@code ready} holds, failing early with the part's log if the part exits. */
  public static void waitFor(PartProcess part, String what, BooleanSupplier ready) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!ready.getAsBoolean()) {
      if (part != null && !part.isAlive()) {
        throw new IllegalStateException(
            part.name()
                + " exited while waiting for "
                + what
                + "; last lines of "
                + part.log()
                + ":\n"
                + part.logTail(30));
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "timed out after "
                + START_TIMEOUT.toSeconds()
                + " s waiting for "
                + what
                + (part == null ? "" : "; see " + part.log()));
      }
      try {
        Thread.sleep(100); // polling a condition, not waiting for time to pass
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + what, e);
      }
    }
  }

  /** Fails if something listens on {@code port}: it would answer this part's readiness check. */
  private static void requireFree(int port) {
    if (portOpen(port)) {
      throw new IllegalStateException(
          "port " + port + " is already in use: stop what listens there or pick another port");
    }
  }

  private static boolean portOpen(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a stale ready file only makes the wait shorter; the worker rewrites it
    }
  }

  private static void join(CompletableFuture<?>... all) {
    try {
      CompletableFuture.allOf(all).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}

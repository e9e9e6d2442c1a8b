package nyc.cabportal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import nyc.cabportal.bench.jobs.LatencyFloor;
import nyc.cabportal.stack.EmbeddedStack;
import nyc.cabportal.stack.PartProcess;
import nyc.cabportal.stack.Readiness;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Measures the floor: produces records at a fixed rate into a fresh topic with as many partitions
 * as {@code ride-requests}, and lets {@link LatencyFloor} (a bare Structured Streaming query with
 * the worker's options) note when each arrives.
 */
final class LatencyFloorProbe {

  private final EmbeddedStack stack;

  LatencyFloorProbe(EmbeddedStack stack) {
    this.stack = stack;
  }

  /**
   * The floor of one run: each record's arrival lag, and the bare query's own CPU per record over
   * the timed phase — Spark's cost of a micro-batch with nothing in it to do, beside the worker's —
   * with its JIT compiler threads' share apart (this JVM started a few seconds before).
   */
  record Floor(Percentiles lags, double cpuMsPerRecord, double jitMsPerRecord) {

    String cpuRow() {
      return String.format(
          Locale.ROOT,
          "floor query's CPU ms per record: %.2f (of which JIT compilation %.2f)",
          cpuMsPerRecord,
          jitMsPerRecord);
    }
  }

  Floor measure(int rate, int seconds) throws Exception {
    String bootstrap = stack.settings().kafkaBootstrapServers();
    String topic = "latency-floor-" + UUID.randomUUID().toString().substring(0, 8);
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin
          .createTopics(
              Set.of(new NewTopic(topic, stack.settings().rideRequestPartitions(), (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
    Path dir = Files.createTempDirectory("cabportal-floor");
    Path out = dir.resolve("lags.txt");
    PartProcess floor =
        stack.startBenchJob(
            "latency-floor",
            "1g",
            "worker",
            LatencyFloor.class.getName(),
            bootstrap,
            topic,
            dir.resolve("checkpoint").toString(),
            out.toString());
    try {
      Readiness.waitFor(
          floor, "the latency-floor query", () -> Files.exists(Path.of(out + ".ready")));
      // The first micro-batches compile code and warm the JVM; the worker is warm too.
      produce(bootstrap, topic, rate, 3);
      waitForLines(out, rate * 3, Duration.ofSeconds(60));
      long warm = Files.lines(out).count();
      long cpu0 = PartCpu.millis(floor.pid());
      long jit0 = PartCpu.compilerMillis(floor.pid());
      produce(bootstrap, topic, rate, seconds);
      waitForLines(out, warm + (long) rate * seconds, Duration.ofSeconds(60));
      long records = (long) rate * seconds;
      double cpu = (PartCpu.millis(floor.pid()) - cpu0) / (double) records;
      double jit = (PartCpu.compilerMillis(floor.pid()) - jit0) / (double) records;
      List<Double> lags = Files.lines(out).skip(warm).map(Double::valueOf).toList();
      return new Floor(Percentiles.of(lags), cpu, jit);
    } finally {
      floor.stop(Duration.ofSeconds(20));
      try (Admin admin =
          Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
        admin.deleteTopics(Set.of(topic)).all().get(30, TimeUnit.SECONDS);
      }
    }
  }

  private static void produce(String bootstrap, String topic, int rate, int seconds) {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.LINGER_MS_CONFIG,
                "0",
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class.getName()))) {
      long period = 1_000_000_000L / rate;
      long start = System.nanoTime();
      for (int i = 0; i < rate * seconds; i++) {
        long wait = start + i * period - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        producer.send(
            new ProducerRecord<>(topic, UUID.randomUUID().toString(), "{\"probe\":" + i + "}"));
      }
      producer.flush();
    }
  }

  private static void waitForLines(Path file, long lines, Duration atMost) throws Exception {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (Files.lines(file).count() < lines) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the latency-floor query saw only "
                + Files.lines(file).count()
                + " of "
                + lines
                + " records");
      }
      Thread.sleep(200); // polling a file the other JVM appends to
    }
  }
}

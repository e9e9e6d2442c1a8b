package nyc.cabportal.worker.dispatch;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;
import nyc.cabportal.trips.geo.NewYork;
import nyc.cabportal.worker.contract.DecodedRequest;
import nyc.cabportal.worker.contract.RideRequestDecoder;
import nyc.cabportal.worker.fleet.Fleet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dispatch batch's work done on sample requests before the worker says it is ready, answered to
 * nobody: the records are Spark rows shaped like the Kafka source's, decoded by {@link
 * RideRequestDecoder} and decided by the {@link Dispatcher} against a copy of the fleet, and a
 * Kafka consumer is opened on the requests' topic and closed; nothing is written anywhere.
 *
 * <p>Why: a fresh worker's first batch that held records took 2.5–4 s, 2.6–3.4 of them in Spark
 * (its first tasks ever: their classes, generated code and the interpreter), so the first riders of
 * a fresh stack waited longer than the portal's admission allows (2 s) and were refused as overload
 * for a few seconds: 197–280 of the soak's 4,500 warm-up rides at 75 rides/s. With the warm-up: 93
 * and 100 (205 without it in the same hour), the first batch's Spark time 1.6–1.8 s; it costs the
 * worker about 6 s at its start, which a restart's "ready" sees as 1–3 s (BENCHMARKS.md, issue 18).
 */
public final class DispatchWarmUp {

  /** Sample requests per round: about a batch at 200 rides/s. */
  public static final int RIDES = 40;

  /** Rounds: enough for the decoding and deciding code to leave the interpreter. */
  public static final int ROUNDS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(DispatchWarmUp.class);

  private DispatchWarmUp() {}

  /** What the rounds decided, all together, and how long they took. */
  public record Result(long millis, int decided, int dispatched, int deadLetters) {}

  /**
   * Opens a Kafka consumer on {@code topic} at its end, polls once and closes it: no group, no
   * commit, nothing read. In local mode Spark's tasks read through the same consumer classes in
   * this JVM, and a fresh worker's first task otherwise loaded and ran them cold. A failure here
   * only leaves them cold.
   */
  public static long touchKafka(String bootstrapServers, String topic) {
    long started = System.nanoTime();
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
    p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo i : consumer.partitionsFor(topic, Duration.ofSeconds(5))) {
        partitions.add(new TopicPartition(topic, i.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      consumer.poll(Duration.ofMillis(100));
    } catch (RuntimeException e) {
      LOG.info("Kafka consumer not warmed up (first batch reads cold): {}", e.toString());
    }
    return (System.nanoTime() - started) / 1_000_000;
  }

  /**
   * Runs the rounds, each against a fresh copy of the fleet from {@code fleetCopy} (the live fleet
   * is never handed to the dispatcher here).
   */
  public static Result run(SparkSession spark, Dispatcher dispatcher, Supplier<Fleet> fleetCopy) {
    long started = System.nanoTime();
    int decided = 0;
    int dispatched = 0;
    int deadLetters = 0;
    List<Row> records = new ArrayList<>();
    for (int i = 0; i < RIDES; i++) {
      String id = "warm-up-" + i;
      records.add(
          RowFactory.create(
              id.getBytes(StandardCharsets.UTF_8),
              request(id, i).getBytes(StandardCharsets.UTF_8),
              "warm-up",
              0,
              (long) i,
              new Timestamp(System.currentTimeMillis()),
              0));
    }
    for (int round = 0; round < ROUNDS; round++) {
      List<DecodedRequest> batch =
          RideRequestDecoder.collect(
              spark.createDataFrame(records, RideRequestDecoder.KAFKA_RECORD));
      Dispatcher.Decisions d =
          dispatcher.decide(batch, ZonedDateTime.now(NewYork.ZONE), id -> true, fleetCopy.get());
      decided += d.outcomes().size();
      dispatched += d.dispatched();
      deadLetters += d.deadLetters().size();
    }
    return new Result((System.nanoTime() - started) / 1_000_000, decided, dispatched, deadLetters);
  }

  /**
   * A valid request (by the contract) in Lower and Midtown Manhattan, its pickup an hour of the
   * week apart from the last one.
   */
  private static String request(String id, int i) {
    double lat = 40.72 + (i % 8) * 0.01;
    double lon = -74.00 + (i % 5) * 0.01;
    LocalDateTime pickupAt = LocalDateTime.of(2014, 5, 5, 0, 0).plusHours(i * 7L % 168);
    return String.format(
        Locale.ROOT,
        "{\"schemaVersion\":1,\"id\":\"%s\",\"pickup\":{\"lat\":%.4f,\"lon\":%.4f},"
            + "\"dropoff\":{\"lat\":%.4f,\"lon\":%.4f},\"passengers\":%d,\"pickupAt\":\"%s\","
            + "\"acceptedAt\":\"%s\"}",
        id,
        lat,
        lon,
        lat + 0.03,
        lon + 0.02,
        1 + i % 4,
        pickupAt,
        Instant.now());
  }
}

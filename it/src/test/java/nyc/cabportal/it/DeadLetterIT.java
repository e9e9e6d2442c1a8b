package nyc.cabportal.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Malformed Kafka records go to the dead-letter topic with their reason; the stream goes on. */
@ExtendWith(RunningStack.class)
class DeadLetterIT {

  @Test
  void malformedRecordsAreDeadLetteredWithTheirReasonAndTheNextRideIsServed() throws Exception {
    var settings = RunningStack.stack().settings();
    // A ride the portal stored and queued, whose record turns out malformed on the wire.
    String knownRide = StoredRides.store("QUEUED", 9, Instant.now());
    String garbage = "this is not json " + UUID.randomUUID();
    String tooMany =
        "{\"schemaVersion\":1,\"id\":\""
            + knownRide
            + "\",\"pickup\":{\"lat\":40.758,\"lon\":-73.9855},"
            + "\"dropoff\":{\"lat\":40.6413,\"lon\":-73.7781},\"passengers\":9,\"acceptedAt\":\"2026-11-21T14:00:00Z\"}";
    // Another schema version, and a record with neither key nor id.
    String otherVersion =
        "{\"schemaVersion\":99,\"id\":\""
            + UUID.randomUUID()
            + "\",\"pickup\":{\"lat\":40.758,\"lon\":-73.9855},"
            + "\"dropoff\":{\"lat\":40.6413,\"lon\":-73.7781},\"passengers\":2,\"acceptedAt\":\"2026-11-21T14:07:00Z\"}";
    String noId =
        "{\"schemaVersion\":1,\"pickup\":{\"lat\":40.758,\"lon\":-73.9855},"
            + "\"dropoff\":{\"lat\":40.6413,\"lon\":-73.7781},\"passengers\":2,\"acceptedAt\":\"2026-11-21T14:07:00Z\"}";
    RawRecords.publish(
        new String[] {null, garbage},
        new String[] {knownRide, tooMany},
        new String[] {null, otherVersion},
        new String[] {null, noId});

    // The next good ride is served as if nothing happened.
    String good = RidesApi.post(RidesApi.TIMES_SQUARE_TO_JFK).body().getString("id");
    assertEquals(
        "DISPATCHED", RidesApi.awaitFinal(good, Duration.ofSeconds(60)).getString("status"));

    // The identifiable ride is REJECTED, with the reason, for its rider to see.
    JsonObject rejected = RidesApi.awaitFinal(knownRide, Duration.ofSeconds(60));
    assertEquals("REJECTED", rejected.getString("status"));
    assertEquals("passengers must be between 1 and 6, not 9", rejected.getString("statusReason"));

    List<JsonObject> letters = readDeadLetters(settings.kafkaBootstrapServers(), 4);
    assertTrue(
        letters.stream()
            .anyMatch(
                l ->
                    l.getString("value").equals(garbage)
                        && l.getString("reason").equals("not a JSON object")),
        letters.toString());
    assertTrue(
        letters.stream()
            .anyMatch(
                l ->
                    knownRide.equals(l.getString("rideId", null))
                        && l.getString("reason").startsWith("passengers must be between 1 and 6")),
        letters.toString());
    assertTrue(
        letters.stream()
            .anyMatch(
                l ->
                    l.getString("value").equals(otherVersion)
                        && l.getString("reason").equals("schemaVersion 99 is not supported")),
        letters.toString());
    assertTrue(
        letters.stream()
            .anyMatch(
                l ->
                    l.getString("value").equals(noId)
                        && l.getString("reason").equals("id is missing")),
        letters.toString());
  }

  private static List<JsonObject> readDeadLetters(String bootstrap, int atLeast) {
    List<JsonObject> letters = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                "dead-letter-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName()))) {
      consumer.subscribe(List.of(Contract.RIDE_REQUESTS_DLQ));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer
                    .poll(Duration.ofMillis(500))
                    .forEach(
                        r ->
                            letters.add(
                                Json.createReader(new StringReader(r.value())).readObject()));
                return letters.size() >= atLeast;
              });
    }
    return letters;
  }
}

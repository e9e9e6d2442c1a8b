package nyc.cabportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import nyc.cabportal.stack.EmbeddedStack;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A portal that dies between its two writes loses nothing: the states it can leave behind are made
 * here by hand, exactly as the portal writes them, and the running system must finish them. (The
 * test run sets cab.recovery.grace-seconds=3 and cab.recovery.interval-seconds=1.)
 */
@ExtendWith(RunningStack.class)
class TwoWritesIT {

  @Test
  void aRideStoredButNeverPublishedIsQueuedByRecoveryAndAnswered() {
    String id = storePending();
    // No record was ever published: only the recovery round can save this ride.
    assertEquals("DISPATCHED", RidesApi.awaitFinal(id, Duration.ofSeconds(60)).getString("status"));
  }

  @Test
  void aRidePublishedButNeverMarkedQueuedIsAnsweredByTheWorker() throws Exception {
    String id = storePending();
    var settings = RunningStack.stack().settings();
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
      producer
          .send(
              new ProducerRecord<>(
                  EmbeddedStack.RIDE_REQUESTS,
                  id,
                  "{\"schemaVersion\":1,\"id\":\""
                      + id
                      + "\",\"pickup\":{\"lat\":40.758,\"lon\":-73.9855},"
                      + "\"dropoff\":{\"lat\":40.6413,\"lon\":-73.7781},\"passengers\":1,"
                      + "\"acceptedAt\":\""
                      + Instant.now()
                      + "\"}"))
          .get();
    }
    assertEquals("DISPATCHED", RidesApi.awaitFinal(id, Duration.ofSeconds(60)).getString("status"));
    // Recovery may publish it once more; the second answer changes nothing.
    assertEquals(1, countRides(id));
  }

  /** What the portal's first write leaves: the ride as PENDING, accepted a few seconds ago. */
  private static String storePending() {
    String id = UUID.randomUUID().toString();
    try (MongoClient mongo = MongoClients.create(RunningStack.stack().settings().mongoUri())) {
      MongoCollection<Document> rides = mongo.getDatabase("cabportal").getCollection("rides");
      rides.insertOne(
          new Document("_id", id)
              .append("schemaVersion", 1)
              .append("status", "PENDING")
              .append("pickup", new Document("lat", 40.758).append("lon", -73.9855))
              .append("dropoff", new Document("lat", 40.6413).append("lon", -73.7781))
              .append("passengers", 1)
              .append(
                  "timings", new Document("acceptedAt", Date.from(Instant.now().minusSeconds(5)))));
    }
    return id;
  }

  private static long countRides(String id) {
    try (MongoClient mongo = MongoClients.create(RunningStack.stack().settings().mongoUri())) {
      return mongo
          .getDatabase("cabportal")
          .getCollection("rides")
          .countDocuments(new Document("_id", id));
    }
  }
}

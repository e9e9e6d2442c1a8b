package nyc.cabportal.it;

import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes records to {@code ride-requests} as any producer could, bypassing the portal. */
final class RawRecords {

  private RawRecords() {}

  /** Sends each {key, value} pair (key may be null) and waits until the broker has them all. */
  static void publish(String[]... keyValues) throws Exception {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                RunningStack.stack().settings().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class.getName()))) {
      for (String[] kv : keyValues) {
        producer.send(new ProducerRecord<>(Contract.RIDE_REQUESTS, kv[0], kv[1])).get();
      }
    }
  }
}

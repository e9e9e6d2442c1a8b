package nyc.cabportal.worker.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import nyc.cabportal.worker.contract.ContractNames;
import nyc.cabportal.worker.contract.DecodedRequest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends every record that is not a valid ride request to {@code ride-requests-dlq}, with the reason
 * and where it came from, and waits for the broker to take them before the batch counts as done. A
 * replayed batch may send a record twice (at least once); the source partition and offset in each
 * letter identify duplicates.
 */
public final class DeadLetterQueue implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final KafkaProducer<String, String> producer;

  public DeadLetterQueue(String bootstrapServers) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "cab-portal-worker-dlq");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    this.producer = new KafkaProducer<>(p);
  }

  /** Sends all letters and returns once the broker has them; throws if it refuses any. */
  public void send(List<DecodedRequest> rejected, Instant rejectedAt)
      throws InterruptedException, ExecutionException {
    Future<?>[] sent = new Future<?>[rejected.size()];
    for (int i = 0; i < rejected.size(); i++) {
      DecodedRequest r = rejected.get(i);
      sent[i] =
          producer.send(
              new ProducerRecord<>(
                  ContractNames.RIDE_REQUESTS_DLQ, r.getKey(), letter(r, rejectedAt)));
    }
    for (Future<?> f : sent) {
      f.get();
    }
  }

  /** The dead letter: reason, source coordinates, and the original record as it was. */
  static String letter(DecodedRequest r, Instant rejectedAt) {
    ObjectNode o = JSON.createObjectNode();
    o.put("reason", r.getProblem());
    o.put("rideId", r.getId());
    ObjectNode source = o.putObject("source");
    source.put("topic", ContractNames.RIDE_REQUESTS);
    source.put("partition", r.getPartition());
    source.put("offset", r.getOffset());
    source.put("timestamp", Instant.ofEpochMilli(r.getKafkaTimestamp()).toString());
    o.put("key", r.getKey());
    o.put("value", r.getValue());
    o.put("rejectedAt", rejectedAt.toString());
    return o.toString();
  }

  @Override
  public void close() {
    producer.close();
  }
}

package nyc.cabportal.infrastructure.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nyc.cabportal.domain.ride.QueueUnavailable;
import nyc.cabportal.domain.ride.RideQueue;
import nyc.cabportal.domain.ride.RideRequest;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes ride requests to {@code ride-requests} through MicroProfile Reactive Messaging and the
 * liberty-kafka connector, keyed by ride id so every record of one ride lands in one partition.
 *
 * <p>The payload is a Kafka {@link ProducerRecord}: the liberty-kafka connector sends such a
 * payload as it is, which is its way of setting the record key. The returned stage completes on the
 * broker's acknowledgement ({@code acks=all}) and fails on a negative acknowledgement or when none
 * arrives in time; only then is the rider told the ride is queued.
 */
@ApplicationScoped
public class KafkaRideQueue implements RideQueue {

  private Emitter<ProducerRecord<String, String>> emitter;
  private Duration timeout;

  KafkaRideQueue() {}

  @Inject
  public KafkaRideQueue(
      @Channel(RideTopics.RIDE_REQUESTS_CHANNEL)
          @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
          Emitter<ProducerRecord<String, String>> emitter,
      @ConfigProperty(name = "cab.queue.publish-timeout-ms", defaultValue = "5000")
          long timeoutMs) {
    this.emitter = emitter;
    this.timeout = Duration.ofMillis(timeoutMs);
  }

  @Override
  public CompletionStage<Void> publish(RideRequest request) {
    CompletableFuture<Void> acked = new CompletableFuture<>();
    ProducerRecord<String, String> record =
        new ProducerRecord<>(
            RideTopics.RIDE_REQUESTS, request.id(), RideRequestMessage.toJson(request));
    try {
      emitter.send(
          Message.of(
              record,
              () -> {
                acked.complete(null);
                return CompletableFuture.completedFuture(null);
              },
              failure -> {
                acked.completeExceptionally(
                    new QueueUnavailable(
                        "the ride queue (Kafka) refused the request: " + failure.getMessage(),
                        failure));
                return CompletableFuture.completedFuture(null);
              }));
    } catch (RuntimeException e) {
      acked.completeExceptionally(
          new QueueUnavailable("the ride queue (Kafka) is unavailable: " + e.getMessage(), e));
    }
    return acked
        .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .exceptionallyCompose(
            e ->
                CompletableFuture.failedFuture(
                    e instanceof TimeoutException
                        ? new QueueUnavailable(
                            "the ride queue (Kafka) did not confirm the request within "
                                + timeout.toMillis()
                                + " ms",
                            e)
                        : e));
  }
}

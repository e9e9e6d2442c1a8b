package nyc.cabportal.interfaces.health;

import com.mongodb.reactivestreams.client.MongoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** UP when MongoDB answers a {@code ping} within the health time-out. */
@Readiness
@ApplicationScoped
public class MongoReadinessCheck implements HealthCheck {

  @Inject MongoDatabase database;

  @Inject
  @ConfigProperty(name = "cab.health.timeout-ms", defaultValue = "2000")
  int timeoutMs;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("mongodb").withData("database", database.getName());
    CompletableFuture<Document> pong = new CompletableFuture<>();
    database
        .runCommand(new Document("ping", 1))
        .subscribe(
            new Subscriber<Document>() {
              @Override
              public void onSubscribe(Subscription s) {
                s.request(1);
              }

              @Override
              public void onNext(Document d) {
                pong.complete(d);
              }

              @Override
              public void onError(Throwable t) {
                pong.completeExceptionally(t);
              }

              @Override
              public void onComplete() {
                pong.complete(null);
              }
            });
    try {
      pong.get(timeoutMs, TimeUnit.MILLISECONDS);
      return response.up().build();
    } catch (Exception e) {
      return response.withData("error", KafkaReadinessCheck.describe(e)).down().build();
    }
  }
}

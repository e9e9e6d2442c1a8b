package nyc.cabportal.interfaces.health;

import com.mongodb.reactivestreams.client.MongoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import nyc.cabportal.infrastructure.mongo.PublisherStages;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

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
    var pong = PublisherStages.first(database.runCommand(new Document("ping", 1)));
    try {
      pong.toCompletableFuture().get(timeoutMs, TimeUnit.MILLISECONDS);
      return response.up().build();
    } catch (Exception e) {
      return response.withData("error", KafkaReadinessCheck.describe(e)).down().build();
    }
  }
}

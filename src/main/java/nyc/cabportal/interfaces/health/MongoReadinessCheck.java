package nyc.cabportal.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import nyc.cabportal.infrastructure.mongo.StorePing;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** UP when MongoDB answers a {@code ping} within the health time-out. */
@Readiness
@ApplicationScoped
public class MongoReadinessCheck implements HealthCheck {

  @Inject StorePing store;

  @Inject
  @ConfigProperty(name = "cab.health.timeout-ms", defaultValue = "2000")
  int timeoutMs;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("mongodb").withData("database", store.database());
    var pong = store.ping();
    try {
      pong.toCompletableFuture().get(timeoutMs, TimeUnit.MILLISECONDS);
      return response.up().build();
    } catch (Exception e) {
      return response.withData("error", KafkaReadinessCheck.describe(e)).down().build();
    }
  }
}

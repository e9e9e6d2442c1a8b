package nyc.cabportal.interfaces.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nyc.cabportal.infrastructure.kafka.RideTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * UP when a Kafka broker answers and the {@code ride-requests} topic exists. The connector itself
 * reports nothing while the broker is down (it just blocks sends), so the portal asks the broker
 * with its own admin client.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

  @Inject
  @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
  String bootstrapServers;

  @Inject
  @ConfigProperty(name = "cab.health.timeout-ms", defaultValue = "2000")
  int timeoutMs;

  private Admin admin;

  @Override
  public HealthCheckResponse call() {
    var response =
        HealthCheckResponse.named("kafka").withData("bootstrap.servers", bootstrapServers);
    try {
      Admin a = admin();
      int brokers =
          a.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs))
              .nodes()
              .get(timeoutMs, TimeUnit.MILLISECONDS)
              .size();
      Set<String> topics =
          a.listTopics(new ListTopicsOptions().timeoutMs(timeoutMs))
              .names()
              .get(timeoutMs, TimeUnit.MILLISECONDS);
      boolean hasTopic = topics.contains(RideTopics.RIDE_REQUESTS);
      response.withData("brokers", brokers).withData("topic." + RideTopics.RIDE_REQUESTS, hasTopic);
      return (hasTopic ? response.up() : response.down()).build();
    } catch (Exception e) {
      return response.withData("error", describe(e)).down().build();
    }
  }

  private synchronized Admin admin() {
    if (admin == null) {
      admin =
          Admin.create(
              Map.of(
                  AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                  AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                  AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs,
                  AdminClientConfig.CLIENT_ID_CONFIG, "cab-portal-health"));
    }
    return admin;
  }

  static String describe(Exception e) {
    Throwable t = e.getCause() != null ? e.getCause() : e;
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  @PreDestroy
  synchronized void close() {
    if (admin != null) {
      admin.close();
    }
  }
}

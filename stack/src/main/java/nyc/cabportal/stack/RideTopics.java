package nyc.cabportal.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The ride topics on the embedded (or an external) broker, created when missing: {@code
 * ride-requests} with the configured partitions, its dead-letter queue with one. The names are the
 * contract's ({@code contract/names.properties}; a test checks them).
 */
final class RideTopics {

  static final String RIDE_REQUESTS = "ride-requests";
  static final String RIDE_REQUESTS_DLQ = "ride-requests-dlq";

  private RideTopics() {}

  /** Creates the missing topics; true once both exist, false while the broker cannot tell. */
  static boolean ensure(String bootstrapServers, int partitions) {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000))) {
      Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      if (!existing.contains(RIDE_REQUESTS)) {
        missing.add(new NewTopic(RIDE_REQUESTS, partitions, (short) 1));
      }
      if (!existing.contains(RIDE_REQUESTS_DLQ)) {
        missing.add(new NewTopic(RIDE_REQUESTS_DLQ, 1, (short) 1));
      }
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
      }
      return true;
    } catch (ExecutionException e) {
      return e.getCause() instanceof TopicExistsException;
    } catch (Exception e) {
      return false;
    }
  }
}

package nyc.cabportal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import nyc.cabportal.application.RideMetrics;
import nyc.cabportal.domain.ride.RideStatus;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Ride metrics in the application registry, served by {@code /metrics} in Prometheus format: {@code
 * rides_submitted_total{outcome}} (accepted, invalid, overloaded, queue_unavailable,
 * store_unavailable), {@code ride_result_queries_total} (the result poll's store queries), {@code
 * ride_queue_publish_failures_total}, {@code rides_recovered_total}, {@code
 * rides_answered_total{status}}, the end-to-end latency timer {@code ride_end_to_end_seconds}
 * (accepted → answer stored), the two writes of a submit, {@code ride_submit_store_seconds} and
 * {@code ride_submit_queue_seconds}, and the result poll's rounds, {@code ride_result_poll_seconds}
 * (how long an answer already stored can wait for its page, beyond the poll interval).
 */
@ApplicationScoped
public class MicroProfileRideMetrics implements RideMetrics {

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  @Override
  public void accepted() {
    submitted("accepted");
  }

  @Override
  public void invalid() {
    submitted("invalid");
  }

  @Override
  public void overloaded() {
    submitted("overloaded");
  }

  @Override
  public void queueRefused() {
    submitted("queue_unavailable");
    registry.counter("ride_queue_publish_failures").inc();
  }

  @Override
  public void storeRefused() {
    submitted("store_unavailable");
  }

  @Override
  public void recovered() {
    registry.counter("rides_recovered").inc();
  }

  @Override
  public void stored(Duration d) {
    registry.timer("ride_submit_store").update(d);
  }

  @Override
  public void published(Duration d) {
    registry.timer("ride_submit_queue").update(d);
  }

  @Override
  public void resultQuery(int rides) {
    registry.counter("ride_result_queries").inc();
  }

  @Override
  public void resultPoll(Duration d) {
    registry.timer("ride_result_poll").update(d);
  }

  @Override
  public void answered(RideStatus status, Duration endToEnd) {
    registry.counter("rides_answered", new Tag("status", status.name())).inc();
    registry.timer("ride_end_to_end").update(endToEnd);
  }

  private void submitted(String outcome) {
    registry.counter("rides_submitted", new Tag("outcome", outcome)).inc();
  }
}

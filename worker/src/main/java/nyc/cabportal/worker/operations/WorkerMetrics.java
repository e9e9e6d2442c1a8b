package nyc.cabportal.worker.operations;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The dispatch worker's metrics in Prometheus format, served at {@code /metrics} on the metrics
 * port (the Kubernetes PodMonitor scrapes it): micro-batches by count, size and stage durations
 * (histograms, so that percentiles add up across restarts and pods), the queue lag of the last
 * batch, answers by status, the fleet, query restarts, and the JVM's own (heap, CPU, GC).
 *
 * <p>Names are {@code cab_worker_*}; the Grafana dashboard and the alert rules of {@code
 * k8s/base/monitoring} use them, and an integration test checks each name they use against what the
 * embedded stack's worker really serves.
 */
public final class WorkerMetrics implements BatchReports, AutoCloseable {

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter batches =
      Counter.builder()
          .name("cab_worker_batches")
          .help("Micro-batches the dispatch query completed")
          .register(registry);
  private final Histogram records =
      Histogram.builder()
          .name("cab_worker_batch_records")
          .help("Ride requests in one micro-batch")
          .classicOnly()
          .classicUpperBounds(1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 20000)
          .register(registry);
  private final Histogram durations =
      Histogram.builder()
          .name("cab_worker_batch_duration_seconds")
          .help("Time of one micro-batch by stage: total, spark (collect), decide, store")
          .labelNames("stage")
          .classicOnly()
          .classicUpperBounds(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
          .register(registry);
  private final Gauge queueLag =
      Gauge.builder()
          .name("cab_worker_queue_lag_seconds")
          .help("How long the last batch's oldest request waited in Kafka for its batch")
          .register(registry);
  private final Gauge lastBatch =
      Gauge.builder()
          .name("cab_worker_last_batch_timestamp_seconds")
          .help("When the last micro-batch ended (Unix time)")
          .register(registry);
  private final Counter answers =
      Counter.builder()
          .name("cab_worker_rides")
          .help("Rides answered, by status")
          .labelNames("status")
          .register(registry);
  private final Gauge cabs =
      Gauge.builder().name("cab_worker_cabs").help("Cabs in the fleet").register(registry);
  private final Gauge busyCabs =
      Gauge.builder()
          .name("cab_worker_cabs_busy")
          .help("Cabs on a ride at the start of the last batch")
          .register(registry);
  private final Counter restarts =
      Counter.builder()
          .name("cab_worker_query_restarts")
          .help("Times a streaming query failed and was started again from its checkpoint")
          .register(registry);
  private HTTPServer server;

  public WorkerMetrics() {
    JvmMetrics.builder().register(registry);
  }

  /**
   * Serves the metrics at {@code /metrics} on {@code port}, every interface; a port already taken
   * stops the worker at start, naming it (a worker no one can watch is a configuration error).
   */
  public WorkerMetrics serve(int port) {
    try {
      server = HTTPServer.builder().port(port).registry(registry).buildAndStart();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve metrics on port " + port + ": " + e, e);
    }
    return this;
  }

  @Override
  public void save(BatchReport report, Instant at) {
    batches.inc();
    records.observe(report.records());
    report.durationsMs().forEach((stage, ms) -> durations.labelValues(stage).observe(ms / 1000.0));
    queueLag.set(report.queueLagMs() / 1000.0);
    lastBatch.set(at.toEpochMilli() / 1000.0);
    report.outcomes().forEach((status, n) -> answers.labelValues(status).inc(n));
    cabs.set(report.cabs());
    busyCabs.set(report.busyCabs());
  }

  /** A streaming query failed and is being started again. */
  public void queryRestarted() {
    restarts.inc();
  }

  /** The registry, for tests. */
  PrometheusRegistry registry() {
    return registry;
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}

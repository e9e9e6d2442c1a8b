package nyc.cabportal.worker.operations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerMetricsTest {

  @Test
  void aBatchReportShowsOnTheMetricsPage() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    try (WorkerMetrics metrics = new WorkerMetrics().serve(port)) {
      Instant started = Instant.parse("2026-12-02T20:00:00Z");
      BatchReport report =
          new BatchReport(7, started)
              .outcomes(
                  Map.of("r1", "DISPATCHED", "r2", "NO_CAB"),
                  Map.of("r1", "2026-12-02T19:59:59.500Z"),
                  started.plusMillis(300))
              .duration("total", 250)
              .duration("store", 120)
              .fleet(3000, 12);
      metrics.save(report, started.plusMillis(300));
      metrics.queryRestarted();

      String page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      for (String line :
          List.of(
              "cab_worker_batches_total 1.0",
              "cab_worker_rides_total{status=\"DISPATCHED\"} 1.0",
              "cab_worker_rides_total{status=\"NO_CAB\"} 1.0",
              "cab_worker_batch_duration_seconds_bucket{stage=\"total\",le=\"0.25\"} 1",
              "cab_worker_batch_duration_seconds_count{stage=\"store\"} 1",
              "cab_worker_cabs 3000.0",
              "cab_worker_cabs_busy 12.0",
              "cab_worker_query_restarts_total 1.0",
              "cab_worker_batch_records_count 1",
              "jvm_memory_used_bytes{area=\"heap\"}",
              "process_cpu_seconds_total")) {
        assertTrue(page.contains(line), line + " in\n" + page);
      }
    }
  }
}

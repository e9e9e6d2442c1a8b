package nyc.cabportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Grafana dashboard and the alert rules of {@code k8s/base/monitoring} name only metrics that
 * the stack really serves: every metric name in their PromQL is on the portal's or the dispatch
 * worker's {@code /metrics} after a ride — except the few that other exporters of a cluster provide
 * (Kafka Exporter, kube-state-metrics, the kubelet, Prometheus's own {@code up}), which are listed
 * here and cannot be checked on this machine.
 */
@ExtendWith(RunningStack.class)
class MonitoringNamesIT {

  /** Series from a cluster's other exporters, named by their well-known prefixes. */
  static final List<String> FROM_THE_CLUSTER =
      List.of("kafka_topic_", "kube_pod_", "container_", "up");

  static final Set<String> PROMQL_WORDS =
      Set.of(
          "sum",
          "max",
          "min",
          "avg",
          "count",
          "rate",
          "increase",
          "deriv",
          "absent",
          "histogram_quantile",
          "and",
          "or",
          "unless",
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "offset",
          "bool",
          "time");

  static final Path MONITORING =
      Path.of(System.getProperty("cabportal.root", ".."), "k8s/base/monitoring");

  @Test
  void everyMetricTheDashboardAndTheAlertsUseIsServed() throws Exception {
    String id = RidesApi.post(RidesApi.TIMES_SQUARE_TO_JFK).body().getString("id");
    RidesApi.awaitFinal(id, Duration.ofSeconds(60));
    Set<String> served = new TreeSet<>();
    served.addAll(names(RidesApi.getPath("/metrics").response().body()));
    int workerPort = RunningStack.stack().settings().workerMetricsPort();
    served.addAll(
        names(RidesApi.getFrom("http://localhost:" + workerPort, "/metrics").response().body()));

    List<String> expressions = new ArrayList<>(dashboardQueries());
    expressions.addAll(alertExpressions());
    expressions.addAll(autoscalerSeries());
    assertTrue(expressions.size() >= 20, "queries found: " + expressions);
    List<String> missing = new ArrayList<>();
    for (String expr : expressions) {
      for (String name : metricNames(expr)) {
        if (!served.contains(name) && FROM_THE_CLUSTER.stream().noneMatch(name::startsWith)) {
          missing.add(name + " (in " + expr.strip() + ")");
        }
      }
    }
    assertEquals(List.of(), missing, "served: " + served);
  }

  /** The metric names of a Prometheus text page (samples and TYPE lines). */
  static Set<String> names(String page) {
    Set<String> names = new TreeSet<>();
    for (String line : page.lines().toList()) {
      if (line.startsWith("# TYPE ")) {
        names.add(line.split(" ")[2]);
      } else if (!line.isBlank() && !line.startsWith("#")) {
        names.add(line.split("[{ ]", 2)[0]);
      }
    }
    return names;
  }

  /** The metric names a PromQL expression selects: label matchers, ranges and words removed. */
  static Set<String> metricNames(String expr) {
    String bare =
        expr.replaceAll("\"[^\"]*\"", "")
            .replaceAll("\\{[^}]*\\}", "")
            .replaceAll("\\[[^]]*\\]", "")
            .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "");
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("(?<![$\\w.])[a-zA-Z_:][a-zA-Z0-9_:]*").matcher(bare);
    while (m.find()) {
      if (!PROMQL_WORDS.contains(m.group())) {
        names.add(m.group());
      }
    }
    return names;
  }

  static List<String> dashboardQueries() throws IOException {
    List<String> exprs = new ArrayList<>();
    try (JsonReader r =
        Json.createReader(Files.newBufferedReader(MONITORING.resolve("grafana-dashboard.json")))) {
      for (JsonValue panel : r.readObject().getJsonArray("panels")) {
        for (JsonValue target : panel.asJsonObject().getJsonArray("targets")) {
          exprs.add(((JsonObject) target).getString("expr"));
        }
      }
    }
    return exprs;
  }

  /** Each rule's {@code expr}, a one-line value or a block ({@code expr: |}) of deeper lines. */
  static List<String> alertExpressions() throws IOException {
    List<String> lines = Files.readAllLines(MONITORING.resolve("alerts.yaml"));
    List<String> exprs = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int at = line.indexOf("expr:");
      if (at < 0 || line.strip().startsWith("#")) {
        continue;
      }
      String value = line.substring(at + 5).strip();
      if (!value.equals("|")) {
        exprs.add(value);
        continue;
      }
      StringBuilder block = new StringBuilder();
      while (i + 1 < lines.size() && indent(lines.get(i + 1)) > at) {
        block.append(lines.get(++i).strip()).append('\n');
      }
      exprs.add(block.toString());
    }
    return exprs;
  }

  /** The series the Prometheus adapter turns into the autoscaler's request-rate metric. */
  static List<String> autoscalerSeries() throws IOException {
    return Files.readAllLines(MONITORING.resolve("../../monitoring/prometheus-adapter-values.yaml"))
        .stream()
        .filter(l -> l.strip().startsWith("- seriesQuery:"))
        .map(l -> l.substring(l.indexOf(':') + 1).strip().replace("'", ""))
        .toList();
  }

  private static int indent(String line) {
    return line.isBlank() ? Integer.MAX_VALUE : line.length() - line.stripLeading().length();
  }
}

package nyc.cabportal.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every overlay of k8s/ renders with kustomize (kubectl's) and every object it holds is valid
 * against the model of its kind; a misspelt field is caught.
 */
class ManifestsTest {

  static final Path K8S = Path.of(System.getProperty("cabportal.k8s.dir", "."));

  static String render(Path overlay) throws IOException, InterruptedException {
    Process p;
    try {
      p =
          new ProcessBuilder("kubectl", "kustomize", overlay.toString())
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      throw new AssertionError(
          "kubectl is needed to render the kustomize overlays (kubectl kustomize): " + e, e);
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize " + overlay + " hung");
    assertEquals(0, p.exitValue(), "kubectl kustomize " + overlay + ":\n" + out);
    return out;
  }

  static List<Path> overlays() throws IOException {
    try (Stream<Path> s = Files.list(K8S.resolve("overlays"))) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  @Test
  void everyOverlayRendersAndEveryObjectMatchesItsModel() throws Exception {
    List<Path> overlays = overlays();
    assertTrue(overlays.size() >= 2, "overlays: " + overlays);
    for (Path overlay : overlays) {
      String yaml = render(overlay);
      for (String part :
          List.of(
              "name: cab-portal\n",
              "kind: StatefulSet",
              "kind: Kafka\n",
              "name: ride-requests\n",
              "name: cab-dispatch\n",
              "kind: SparkApplication",
              "kind: ScheduledSparkApplication",
              "kind: PrometheusRule",
              "kind: HTTPRoute",
              "kind: NetworkPolicy",
              "name: cab-portal-grafana-dashboard")) {
        assertTrue(yaml.contains(part), overlay + " renders " + part.strip());
      }
      assertEquals(List.of(), ManifestCheck.problems(yaml), overlay.getFileName().toString());
    }
  }

  @Test
  void aMisspeltFieldFailsTheCheck() throws Exception {
    String yaml = render(K8S.resolve("overlays/production"));
    String typo =
        yaml.replaceFirst("terminationGracePeriodSeconds:", "terminationGracePeriodSecond:");
    List<String> problems = ManifestCheck.problems(typo);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).contains("unknown field \"terminationGracePeriodSecond\""),
        problems.get(0));
    // In the Spark operator's kinds: their own fields, and a Kubernetes type inside them.
    List<String> scheduled =
        ManifestCheck.problems(yaml.replaceFirst("concurrencyPolicy:", "concurencyPolicy:"));
    assertTrue(
        scheduled.size() == 1
            && scheduled.get(0).contains("ScheduledSparkApplication/cab-data-prep"),
        scheduled.toString());
    List<String> mount =
        ManifestCheck.problems(
            yaml.replaceFirst(
                "claimName: cab-spark-checkpoints", "claimNam: cab-spark-checkpoints"));
    assertTrue(
        mount.size() == 1
            && mount.get(0).contains("SparkApplication/cab-dispatch")
            && mount.get(0).contains("unknown field \"claimNam\""),
        mount.toString());
    List<String> restart =
        ManifestCheck.problems(yaml.replaceFirst("type: Always", "type: Forever"));
    assertTrue(
        restart.size() == 1 && restart.get(0).contains("SparkApplication/cab-dispatch"),
        restart.toString());
    String strimziTypo = yaml.replaceFirst("partitions: 6", "partition: 6");
    List<String> kafka = ManifestCheck.problems(strimziTypo);
    assertTrue(
        kafka.size() == 1 && kafka.get(0).contains("KafkaTopic/ride-requests"), kafka.toString());
    // And in the Prometheus operator's kinds: a PodMonitor, an alert rule.
    List<String> monitor =
        ManifestCheck.problems(yaml.replaceFirst("podMetricsEndpoints:", "podMetricEndpoints:"));
    assertTrue(
        monitor.size() == 1 && monitor.get(0).contains("PodMonitor/cab-dispatch"),
        monitor.toString());
    List<String> rule = ManifestCheck.problems(yaml.replaceFirst("expr: \\|", "expression: |"));
    assertTrue(
        rule.size() == 1 && rule.get(0).contains("PrometheusRule/cab-portal"), rule.toString());
  }

  /** The Spark operator's CRD requires some fields and sets minimums; the check knows both. */
  @Test
  void aSparkApplicationWithoutARequiredFieldOrUnderAMinimumFailsTheCheck() throws Exception {
    String yaml = render(K8S.resolve("overlays/production"));
    List<String> missing = ManifestCheck.problems(yaml.replaceFirst("\n  sparkVersion: 4.0.0", ""));
    assertTrue(
        missing.size() == 1
            && missing.get(0).contains("SparkApplication/cab-dispatch")
            && missing.get(0).contains("sparkVersion"),
        missing.toString());
    List<String> under = ManifestCheck.problems(yaml.replaceFirst("instances: 2", "instances: 0"));
    assertTrue(
        under.size() == 1
            && under.get(0).contains("SparkApplication/cab-dispatch")
            && under.get(0).contains("instances is 0, under the CRD's minimum of 1"),
        under.toString());
  }

  /**
   * The Gateway routes every page and resource of the web application and the REST API, and nothing
   * of what stays inside the cluster (metrics, health, Liberty's own API, the OpenAPI UI). Gateway
   * API path matching: Exact is the whole path; PathPrefix matches whole path elements.
   */
  @Test
  void theGatewayRoutesThePortalsPathsAndNothingInternal() throws Exception {
    List<String[]> matches = new ArrayList<>(); // {type, value}
    for (JsonNode doc : docs(render(K8S.resolve("overlays/production")))) {
      if (doc.path("kind").asText().equals("HTTPRoute")
          && doc.path("metadata").path("name").asText().equals("cab-portal")) {
        for (JsonNode rule : doc.path("spec").path("rules")) {
          for (JsonNode m : rule.path("matches")) {
            matches.add(
                new String[] {
                  m.path("path").path("type").asText(), m.path("path").path("value").asText()
                });
          }
        }
      }
    }
    assertTrue(matches.size() > 5, "the route's matches");
    Path webapp = K8S.resolve("../src/main/webapp");
    List<String> routed = new ArrayList<>();
    try (Stream<Path> files = Files.walk(webapp)) {
      files
          .filter(Files::isRegularFile)
          .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("/WEB-INF/") && !ERROR_PAGES.contains(p))
          .forEach(routed::add);
    }
    routed.addAll(
        List.of(
            "/",
            "/api/rides",
            "/api/rides/42/events",
            "/api/admin/live",
            "/openapi",
            "/webjars/leaflet/1.9.4/dist/leaflet.js",
            "/jakarta.faces.resource/faces.js",
            "/sign-in",
            "/sign-out"));
    for (String path : routed) {
      assertTrue(routes(matches, path), path + " is not routed by HTTPRoute/cab-portal");
    }
    for (String path :
        List.of("/metrics", "/health", "/health/ready", "/ibm/api/", "/openapi/ui/", "/apix")) {
      assertTrue(!routes(matches, path), path + " must not be routed");
    }
  }

  /** Pages the portal serves only as the answer to an error, never at their own address. */
  static final Set<String> ERROR_PAGES =
      Set.of("/bad-request.html", "/error.html", "/forbidden.html", "/not-found.html");

  static boolean routes(List<String[]> matches, String path) {
    for (String[] m : matches) {
      boolean hit =
          m[0].equals("Exact")
              ? path.equals(m[1])
              : path.equals(m[1]) || m[1].equals("/") || path.startsWith(m[1] + "/");
      if (hit) {
        return true;
      }
    }
    return false;
  }

  static List<JsonNode> docs(String yaml) throws IOException {
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
    try (YAMLParser parser = (YAMLParser) mapper.getFactory().createParser(yaml)) {
      return mapper.readValues(parser, JsonNode.class).readAll();
    }
  }

  @Test
  void aKindWithoutAModelIsReportedNotSkipped() throws Exception {
    List<String> problems =
        ManifestCheck.problems("apiVersion: example.com/v1\nkind: Gadget\nmetadata:\n  name: g\n");
    assertEquals(
        List.of("Gadget/g: no model for example.com/v1/Gadget (add one to ManifestCheck.MODELS)"),
        problems);
  }
}

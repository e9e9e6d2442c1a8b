package nyc.cabportal.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks rendered manifests against the official Java models of their kinds: each object is read
 * into its model class (fabric8's Kubernetes model, Strimzi's API), and every field the model does
 * not know — which both keep in an {@code additionalProperties} map instead of failing — is
 * reported with its path. A kind without a model is reported too: nothing goes unchecked.
 */
final class ManifestCheck {

  /** apiVersion/kind → model class. */
  static final Map<String, Class<?>> MODELS =
      Map.ofEntries(
          Map.entry("v1/ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class),
          Map.entry("v1/Secret", io.fabric8.kubernetes.api.model.Secret.class),
          Map.entry("v1/Service", io.fabric8.kubernetes.api.model.Service.class),
          Map.entry("v1/ServiceAccount", io.fabric8.kubernetes.api.model.ServiceAccount.class),
          Map.entry(
              "v1/PersistentVolumeClaim",
              io.fabric8.kubernetes.api.model.PersistentVolumeClaim.class),
          Map.entry("apps/v1/Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class),
          Map.entry("apps/v1/StatefulSet", io.fabric8.kubernetes.api.model.apps.StatefulSet.class),
          Map.entry("batch/v1/Job", io.fabric8.kubernetes.api.model.batch.v1.Job.class),
          Map.entry("batch/v1/CronJob", io.fabric8.kubernetes.api.model.batch.v1.CronJob.class),
          Map.entry(
              "autoscaling/v2/HorizontalPodAutoscaler",
              io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class),
          Map.entry(
              "policy/v1/PodDisruptionBudget",
              io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class),
          Map.entry(
              "rbac.authorization.k8s.io/v1/Role", io.fabric8.kubernetes.api.model.rbac.Role.class),
          Map.entry(
              "rbac.authorization.k8s.io/v1/RoleBinding",
              io.fabric8.kubernetes.api.model.rbac.RoleBinding.class),
          Map.entry("kafka.strimzi.io/v1/Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class),
          Map.entry(
              "kafka.strimzi.io/v1/KafkaNodePool",
              io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class),
          Map.entry(
              "kafka.strimzi.io/v1/KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class),
          Map.entry(
              "sparkoperator.k8s.io/v1beta2/SparkApplication",
              SparkOperatorModel.SparkApplication.class),
          Map.entry(
              "sparkoperator.k8s.io/v1beta2/ScheduledSparkApplication",
              SparkOperatorModel.ScheduledSparkApplication.class),
          Map.entry(
              "gateway.networking.k8s.io/v1/Gateway",
              io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway.class),
          Map.entry(
              "gateway.networking.k8s.io/v1/HTTPRoute",
              io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute.class),
          Map.entry(
              "networking.k8s.io/v1/NetworkPolicy",
              io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class),
          Map.entry(
              "monitoring.coreos.com/v1/ServiceMonitor",
              io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor.class),
          Map.entry(
              "monitoring.coreos.com/v1/PodMonitor",
              io.fabric8.openshift.api.model.monitoring.v1.PodMonitor.class),
          Map.entry(
              "monitoring.coreos.com/v1/PrometheusRule",
              io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule.class));

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          // Wrong types and unknown enum values fail; unknown fields are collected below.
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private ManifestCheck() {}

  /** The problems of every object in a multi-document YAML text; empty when all is well. */
  static List<String> problems(String yaml) throws IOException {
    List<String> problems = new ArrayList<>();
    try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(yaml)) {
      for (JsonNode doc : YAML.readValues(parser, JsonNode.class).readAll()) {
        if (doc == null || doc.isNull() || doc.isEmpty()) {
          continue;
        }
        String name = doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText();
        String key = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
        Class<?> model = MODELS.get(key);
        if (model == null) {
          problems.add(name + ": no model for " + key + " (add one to ManifestCheck.MODELS)");
          continue;
        }
        Object object;
        try {
          object = YAML.treeToValue(doc, model);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          problems.add(name + ": " + e.getOriginalMessage());
          continue;
        }
        unknownFields(object, name, problems, new IdentityHashMap<>());
      }
    }
    return problems;
  }

  /** Walks the model's getters; any non-empty additionalProperties is an unknown field. */
  private static void unknownFields(
      Object bean, String path, List<String> problems, IdentityHashMap<Object, Boolean> seen) {
    if (bean == null || seen.put(bean, Boolean.TRUE) != null) {
      return;
    }
    if (bean instanceof Collection<?> c) {
      int i = 0;
      for (Object item : c) {
        unknownFields(item, path + "[" + i++ + "]", problems, seen);
      }
      return;
    }
    if (bean instanceof Map<?, ?> m) {
      m.forEach((k, v) -> unknownFields(v, path + "." + k, problems, seen));
      return;
    }
    if (bean instanceof Record r) {
      // The project's own transcriptions (SparkOperatorModel): Jackson refused unknown fields of
      // the records themselves; the Kubernetes objects inside them are walked like any other.
      for (var c : r.getClass().getRecordComponents()) {
        try {
          unknownFields(c.getAccessor().invoke(r), path + "." + c.getName(), problems, seen);
        } catch (IllegalAccessException | InvocationTargetException e) {
          problems.add(path + "." + c.getName() + ": cannot be read: " + e);
        }
      }
      return;
    }
    String pkg = bean.getClass().getPackageName();
    if (!pkg.startsWith("io.fabric8") && !pkg.startsWith("io.strimzi")) {
      return;
    }
    for (Method m : bean.getClass().getMethods()) {
      if (m.getParameterCount() != 0
          || Modifier.isStatic(m.getModifiers())
          || !m.getName().startsWith("get")
          || m.getDeclaringClass() == Object.class) {
        continue;
      }
      Object value;
      try {
        value = m.invoke(bean);
      } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
        continue;
      }
      String field = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
      if (field.equals("additionalProperties") && value instanceof Map<?, ?> extra) {
        extra.keySet().forEach(k -> problems.add(path + ": unknown field \"" + k + "\""));
      } else {
        unknownFields(value, path + "." + field, problems, seen);
      }
    }
  }
}

package nyc.cabportal.k8s;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.List;
import java.util.Map;

/**
 * The Kubeflow Spark operator's {@code SparkApplication} and {@code ScheduledSparkApplication} (API
 * {@code sparkoperator.k8s.io/v1beta2}) as far as this project uses them, transcribed from the
 * operator's own source: its v1beta2 Go types and the CRD generated from them (a 2026 revision of
 * its main branch, read field by field on 2026-12-03; the runbook installs chart 2.5.1). Every
 * field here has the CRD's name and type; the enums are the CRD's ({@code type}, {@code mode},
 * {@code restartPolicy.type}; the concurrency policy is an enum of the Go type, free text in the
 * CRD); the fields the CRD requires are required ({@code @JsonProperty(required = true)}) and its
 * minimums are checked in the records.
 *
 * <p><b>Simplification, labelled:</b> no model or CRD schema of that operator is published where
 * this build can fetch it (Maven Central, npm), so this is the project's transcription, not the
 * operator's file: a field outside it, a misspelt one, a wrong enum value, a missing required field
 * or a value under its minimum fails the check (Jackson refuses unknown properties), and the
 * Kubernetes types inside it (volumes, mounts, environment) are fabric8's, checked like every other
 * object. A field the operator adds or drops in a later version is not seen until this is read
 * again.
 */
final class SparkOperatorModel {

  private SparkOperatorModel() {}

  record SparkApplication(
      String apiVersion,
      String kind,
      @JsonProperty(required = true) ObjectMeta metadata,
      @JsonProperty(required = true) SparkApplicationSpec spec) {}

  record ScheduledSparkApplication(
      String apiVersion, String kind, ObjectMeta metadata, ScheduledSparkApplicationSpec spec) {}

  record ScheduledSparkApplicationSpec(
      @JsonProperty(required = true) String schedule,
      ConcurrencyPolicy concurrencyPolicy,
      Boolean suspend,
      Integer successfulRunHistoryLimit,
      Integer failedRunHistoryLimit,
      @JsonProperty(required = true) SparkApplicationSpec template) {}

  enum ConcurrencyPolicy {
    Allow,
    Forbid,
    Replace
  }

  record SparkApplicationSpec(
      @JsonProperty(required = true) ApplicationType type,
      DeployMode mode,
      @JsonProperty(required = true) String sparkVersion,
      String image,
      String imagePullPolicy,
      String mainClass,
      @JsonProperty(required = true) String mainApplicationFile,
      List<String> arguments,
      Map<String, String> sparkConf,
      RestartPolicy restartPolicy,
      List<Volume> volumes,
      @JsonProperty(required = true) DriverSpec driver,
      @JsonProperty(required = true) ExecutorSpec executor) {}

  enum ApplicationType {
    Java,
    Scala,
    Python,
    R
  }

  enum DeployMode {
    cluster,
    client
  }

  /** Retry intervals in seconds. */
  record RestartPolicy(
      RestartPolicyType type,
      Integer onSubmissionFailureRetries,
      Integer onFailureRetries,
      Long onSubmissionFailureRetryInterval,
      Long onFailureRetryInterval) {
    RestartPolicy {
      atLeast("onSubmissionFailureRetries", onSubmissionFailureRetries, 0);
      atLeast("onFailureRetries", onFailureRetries, 0);
      atLeast("onSubmissionFailureRetryInterval", onSubmissionFailureRetryInterval, 1);
      atLeast("onFailureRetryInterval", onFailureRetryInterval, 1);
    }
  }

  enum RestartPolicyType {
    Never,
    Always,
    OnFailure
  }

  record DriverSpec(
      Integer cores,
      String coreLimit,
      String memory,
      String serviceAccount,
      Map<String, String> labels,
      List<Port> ports,
      List<EnvVar> env,
      List<VolumeMount> volumeMounts) {
    DriverSpec {
      atLeast("cores", cores, 1);
    }
  }

  record ExecutorSpec(
      Integer instances,
      Integer cores,
      String coreLimit,
      String memory,
      Map<String, String> labels,
      List<EnvVar> env,
      List<VolumeMount> volumeMounts) {
    ExecutorSpec {
      atLeast("instances", instances, 1);
      atLeast("cores", cores, 1);
    }
  }

  record Port(
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) Integer containerPort,
      @JsonProperty(required = true) String protocol) {}

  /** The CRD's {@code minimum}: a value under it is refused by the API server. */
  private static void atLeast(String field, Number value, long minimum) {
    if (value != null && value.longValue() < minimum) {
      throw new IllegalArgumentException(
          field + " is " + value + ", under the CRD's minimum of " + minimum);
    }
  }
}

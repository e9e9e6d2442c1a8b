package nyc.cabportal.k8s;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.List;
import java.util.Map;

/**
 * The Kubeflow Spark operator's {@code SparkApplication} and {@code ScheduledSparkApplication} (API
 * {@code sparkoperator.k8s.io/v1beta2}) as far as this project uses them, transcribed from the
 * operator's API reference. <b>Simplification, labelled:</b> no model or CRD schema of that
 * operator is published where this build can fetch it (Maven Central, npm), so this is the
 * project's own reading of the API, not the operator's: a field outside it, a misspelt one or a
 * wrong enum value fails the check (Jackson refuses unknown properties), and the Kubernetes types
 * inside it (volumes, mounts, environment) are fabric8's, checked like every other object.
 */
final class SparkOperatorModel {

  private SparkOperatorModel() {}

  record SparkApplication(
      String apiVersion, String kind, ObjectMeta metadata, SparkApplicationSpec spec) {}

  record ScheduledSparkApplication(
      String apiVersion, String kind, ObjectMeta metadata, ScheduledSparkApplicationSpec spec) {}

  record ScheduledSparkApplicationSpec(
      String schedule,
      ConcurrencyPolicy concurrencyPolicy,
      Boolean suspend,
      Integer successfulRunHistoryLimit,
      Integer failedRunHistoryLimit,
      SparkApplicationSpec template) {}

  enum ConcurrencyPolicy {
    Allow,
    Forbid,
    Replace
  }

  record SparkApplicationSpec(
      ApplicationType type,
      DeployMode mode,
      String sparkVersion,
      String image,
      String imagePullPolicy,
      String mainClass,
      String mainApplicationFile,
      List<String> arguments,
      Map<String, String> sparkConf,
      RestartPolicy restartPolicy,
      List<Volume> volumes,
      DriverSpec driver,
      ExecutorSpec executor) {}

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
      Long onFailureRetryInterval) {}

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
      List<VolumeMount> volumeMounts) {}

  record ExecutorSpec(
      Integer instances,
      Integer cores,
      String coreLimit,
      String memory,
      Map<String, String> labels,
      List<EnvVar> env,
      List<VolumeMount> volumeMounts) {}

  record Port(String name, Integer containerPort, String protocol) {}
}

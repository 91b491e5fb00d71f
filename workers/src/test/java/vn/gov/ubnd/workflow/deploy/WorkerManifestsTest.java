package vn.gov.ubnd.workflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The worker application's Kubernetes manifests, read strictly by the official Kubernetes model (a
 * field the API does not know fails, as the API server would refuse or ignore it), and held to what
 * production needs: replicas, probes, limits, non-root, read-only root, secrets by reference only,
 * and every setting the application requires.
 */
class WorkerManifestsTest {

  private static final Path FOLDER = Path.of("../deploy/helm/workers");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN)");

  /** Parses a manifest as its kind, strictly; unknown kinds are refused. */
  static Object parse(Path file) throws Exception {
    JsonNode tree = YAML.readTree(file.toFile());
    String json = JSON.writeValueAsString(tree);
    return switch (tree.path("kind").asText()) {
      case "Deployment" -> V1Deployment.fromJson(json);
      case "Service" -> V1Service.fromJson(json);
      case "ConfigMap" -> V1ConfigMap.fromJson(json);
      case "PodDisruptionBudget" -> V1PodDisruptionBudget.fromJson(json);
      case "NetworkPolicy" -> V1NetworkPolicy.fromJson(json);
      case "PersistentVolumeClaim" -> V1PersistentVolumeClaim.fromJson(json);
      default -> throw new AssertionError(file + ": kind " + tree.path("kind") + " not expected");
    };
  }

  private static List<Path> manifests() throws Exception {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  static <T> T only(Class<T> kind) throws Exception {
    for (Path file : manifests()) {
      Object parsed = parse(file);
      if (kind.isInstance(parsed)) {
        return kind.cast(parsed);
      }
    }
    throw new AssertionError("no " + kind.getSimpleName() + " in " + FOLDER);
  }

  @Test
  void everyManifestIsReadStrictlyAsItsKind() throws Exception {
    assertThat(manifests()).hasSize(6);
    for (Path file : manifests()) {
      var parsed = (KubernetesObject) parse(file);
      assertThat(parsed.getMetadata().getName()).as(file.toString()).isEqualTo("ubnd-workers");
      assertThat(parsed.getMetadata().getNamespace()).as(file.toString()).isEqualTo("ubnd");
    }
  }

  @Test
  void aFieldTheApiDoesNotKnowIsRefused() throws Exception {
    String misspelt =
        Files.readString(FOLDER.resolve("deployment.yaml"))
            .replace("  replicas: 2", "  replica: 2");
    JsonNode tree = YAML.readTree(misspelt);
    assertThatThrownBy(() -> V1Deployment.fromJson(JSON.writeValueAsString(tree)))
        .hasMessageContaining("`replica`");
  }

  @Test
  void theWorkersRunTwiceNonRootReadOnlyWithProbesAndLimits() throws Exception {
    V1Deployment deployment = only(V1Deployment.class);
    assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
    var pod = deployment.getSpec().getTemplate().getSpec();
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    V1Container container = pod.getContainers().get(0);
    assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(container.getLivenessProbe().getHttpGet().getPath())
        .isEqualTo("/actuator/health/liveness");
    assertThat(container.getReadinessProbe().getHttpGet().getPath())
        .isEqualTo("/actuator/health/readiness");
    assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
    assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
    assertThat(container.getVolumeMounts()).extracting(m -> m.getMountPath()).contains("/tmp");
    V1PodDisruptionBudget budget = only(V1PodDisruptionBudget.class);
    assertThat(budget.getSpec().getMinAvailable().getIntValue()).isEqualTo(1);
    assertThat(only(V1NetworkPolicy.class).getSpec().getPolicyTypes())
        .containsExactlyInAnyOrder("Ingress", "Egress");
  }

  @Test
  void secretsAreOnlyReferenced() throws Exception {
    V1Container container =
        only(V1Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
    for (V1EnvVar env : container.getEnv()) {
      if (SECRET_NAME.matcher(env.getName()).matches()) {
        assertThat(env.getValue()).as(env.getName()).isNull();
        assertThat(env.getValueFrom().getSecretKeyRef()).as(env.getName()).isNotNull();
      }
    }
    assertThat(only(V1ConfigMap.class).getData().keySet())
        .noneMatch(key -> SECRET_NAME.matcher(key).matches());
  }

  /**
   * Every environment variable the application reads with no default of its own (in the settings of
   * the "oauth" profile the cluster runs) is given, by the ConfigMap or the container.
   */
  @Test
  void everySettingTheApplicationRequiresIsGiven() throws Exception {
    Set<String> required = new HashSet<>();
    Matcher placeholder = Pattern.compile("\\$\\{([A-Z_]+):}").matcher("");
    for (String file :
        List.of(
            "resources/application.yaml",
            "resources/application-oauth.yaml",
            // The client's settings of both lines (their oauth part; the rest have defaults).
            "camunda-8.6/resources/camunda-client.yaml",
            "camunda-8.8/resources/camunda-client.yaml")) {
      placeholder.reset(Files.readString(Path.of("src/main", file)));
      while (placeholder.find()) {
        required.add(placeholder.group(1));
      }
    }
    // Alternatives the cluster does not use: Tasklist by user and password (client credentials
    // instead), the council's HTTP channel (mail here).
    required.removeAll(
        Set.of(
            "TASKLIST_USERNAME",
            "TASKLIST_PASSWORD",
            "COUNCIL_HTTP_ENDPOINT",
            "COUNCIL_HTTP_TOKEN"));
    Set<String> given = new HashSet<>(only(V1ConfigMap.class).getData().keySet());
    only(V1Deployment.class)
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .get(0)
        .getEnv()
        .forEach(env -> given.add(env.getName()));
    assertThat(given).containsAll(required);
    Map<String, String> data = only(V1ConfigMap.class).getData();
    assertThat(data.get("SPRING_PROFILES_ACTIVE")).isEqualTo("oauth");
  }
}

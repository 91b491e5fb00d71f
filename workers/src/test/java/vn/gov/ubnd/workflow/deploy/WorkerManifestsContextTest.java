package vn.gov.ubnd.workflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import vn.gov.ubnd.workflow.WorkflowApplication;

/**
 * The worker application started with exactly the environment its Deployment gives it: the
 * ConfigMap's variables and the container's own (a secret reference stands for a value of that
 * secret), its volumes as folders (the PVC empty, as at first install, prepared by the init
 * container's command; the province's data ConfigMap filled with the sample's files), nothing of
 * this machine's environment. Every setting binds and passes its checks; what stops it is the first
 * thing that needs the cluster: the Camunda gateway, named.
 */
@ExtendWith(OutputCaptureExtension.class)
class WorkerManifestsContextTest {

  @Test
  void theManifestsEnvironmentStartsTheApplicationUpToTheCluster(
      @TempDir Path pod, CapturedOutput output) throws Exception {
    V1Deployment deployment = WorkerManifestsTest.only(V1Deployment.class);
    V1PodSpec spec = deployment.getSpec().getTemplate().getSpec();
    V1Container container = spec.getContainers().get(0);

    // The volumes, each a folder of the pod's own, mounted where the container expects them.
    Map<String, Path> mounts = new LinkedHashMap<>();
    for (V1VolumeMount mount : container.getVolumeMounts()) {
      Path folder = pod.resolve(mount.getName());
      Files.createDirectories(folder);
      mounts.put(mount.getMountPath(), folder);
      V1Volume volume =
          spec.getVolumes().stream()
              .filter(v -> v.getName().equals(mount.getName()))
              .findFirst()
              .orElseThrow();
      if (volume.getConfigMap() != null) {
        for (V1KeyToPath item : volume.getConfigMap().getItems()) {
          Path file = folder.resolve(item.getPath());
          Files.createDirectories(file.getParent());
          // The province's files are its own; the sample's stand in for them.
          try (var in = getClass().getResourceAsStream("/data/" + item.getPath())) {
            assertThat(in).as("sample of %s", item.getPath()).isNotNull();
            Files.copy(in, file);
          }
        }
      }
    }
    // The init containers' commands on the empty volume (mkdir -p of the application's folders).
    for (V1Container init : spec.getInitContainers()) {
      List<String> command = init.getCommand();
      assertThat(command.subList(0, 2))
          .as("init container %s", init.getName())
          .containsExactly("mkdir", "-p");
      for (String folder : command.subList(2, command.size())) {
        Files.createDirectories(Path.of(inPod(folder, mounts)));
      }
    }

    Map<String, Object> environment = new LinkedHashMap<>();
    V1ConfigMap configMap = WorkerManifestsTest.only(V1ConfigMap.class);
    configMap.getData().forEach((name, value) -> environment.put(name, inPod(value, mounts)));
    for (V1EnvVar variable : container.getEnv()) {
      environment.put(
          variable.getName(),
          variable.getValue() != null
              ? inPod(variable.getValue(), mounts)
              : "from-secret-"
                  + variable.getValueFrom().getSecretKeyRef().getName()
                  + "-"
                  + variable.getValueFrom().getSecretKeyRef().getKey());
    }
    environment.remove("JAVA_TOOL_OPTIONS"); // the JVM's, not the application's

    StandardEnvironment springEnvironment = new StandardEnvironment();
    springEnvironment
        .getPropertySources()
        .replace(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
    SpringApplication application = new SpringApplication(WorkflowApplication.class);
    application.setEnvironment(springEnvironment);
    // Two departures from the pod: any free port, and a short wait for the unreachable gateway.
    Throwable failure =
        catchThrowable(
            () -> application.run("--server.port=0", "--ubnd.camunda.connect-timeout=2s").close());

    assertThat(failure).hasStackTraceContaining("CamundaConnectionException");
    assertThat(output.getOut() + output.getErr())
        .contains("APPLICATION FAILED TO START")
        // The address the line's client calls: gRPC on 8.6, REST on 8.8.
        .containsAnyOf(
            "The Camunda gateway at " + environment.get("ZEEBE_GRPC_ADDRESS") + " did not answer",
            "The Camunda gateway at " + environment.get("ZEEBE_REST_ADDRESS") + " did not answer")
        .doesNotContain("is not set")
        .doesNotContain("are not set")
        .doesNotContain("does not exist");
    // Behind the province's TLS proxy: forwarded headers honoured, the session cookie Secure,
    // HttpOnly, SameSite (bound from the pod's environment and the application's settings).
    var bound = Binder.get(springEnvironment);
    assertThat(bound.bind("server.forward-headers-strategy", String.class).get())
        .isEqualToIgnoringCase("framework");
    assertThat(bound.bind("server.servlet.session.cookie.secure", Boolean.class).get()).isTrue();
    assertThat(bound.bind("server.servlet.session.cookie.http-only", Boolean.class).get()).isTrue();
    assertThat(bound.bind("server.servlet.session.cookie.same-site", String.class).get())
        .isEqualToIgnoringCase("lax");
  }

  /** A value as the pod sees it, with a mount path replaced by the folder standing for it. */
  private static String inPod(String value, Map<String, Path> mounts) {
    for (Map.Entry<String, Path> mount : mounts.entrySet()) {
      if (value.equals(mount.getKey()) || value.startsWith(mount.getKey() + "/")) {
        return mount.getValue() + value.substring(mount.getKey().length());
      }
    }
    return value;
  }
}

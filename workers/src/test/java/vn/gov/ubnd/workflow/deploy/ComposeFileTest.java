package vn.gov.ubnd.workflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The single-host layout (Docker Compose) and the workers' image, read and held to the same rules
 * as the cluster's: pinned images, secrets only from the environment file, ports on the host's
 * loopback only, health checks, the workers non-root on a read-only file system. There is no Docker
 * on the build machine, so nothing here is started.
 */
class ComposeFileTest {

  private static final Path COMPOSE = Path.of("../deploy/compose/compose.yaml");
  private static final Path DOCKERFILE = Path.of("../deploy/docker/Dockerfile");
  private static final Pattern SECRET = Pattern.compile(".*(PASSWORD|SECRET|TOKEN)");
  private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{[A-Z_]+:\\?[^}]+}.*");

  private static JsonNode compose() throws Exception {
    return new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile());
  }

  @Test
  void everyServiceIsPinnedRestartedAndCheckedForHealth() throws Exception {
    JsonNode services = compose().path("services");
    assertThat(services.size()).isEqualTo(6);
    for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> service = it.next();
      String image = service.getValue().path("image").asText();
      assertThat(image).as(service.getKey()).matches(".+:[0-9][^:]*").doesNotEndWith(":latest");
      if (service.getValue().path("restart").asText().equals("no")) {
        continue; // a one-shot step, waited for by what needs it (below)
      }
      assertThat(service.getValue().path("restart").asText())
          .as(service.getKey())
          .isEqualTo("unless-stopped");
      assertThat(service.getValue().has("healthcheck")).as(service.getKey()).isTrue();
    }
  }

  @Test
  void secretsComeOnlyFromTheEnvironmentFileAndMustBeSet() throws Exception {
    List<String> literal = new ArrayList<>();
    for (JsonNode service : compose().path("services")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = service.path("environment").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> variable = it.next();
        if (SECRET.matcher(variable.getKey()).matches()
            && !REQUIRED_VARIABLE.matcher(variable.getValue().asText()).matches()) {
          literal.add(variable.getKey());
        }
      }
    }
    assertThat(literal).as("secrets written into compose.yaml").isEmpty();
    assertThat(Files.readString(Path.of("../.gitignore"))).contains("deploy/compose/.env");
  }

  @Test
  void onlyTheHostsLoopbackReachesAPort() throws Exception {
    for (JsonNode service : compose().path("services")) {
      for (JsonNode port : service.path("ports")) {
        assertThat(port.asText()).startsWith("127.0.0.1:");
      }
    }
  }

  @Test
  void theWorkersWaitForCamundaAndRunReadOnlyAsNonRoot() throws Exception {
    JsonNode workers = compose().path("services").path("workers");
    assertThat(workers.path("read_only").asBoolean()).isTrue();
    assertThat(workers.path("depends_on").path("camunda").path("condition").asText())
        .isEqualTo("service_healthy");
    assertThat(workers.path("build").path("dockerfile").asText())
        .isEqualTo("deploy/docker/Dockerfile");
    Set<String> given = Set.copyOf(iterableKeys(workers.path("environment")));
    assertThat(given)
        .contains(
            "OIDC_ISSUER_URI",
            "TASKLIST_URL",
            "SEARCH_URLS",
            "UBND_IMPORTS_FOLDER",
            "UBND_DOCUMENTS_FOLDER",
            "SPRING_PROFILES_ACTIVE");
    String dockerfile = Files.readString(DOCKERFILE);
    assertThat(dockerfile)
        .contains("USER 10001:10001")
        .contains("fonts-dejavu-core") // the monthly report's charts
        .contains("COPY --chown=root:root workers/target/workers-0.1.0-SNAPSHOT-exec.jar")
        .doesNotContain("ADD http");
  }

  private static List<String> iterableKeys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void keycloakServesTheVietnameseSignInTheme() throws Exception {
    assertThat(compose().path("services").path("keycloak").path("volumes").toString())
        .contains(
            "../keycloak-theme/target/ubnd-keycloak-theme.jar"
                + ":/opt/keycloak/providers/ubnd-keycloak-theme.jar:ro");
  }

  /**
   * Least privilege in the search store: Camunda and the workers each sign in as their own user,
   * made by the one-shot search-users step with only their indices; the superuser's password goes
   * to that step and the store's own health check only.
   */
  @Test
  void eachComponentHasItsOwnSearchUser() throws Exception {
    JsonNode services = compose().path("services");
    assertThat(
            services
                .path("camunda")
                .path("environment")
                .path("CAMUNDA_DATA_SECONDARYSTORAGE_ELASTICSEARCH_USERNAME")
                .asText())
        .isEqualTo("camunda");
    assertThat(services.path("workers").path("environment").path("SEARCH_USERNAME").asText())
        .isEqualTo("ubnd-workers");
    List<String> superuser = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> service = it.next();
      if (service.getValue().path("environment").toString().contains("${ELASTIC_PASSWORD")) {
        superuser.add(service.getKey());
      }
    }
    assertThat(superuser).containsExactlyInAnyOrder("elasticsearch", "search-users");
    String users = services.path("search-users").path("command").toString();
    assertThat(users).contains("zeebe-record*", "operate-*", "tasklist-*", "ubnd-*");
    assertThat(
            services
                .path("camunda")
                .path("depends_on")
                .path("search-users")
                .path("condition")
                .asText())
        .isEqualTo("service_completed_successfully");
  }
}

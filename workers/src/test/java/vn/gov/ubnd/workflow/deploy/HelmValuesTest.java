package vn.gov.ubnd.workflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every key our values files set exists in the chart's own values at the version they are written
 * for (deploy/helm/reference/, with where each came from): Helm ignores a misspelt key without a
 * word, and a setting silently ignored in production is the worst kind.
 */
class HelmValuesTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @ParameterizedTest(name = "{0} against chart {1}")
  @CsvSource({
    "camunda-8.6-values.yaml, camunda-platform-11.12.3-values.yaml",
    "camunda-8.8-values.yaml, camunda-platform-13.12.7-values.yaml"
  })
  void everyKeyWeSetIsOneTheChartHas(String ours, String chart) throws Exception {
    JsonNode values = YAML.readTree(Path.of("../deploy/helm", ours).toFile());
    JsonNode defaults = YAML.readTree(Path.of("../deploy/helm/reference", chart).toFile());
    List<String> unknown = new ArrayList<>();
    compare(values, defaults, "", unknown);
    assertThat(unknown).as("keys the chart %s does not have", chart).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"camunda-8.6-values.yaml, zeebe", "camunda-8.8-values.yaml, orchestration"})
  void threeBrokersThreePartitionsReplicationFactorThree(String ours, String brokers)
      throws Exception {
    JsonNode values = YAML.readTree(Path.of("../deploy/helm", ours).toFile());
    assertThat(values.path(brokers).path("clusterSize").asText()).isEqualTo("3");
    assertThat(values.path(brokers).path("partitionCount").asText()).isEqualTo("3");
    assertThat(values.path(brokers).path("replicationFactor").asText()).isEqualTo("3");
    assertThat(values.path("global").path("opensearch").path("enabled").asBoolean()).isTrue();
    assertThat(values.toString()).doesNotContainIgnoringCase("password\":\"");
  }

  @Test
  void aMisspeltKeyIsFound() throws Exception {
    JsonNode defaults =
        YAML.readTree(
            Path.of("../deploy/helm/reference/camunda-platform-11.12.3-values.yaml").toFile());
    JsonNode misspelt =
        YAML.readTree(
            "zeebe:\n  clusterSize: \"3\"\n  replicaFactor: \"3\"\nglobal:\n  identity:\n    keycloak:\n      url:\n        host: k\n");
    List<String> unknown = new ArrayList<>();
    compare(misspelt, defaults, "", unknown);
    // keycloak.url is open in the chart ({}): anything goes beneath it
    assertThat(unknown).containsExactly("zeebe.replicaFactor");
  }

  /** Production runs Camunda with an Enterprise licence key from a secret (Camunda License 1.0). */
  @ParameterizedTest
  @ValueSource(strings = {"camunda-8.6-values.yaml", "camunda-8.8-values.yaml"})
  void theLicenceKeyComesFromItsSecret(String ours) throws Exception {
    JsonNode license =
        YAML.readTree(Path.of("../deploy/helm", ours).toFile()).path("global").path("license");
    JsonNode secret = license.has("secret") ? license.path("secret") : license;
    assertThat(secret.path("existingSecret").asText()).isEqualTo("ubnd-camunda-license");
    assertThat(secret.path("existingSecretKey").asText()).isEqualTo("key");
    assertThat(license.path("key").isMissingNode()).isTrue();
  }

  /** No demo/demo: Identity's first user on 8.6 is named and its password comes from a secret. */
  @Test
  void identitysFirstUserIsNoDemoAccount() throws Exception {
    JsonNode first =
        YAML.readTree(Path.of("../deploy/helm/camunda-8.6-values.yaml").toFile())
            .path("identity")
            .path("firstUser");
    assertThat(first.path("username").asText()).isNotBlank().isNotEqualTo("demo");
    assertThat(first.path("existingSecret").asText()).isEqualTo("ubnd-camunda-first-user");
    assertThat(first.has("password")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"camunda-8.6-values.yaml", "camunda-8.8-values.yaml"})
  void aKeycloakRunByTheChartMountsTheSignInTheme(String ours) throws Exception {
    JsonNode keycloak =
        YAML.readTree(Path.of("../deploy/helm", ours).toFile()).path("identityKeycloak");
    assertThat(keycloak.path("extraVolumes").get(0).path("configMap").path("name").asText())
        .isEqualTo("ubnd-keycloak-theme");
    assertThat(keycloak.path("extraVolumeMounts").get(0).path("mountPath").asText())
        .isEqualTo("/opt/bitnami/keycloak/providers/ubnd-keycloak-theme.jar");
  }

  /**
   * A key of ours must be a key of the chart, unless the chart leaves that place open: an empty map
   * or list, or no value, where anything the component accepts goes.
   */
  private static void compare(JsonNode ours, JsonNode chart, String path, List<String> unknown) {
    if (!ours.isObject()) {
      return;
    }
    if (chart == null
        || chart.isNull()
        || chart.isArray()
        || (chart.isObject() && chart.isEmpty())) {
      return; // open in the chart
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = ours.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
      if (!chart.has(field.getKey())) {
        unknown.add(key);
      } else {
        compare(field.getValue(), chart.get(field.getKey()), key, unknown);
      }
    }
  }
}

package vn.gov.ubnd.workflow.directives;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.CatalogFile;
import vn.gov.ubnd.workflow.catalog.Department;
import vn.gov.ubnd.workflow.catalog.Leader;

/** The forms the model links exist, and their lists say what the catalog says. */
class DirectiveFormsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String resource(String path) throws Exception {
    try (InputStream in = DirectiveFormsTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Catalog catalog() throws Exception {
    try (InputStream in = DirectiveFormsTest.class.getResourceAsStream("/data/catalog.yaml")) {
      return CatalogFile.read(in, "catalog.yaml");
    }
  }

  private static List<JsonNode> fields(JsonNode components) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode c : components) {
      all.add(c);
      if (c.has("components")) {
        all.addAll(fields(c.get("components")));
      }
    }
    return all;
  }

  private static JsonNode field(String formId, String key) throws Exception {
    JsonNode form = JSON.readTree(resource("/forms/" + formId + ".form"));
    return fields(form.get("components")).stream()
        .filter(c -> key.equals(c.path("key").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(formId + " has no field " + key));
  }

  private static List<String> values(JsonNode field) {
    List<String> values = new ArrayList<>();
    field
        .get("values")
        .forEach(v -> values.add(v.get("value").asText() + "=" + v.get("label").asText()));
    return values;
  }

  @Test
  void everyFormTheModelLinksExists() throws Exception {
    String bpmn = resource("/processes/directive-tracking.bpmn");
    Matcher m = Pattern.compile("formId=\"([^\"]+)\"").matcher(bpmn);
    int linked = 0;
    while (m.find()) {
      JsonNode form = JSON.readTree(resource("/forms/" + m.group(1) + ".form"));
      assertThat(form.get("id").asText()).isEqualTo(m.group(1));
      linked++;
    }
    assertThat(linked).isEqualTo(7);
  }

  @Test
  void agencyAndLeaderListsAreTheCatalogs() throws Exception {
    String formId = "directive-registration";
    Catalog catalog = catalog();
    List<String> departments =
        catalog.departments().stream().map(d -> d.code() + "=" + d.name()).toList();
    List<String> leaders =
        catalog.leaders().stream().map(l -> l.code() + "=" + l.title() + " " + l.name()).toList();
    assertThat(values(field(formId, "leadAgency"))).containsExactlyElementsOf(departments);
    assertThat(values(field(formId, "coordinatingAgencies")))
        .containsExactlyElementsOf(departments);
    assertThat(values(field(formId, "leaderInCharge"))).containsExactlyElementsOf(leaders);
  }

  @Test
  void reportCycleDepartmentListsAreTheCatalogs() throws Exception {
    String formId = "report-cycle-start";
    List<String> departments =
        catalog().departments().stream().map(d -> d.code() + "=" + d.name()).toList();
    assertThat(values(field(formId, "departments"))).containsExactlyElementsOf(departments);
  }

  /** One form registers and corrects: the correction's part shows only with the problems. */
  @ParameterizedTest
  @ValueSource(strings = {"directive-registration", "report-cycle-start"})
  void theCorrectionIsTheStartFormWithItsProblemsShown(String formId) throws Exception {
    JsonNode components = JSON.readTree(resource("/forms/" + formId + ".form")).get("components");
    assertThat(components.get(0).path("conditional").path("hide").asText())
        .isEqualTo("=validationErrors != null");
    assertThat(components.get(1).path("conditional").path("hide").asText())
        .isEqualTo("=validationErrors = null");
    assertThat(components.get(1).path("content").asText()).contains("{{#loop validationErrors}}");
  }

  @Test
  void theDelegatesOfTheSignOffAreTheCatalogsViceChairs() throws Exception {
    List<String> vices =
        catalog().leaders().stream()
            .filter(l -> l.role() == Leader.Role.VICE_CHAIR)
            .map(l -> l.code() + "=" + l.title() + " " + l.name())
            .toList();
    assertThat(values(field("report-sign-off", "delegateLeader"))).containsExactlyElementsOf(vices);
  }

  @Test
  void everyFormTheReportCycleLinksExists() throws Exception {
    String bpmn = resource("/processes/report-cycle.bpmn");
    Matcher m = Pattern.compile("formId=\"([^\"]+)\"").matcher(bpmn);
    int linked = 0;
    while (m.find()) {
      assertThat(JSON.readTree(resource("/forms/" + m.group(1) + ".form")).get("id").asText())
          .isEqualTo(m.group(1));
      linked++;
    }
    assertThat(linked).isEqualTo(7);
  }

  @Test
  void theSampleCatalogHasAChairAndTasklistGroups() throws Exception {
    Catalog catalog = catalog();
    assertThat(catalog.chair().role()).isEqualTo(Leader.Role.CHAIR);
    assertThat(catalog.departments())
        .allMatch(d -> !d.candidateGroup().isBlank())
        .extracting(Department::code)
        .contains("STC", "SNNMT");
  }
}

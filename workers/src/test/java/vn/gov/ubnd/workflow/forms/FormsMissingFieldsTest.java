package vn.gov.ubnd.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form names its empty required fields in Vietnamese (Tasklist's own validation texts are
 * English only): the line tools/forms/missing-fields.py writes must cover each required field.
 */
class FormsMissingFieldsTest {

  private static final Path FORMS = Path.of("../forms");

  static Stream<Path> forms() throws Exception {
    return Files.list(FORMS).filter(p -> p.toString().endsWith(".form")).sorted();
  }

  @ParameterizedTest
  @MethodSource("forms")
  void theVietnameseMissingFieldsLineCoversEveryRequiredField(Path form) throws Exception {
    JsonNode components = new ObjectMapper().readTree(form.toFile()).get("components");
    List<JsonNode> required = new ArrayList<>();
    collectRequired(components, required);
    JsonNode line = null;
    for (JsonNode c : components) {
      if ("Text_MissingFields".equals(c.path("id").asText())) {
        line = c;
      }
    }
    if (required.isEmpty()) {
      assertThat(line).as(form + " has no required field and needs no line").isNull();
      return;
    }
    assertThat(line)
        .as(form + ": run python3 tools/forms/missing-fields.py")
        .isNotNull()
        .isSameAs(components.get(components.size() - 1));
    String text = line.path("text").asText();
    assertThat(text).contains("Còn thiếu thông tin bắt buộc");
    for (JsonNode field : required) {
      String label =
          field.hasNonNull("label")
              ? field.get("label").asText().trim()
              : field.path("dateLabel").asText().trim();
      assertThat(text)
          .as(form + ": run python3 tools/forms/missing-fields.py (" + label + ")")
          .contains(field.path("key").asText() + " ")
          .contains("then \"" + label + "\"");
    }
  }

  private static void collectRequired(JsonNode components, List<JsonNode> into) {
    for (JsonNode c : components) {
      if ("dynamiclist".equals(c.path("type").asText())) {
        continue;
      }
      if (c.path("validate").path("required").asBoolean(false) && c.hasNonNull("key")) {
        into.add(c);
      }
      if (c.has("components")) {
        collectRequired(c.get("components"), into);
      }
    }
  }
}

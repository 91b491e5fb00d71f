package vn.gov.ubnd.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A form never puts a variable into Markdown: a text component renders Markdown, so a link or an
 * image someone typed would be drawn in another person's form. Variables are shown by html
 * components, whose templates form-js escapes (they appear as typed).
 */
class TypedTextShownAsTextTest {

  /** Text components that compute a number from the row's own figures, no typed text. */
  private static final Map<String, String> COMPUTED = Map.of("report-section.form", "Text_8");

  @Test
  void noTextComponentInterpolatesAVariable() throws Exception {
    List<String> interpolating = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (var forms = Files.list(Path.of("../forms"))) {
      for (Path file : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        String form = file.getFileName().toString();
        JsonNode schema = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
        collect(schema.path("components"), form, fieldKeys(schema), interpolating);
      }
    }
    assertThat(interpolating).isEmpty();
  }

  private static void collect(
      JsonNode components, String form, List<String> ownFields, List<String> found) {
    for (JsonNode c : components) {
      if (c.path("type").asText().equals("text")
          && !c.path("id").asText().equals(COMPUTED.get(form))) {
        String text = c.path("text").asText();
        boolean template = text.contains("{{");
        // "=" texts are the missing-fields lines: they may name only the form's own fields.
        boolean foreign =
            text.startsWith("=")
                && Pattern.compile("\\b([a-zA-Z][a-zA-Z0-9]*)\\s*(=|!=)\\s*null")
                    .matcher(text)
                    .results()
                    .anyMatch(m -> !ownFields.contains(m.group(1)) && !m.group(1).equals("item"));
        if (template || foreign) {
          found.add(form + " " + c.path("id").asText());
        }
      }
      collect(c.path("components"), form, ownFields, found);
    }
  }

  private static List<String> fieldKeys(JsonNode schema) {
    List<String> keys = new ArrayList<>();
    schema.findValues("key").forEach(k -> keys.add(k.asText()));
    return keys;
  }
}

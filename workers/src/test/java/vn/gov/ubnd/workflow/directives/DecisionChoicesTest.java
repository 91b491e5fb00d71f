package vn.gov.ubnd.workflow.directives;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The decisions the workers know are exactly the choices the forms offer, in the same words. */
class DecisionChoicesTest {

  private static Map<String, String> choices(String form, String key) throws Exception {
    JsonNode root = new ObjectMapper().readTree(Path.of("../forms/" + form + ".form").toFile());
    Map<String, String> found = new LinkedHashMap<>();
    collect(root.path("components"), key, found);
    return found;
  }

  private static void collect(JsonNode components, String key, Map<String, String> found) {
    for (JsonNode component : components) {
      if (key.equals(component.path("key").asText())) {
        component
            .path("values")
            .forEach(v -> found.put(v.path("value").asText(), v.path("label").asText()));
      }
      collect(component.path("components"), key, found);
    }
  }

  private static <E extends Enum<E>> Map<String, String> labels(
      E[] values, Function<E, String> label) {
    Map<String, String> map = new LinkedHashMap<>();
    Arrays.stream(values).forEach(v -> map.put(v.name(), label.apply(v)));
    return map;
  }

  @Test
  void extensionAnswersMatchTheExtensionReviewForm() throws Exception {
    assertThat(choices("directive-extension-review", "extensionDecision"))
        .containsExactlyEntriesOf(labels(ExtensionAnswer.values(), ExtensionAnswer::label));
  }

  @Test
  void leaderDirectionsMatchTheOverdueDirectionForm() throws Exception {
    assertThat(choices("directive-overdue-direction", "leaderDirection"))
        .containsExactlyEntriesOf(
            labels(LeaderDirectionChoice.values(), LeaderDirectionChoice::label));
  }

  @Test
  void anythingElseIsNoChoice() {
    assertThat(ExtensionAnswer.of("approved")).isEmpty();
    assertThat(ExtensionAnswer.of(null)).isEmpty();
    assertThat(LeaderDirectionChoice.of("DELEGATE")).isEmpty();
  }
}

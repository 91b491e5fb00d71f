package vn.gov.ubnd.workflow.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The choices a form offers for a field, and an enum's, to compare them value by value. */
public final class FormChoices {

  private FormChoices() {}

  /** Value → label of the field's options in {@code forms/<form>.form}. */
  public static Map<String, String> of(String form, String key) throws Exception {
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

  /** Name → label of an enum's constants. */
  public static <E extends Enum<E>> Map<String, String> labels(
      E[] values, Function<E, String> label) {
    Map<String, String> map = new LinkedHashMap<>();
    Arrays.stream(values).forEach(v -> map.put(v.name(), label.apply(v)));
    return map;
  }
}

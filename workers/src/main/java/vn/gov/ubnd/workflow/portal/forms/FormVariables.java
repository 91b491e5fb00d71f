package vn.gov.ubnd.workflow.portal.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The process variables a Camunda Form reads, from its schema: its fields' keys and paths, and
 * every name its texts ({{…}} templates), conditions and FEEL expressions ("=…") refer to. Names
 * that are FEEL's own words or no variable at all cost nothing: only variables of these names are
 * asked for.
 */
final class FormVariables {

  private FormVariables() {}

  static Set<String> read(JsonNode components) {
    Set<String> read = new TreeSet<>();
    collectRead(components, read, false);
    return Collections.unmodifiableSet(read);
  }

  /** FEEL and template words that are no variable. */
  private static final Set<String> NOT_VARIABLES =
      Set.of(
          "if",
          "then",
          "else",
          "and",
          "or",
          "not",
          "null",
          "true",
          "false",
          "for",
          "in",
          "return",
          "some",
          "every",
          "satisfies",
          "between",
          "instance",
          "of",
          "function",
          "item",
          "this",
          "loop",
          "parent",
          "_this_",
          "_parent_");

  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
  private static final Pattern NAME = Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{#?/?([^}]*)}}");

  /**
   * Inside a dynamic list or a group with a path the keys are the rows' own (the path is the
   * variable), but expressions there may still name variables.
   */
  private static void collectRead(JsonNode components, Set<String> read, boolean insidePath) {
    for (JsonNode component : components) {
      if (component.hasNonNull("path")) {
        if (!insidePath) {
          read.add(component.path("path").asText().split("\\.")[0]);
        }
      } else if (component.hasNonNull("key") && !insidePath) {
        read.add(component.path("key").asText().split("\\.")[0]);
      }
      if (component.hasNonNull("valuesKey")) {
        read.add(component.path("valuesKey").asText());
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = component.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> property = it.next();
        if (!property.getKey().equals("components")) {
          expressions(property.getValue(), read);
        }
      }
      collectRead(component.path("components"), read, insidePath || component.hasNonNull("path"));
    }
  }

  /** Names in FEEL expressions ("=…") and in text templates ("{{…}}"), anywhere in a value. */
  private static void expressions(JsonNode value, Set<String> read) {
    if (value.isObject() || value.isArray()) {
      value.forEach(v -> expressions(v, read));
      return;
    }
    if (!value.isTextual()) {
      return;
    }
    String text = value.asText();
    if (text.startsWith("=")) {
      names(text.substring(1), read);
    }
    // Inside {{#loop list}} … {{/loop}} names are the items' own fields.
    Matcher template = TEMPLATE.matcher(text);
    int loops = 0;
    while (template.find()) {
      String inside = template.group(0);
      if (inside.startsWith("{{#loop")) {
        if (loops == 0) {
          names(template.group(1).replaceFirst("^\\s*loop\\b", ""), read);
        }
        loops++;
      } else if (inside.startsWith("{{/loop")) {
        loops = Math.max(0, loops - 1);
      } else if (loops == 0) {
        names(template.group(1), read);
      }
    }
  }

  /** FEEL's built-in functions whose names have spaces. */
  private static final Pattern SPACED_FUNCTIONS =
      Pattern.compile(
          "\\b(string join|string length|upper case|lower case|substring before|substring after"
              + "|date and time|day of week|month of year|years and months duration|get value"
              + "|get entries|index of|list contains|distinct values|starts with|ends with)\\s*\\(");

  private static void names(String expression, Set<String> read) {
    String code = QUOTED.matcher(expression).replaceAll(" ");
    code = SPACED_FUNCTIONS.matcher(code).replaceAll("(");
    Matcher name = NAME.matcher(code);
    while (name.find()) {
      boolean called = code.startsWith("(", name.end()); // a function: count(, substring(
      if (!called && !NOT_VARIABLES.contains(name.group(1))) {
        read.add(name.group(1));
      }
    }
  }
}

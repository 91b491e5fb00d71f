package vn.gov.ubnd.workflow.portal.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.gov.ubnd.workflow.portal.PortalRefusal;
import vn.gov.ubnd.workflow.portal.PortalRefusal.FieldProblem;

/**
 * The fields of a Camunda Form, as the server checks what a browser submits: only the form's own
 * fields, and every field the form requires without a condition filled in (a field shown only under
 * a condition is left to the form and the workers, which know the condition). The browser checks
 * the same first; this stops a page that skipped it.
 */
public final class FormSchema {

  private final Map<String, Field> fields;
  private final Set<String> variablesRead;
  private final List<DateRule> dateRules;
  private final List<FixedRowsRule> fixedRows;
  private final Set<String> variablesAwaited;

  private FormSchema(
      Map<String, Field> fields,
      Set<String> variablesRead,
      List<DateRule> dateRules,
      List<FixedRowsRule> fixedRows,
      Set<String> variablesAwaited) {
    this.fields = fields;
    this.variablesRead = variablesRead;
    this.dateRules = dateRules;
    this.fixedRows = fixedRows;
    this.variablesAwaited = variablesAwaited;
  }

  /**
   * A field or a container of fields (group with a path, dynamic list).
   *
   * @param key the variable it writes
   * @param label what the person reads
   * @param type form-js type
   * @param required required whatever else is filled in
   * @param rows for a dynamic list or a group with a path: its own fields
   */
  public record Field(
      String key, String label, String type, boolean required, Map<String, Field> rows) {}

  public static FormSchema parse(String schema, ObjectMapper json) {
    try {
      JsonNode components = json.readTree(schema).path("components");
      List<DateRule> rules = new ArrayList<>();
      dateRules(components, rules, List.of());
      List<FixedRowsRule> rows = new ArrayList<>();
      for (JsonNode component : components) {
        FixedRowsRule.of(component, labelOf(component)).ifPresent(rows::add);
      }
      Set<String> awaited = new TreeSet<>();
      awaited(components, awaited);
      return new FormSchema(
          fields(components),
          FormVariables.read(components),
          List.copyOf(rules),
          List.copyOf(rows),
          Collections.unmodifiableSet(awaited));
    } catch (IOException e) {
      throw new IllegalArgumentException("form schema is not JSON", e);
    }
  }

  public Collection<Field> fields() {
    return fields.values();
  }

  /**
   * The process variables the form reads: its fields' keys and paths, and every name its texts,
   * conditions and expressions refer to. A person opening the task gets these and nothing else of
   * the instance (need to know). Names that are FEEL's own words or no variable cost nothing: only
   * variables of these names are asked for.
   */
  public Set<String> variablesRead() {
    return variablesRead;
  }

  /**
   * The variables a task creates for its form when it begins (input mappings, e.g. the answer the
   * office reviews, copied from one updated at each round), named by a component's custom property
   * {@code awaits}: the form is not shown without them. Tasklist imports a task a moment before its
   * variables, and would otherwise show an earlier round's value of the updated variable.
   */
  public Set<String> variablesAwaited() {
    return variablesAwaited;
  }

  private static void awaited(JsonNode components, Set<String> names) {
    for (JsonNode component : components) {
      for (String name : component.path("properties").path("awaits").asText("").split(",")) {
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
      awaited(component.path("components"), names);
    }
  }

  /** The date rules of the form's top-level date fields (custom properties, see DateRule). */
  private static void dateRules(JsonNode components, List<DateRule> rules, List<String> within) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        DateRule.of(component, labelOf(component), within).ifPresent(rules::add);
      } else if (component.hasNonNull("path")
          && !"dynamiclist".equals(component.path("type").asText())) {
        List<String> inner = new ArrayList<>(within);
        inner.addAll(List.of(component.path("path").asText().split("\\.")));
        dateRules(component.path("components"), rules, inner);
      } else if (!component.hasNonNull("path")) {
        dateRules(component.path("components"), rules, within);
      }
    }
  }

  /**
   * The task's variables what is submitted is compared with: the day the task was given (date
   * rules), the rows a list held (fixed rows).
   */
  public Set<String> variablesCompared() {
    Set<String> names = new TreeSet<>();
    dateRules.stream().map(DateRule::notBefore).filter(n -> n != null).forEach(names::add);
    fixedRows.forEach(rule -> names.add(rule.path()));
    return names;
  }

  private static Map<String, Field> fields(JsonNode components) {
    Map<String, Field> found = new LinkedHashMap<>();
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      boolean required =
          component.path("validate").path("required").asBoolean(false)
              && !component.has("conditional");
      String label = labelOf(component);
      if (component.hasNonNull("key")) {
        String key = component.path("key").asText();
        found.put(key, new Field(key, label, type, required, Map.of()));
      } else if (component.hasNonNull("path") && component.has("components")) {
        String path = component.path("path").asText();
        found.put(path, new Field(path, label, type, false, fields(component.path("components"))));
      } else if (component.has("components")) {
        found.putAll(fields(component.path("components"))); // a group without a path: flat
      }
    }
    return found;
  }

  /**
   * The words on the screen for a field: its label, or for a date field its date label (form-js
   * draws "dateLabel", not "label", above a date picker), or a group's label; the key only when the
   * form gives it no words at all (FormSchemaTest keeps our forms from doing that).
   */
  static String labelOf(JsonNode component) {
    for (String words : List.of("label", "dateLabel", "timeLabel", "text")) {
      String text = component.path(words).asText("").strip();
      if (!text.isEmpty() && !text.contains("{{")) {
        return text;
      }
    }
    return component.path("key").asText(component.path("path").asText());
  }

  /**
   * Refuses a submission with keys the form does not have or a required field empty, naming each
   * field by its label.
   */
  public void check(Map<String, Object> submitted) {
    check(submitted, null, Map.of());
  }

  /**
   * As {@link #check(Map)}, and dates that cannot be true refused: after {@code today}, or before
   * the date a task variable of {@code context} holds (the form's date rules).
   */
  public void check(Map<String, Object> submitted, LocalDate today, Map<String, JsonNode> context) {
    List<FieldProblem> problems = new ArrayList<>();
    FormFields.check(fields, submitted, "", "", problems);
    if (today != null) {
      dateRules.forEach(rule -> rule.check(submitted, today, context, problems));
    }
    fixedRows.forEach(rule -> rule.check(submitted, context, problems));
    if (!problems.isEmpty()) {
      throw new PortalRefusal(
          400,
          "Biểu mẫu chưa hợp lệ: "
              + String.join("; ", problems.stream().map(FieldProblem::message).toList())
              + ".",
          problems);
    }
  }
}

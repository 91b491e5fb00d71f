package vn.gov.ubnd.workflow.portal.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.portal.PortalRefusal.FieldProblem;

/**
 * A date that cannot be true, refused where it is typed. Written in the form as custom properties
 * of the date field (Modeler: "Custom properties"), so the rule sits beside the field it guards:
 * {@code notAfterToday: true} (a completion or document date is not in the future), {@code
 * notBefore: assignedOn} with {@code notBeforeLabel: ngày giao nhiệm vụ} (a completion is not
 * before the task was given).
 *
 * @param within the groups (with a path) the field sits in, outermost first; empty at the top
 * @param key the field
 * @param label its words on the screen
 * @param notAfterToday refuse a date after today
 * @param notBefore a variable of the task holding the earliest date allowed, or null
 * @param notBeforeLabel that date in words
 */
record DateRule(
    List<String> within,
    String key,
    String label,
    boolean notAfterToday,
    String notBefore,
    String notBeforeLabel) {

  static Optional<DateRule> of(JsonNode component, String label, List<String> within) {
    JsonNode properties = component.path("properties");
    boolean notAfterToday = properties.path("notAfterToday").asText("").equals("true");
    String notBefore = properties.path("notBefore").asText(null);
    if (!notAfterToday && notBefore == null) {
      return Optional.empty();
    }
    return Optional.of(
        new DateRule(
            List.copyOf(within),
            component.path("key").asText(),
            label,
            notAfterToday,
            notBefore,
            properties.path("notBeforeLabel").asText(notBefore)));
  }

  /** Adds what is wrong with the submitted date, if anything. */
  void check(
      Map<?, ?> submitted, LocalDate today, Map<String, JsonNode> context, List<FieldProblem> out) {
    Object container = submitted;
    for (String group : within) {
      container = container instanceof Map<?, ?> map ? map.get(group) : null;
    }
    Object value = container instanceof Map<?, ?> map ? map.get(key) : null;
    LocalDate date = date(value == null ? null : value.toString());
    if (date == null) {
      return; // empty or unreadable: the required check and the workers speak of that
    }
    if (notAfterToday && date.isAfter(today)) {
      out.add(
          problem(
              date,
              ", sau hôm nay (" + OfficeInput.vn(today) + ")",
              "ghi ngày đã diễn ra, không ghi ngày trong tương lai"));
    }
    JsonNode earliest = notBefore == null ? null : context.get(notBefore);
    LocalDate floor = earliest == null || earliest.isNull() ? null : date(earliest.asText());
    if (floor != null && date.isBefore(floor)) {
      out.add(
          problem(
              date,
              ", trước " + notBeforeLabel + " (" + OfficeInput.vn(floor) + ")",
              "ghi ngày từ " + notBeforeLabel + " trở đi"));
    }
  }

  /** "«Ngày hoàn thành» là 16/12/2026, sau hôm nay (02/12/2026): ghi ngày …". */
  private FieldProblem problem(LocalDate date, String why, String whatToWrite) {
    return new FieldProblem(
        field(), label, "«" + label + "» là " + OfficeInput.vn(date) + why + ": " + whatToWrite);
  }

  private String field() {
    return within.isEmpty() ? key : String.join(".", within) + "." + key;
  }

  private static LocalDate date(String text) {
    if (text == null || text.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

package vn.gov.ubnd.workflow.portal.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.gov.ubnd.workflow.portal.PortalRefusal.FieldProblem;

/**
 * A list whose rows the form lets a person edit but not add, remove or rename (a dynamic list
 * without "allow add and remove", with read-only fields naming each row): what comes back must be
 * the same rows as the task holds, each read-only field unchanged. Anything else would silently
 * drop or misplace what was typed (the report's sections).
 *
 * @param path the list's variable
 * @param label its words on the screen
 * @param fixed the read-only fields of a row, with their labels
 */
record FixedRowsRule(String path, String label, Map<String, String> fixed) {

  static Optional<FixedRowsRule> of(JsonNode component, String label) {
    if (!"dynamiclist".equals(component.path("type").asText())
        || component.path("allowAddRemove").asBoolean(false)
        || !component.hasNonNull("path")) {
      return Optional.empty();
    }
    Map<String, String> fixed = new LinkedHashMap<>();
    for (JsonNode field : component.path("components")) {
      if (field.path("readonly").asBoolean(false) && field.hasNonNull("key")) {
        fixed.put(field.path("key").asText(), FormSchema.labelOf(field));
      }
    }
    return Optional.of(new FixedRowsRule(component.path("path").asText(), label, fixed));
  }

  void check(Map<?, ?> submitted, Map<String, JsonNode> context, List<FieldProblem> out) {
    JsonNode held = context.get(path);
    Object sent = submitted.get(path);
    if (held == null || !held.isArray() || !(sent instanceof List<?> rows)) {
      return; // nothing held to compare with; the form's own checks speak of a missing list
    }
    List<String> problems = new ArrayList<>();
    if (rows.size() != held.size()) {
      problems.add("đang có " + held.size() + " mục, gửi lên " + rows.size() + " mục");
    }
    for (int i = 0; i < Math.min(rows.size(), held.size()); i++) {
      Map<?, ?> row = rows.get(i) instanceof Map<?, ?> m ? m : Map.of();
      for (Map.Entry<String, String> field : fixed.entrySet()) {
        String before = held.get(i).path(field.getKey()).asText("");
        String after = Objects.toString(row.get(field.getKey()), "");
        if (!before.equals(after)) {
          problems.add(
              "dòng " + (i + 1) + " đổi «" + field.getValue() + "» từ \"" + shorten(before) + "\"");
        }
      }
    }
    if (!problems.isEmpty()) {
      out.add(
          new FieldProblem(
              path,
              label,
              "«"
                  + label
                  + "» chỉ được sửa nội dung, không thêm, bớt hay đổi mục ("
                  + String.join("; ", problems)
                  + "): mở lại việc để có đúng các mục rồi sửa nội dung"));
    }
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}

package vn.gov.ubnd.workflow.portal.forms;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.gov.ubnd.workflow.portal.PortalRefusal.FieldProblem;

/**
 * What a submission holds against the form's fields: no key the form does not have, every field
 * required without a condition filled in, a list's and a group's own fields likewise, each problem
 * named by the words on the screen.
 */
final class FormFields {

  private FormFields() {}

  static void check(
      Map<String, FormSchema.Field> fields,
      Map<?, ?> submitted,
      String where,
      String context,
      List<FieldProblem> problems) {
    for (Map.Entry<?, ?> entry : submitted.entrySet()) {
      String key = String.valueOf(entry.getKey());
      if (!fields.containsKey(key)) {
        problems.add(
            new FieldProblem(
                where + key,
                key,
                "biểu mẫu không có trường \""
                    + abbreviate(key)
                    + "\""
                    + context
                    + ", không gửi trường này"));
      }
    }
    for (FormSchema.Field field : fields.values()) {
      Object value = submitted.get(field.key());
      if (field.required() && empty(field, value)) {
        problems.add(
            new FieldProblem(
                where + field.key(),
                field.label(),
                "trường «"
                    + field.label()
                    + "»"
                    + context
                    + " là bắt buộc: hãy điền trước khi gửi"));
      }
      if (!field.rows().isEmpty() && value != null) {
        if (value instanceof List<?> rows) {
          for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof Map<?, ?> row) {
              check(
                  field.rows(),
                  row,
                  where + field.key() + "[" + (i + 1) + "].",
                  " ở dòng " + (i + 1) + " của «" + field.label() + "»",
                  problems);
            } else {
              problems.add(rowProblem(field, where, i));
            }
          }
        } else if (value instanceof Map<?, ?> group) {
          check(field.rows(), group, where + field.key() + ".", context, problems);
        } else {
          problems.add(rowProblem(field, where, -1));
        }
      }
    }
  }

  private static FieldProblem rowProblem(FormSchema.Field field, String where, int row) {
    return new FieldProblem(
        where + field.key(),
        field.label(),
        "«"
            + field.label()
            + "»"
            + (row >= 0 ? " dòng " + (row + 1) : "")
            + " không đúng dạng của biểu mẫu: điền lại trên biểu mẫu");
  }

  private static boolean empty(FormSchema.Field field, Object value) {
    if (value == null) {
      return true;
    }
    if ("checkbox".equals(field.type())) {
      return !Boolean.TRUE.equals(value);
    }
    if (value instanceof String text) {
      return text.isBlank();
    }
    return value instanceof Collection<?> list && list.isEmpty();
  }

  private static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}

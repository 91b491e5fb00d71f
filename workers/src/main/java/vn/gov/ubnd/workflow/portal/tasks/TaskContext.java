package vn.gov.ubnd.workflow.portal.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What a task is about, in the words of the list: every department's section task is named "Gửi báo
 * cáo của cơ quan" in the model, so the list adds the department and the session, or the
 * directive's number and summary.
 */
final class TaskContext {

  /** The variables the list asks the engine for with each task. */
  public static final List<String> VARIABLES =
      List.of("directiveId", "title", "sessionName", "assignment", "reportTitle");

  private static final int SUMMARY_LENGTH = 140;

  private TaskContext() {}

  /**
   * "Nhiệm vụ 123/TB-UBND: Triển khai …", "Sở Tài chính · Kỳ họp thứ 12 …", "Báo cáo công tác chỉ
   * đạo điều hành tháng 11 năm 2026", or empty (none of the variables known yet).
   */
  public static String of(Map<String, JsonNode> variables) {
    String directiveId = text(variables.get("directiveId"));
    if (directiveId != null) {
      String title = text(variables.get("title"));
      return "Nhiệm vụ " + directiveId + (title == null ? "" : ": " + abbreviate(title));
    }
    String session = text(variables.get("sessionName"));
    JsonNode assignment = variables.get("assignment");
    String department = assignment == null ? null : text(assignment.path("departmentName"));
    if (department != null && session != null) {
      return department + " · " + session;
    }
    if (session != null) {
      return session;
    }
    String reportTitle = text(variables.get("reportTitle"));
    return reportTitle == null ? "" : reportTitle;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() || node.asText().isBlank()
        ? null
        : node.asText().strip();
  }

  private static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= SUMMARY_LENGTH
        ? oneLine
        : oneLine.substring(0, SUMMARY_LENGTH).strip() + "…";
  }
}

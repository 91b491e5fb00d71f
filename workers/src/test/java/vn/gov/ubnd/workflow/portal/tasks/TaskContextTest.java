package vn.gov.ubnd.workflow.portal.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The line under a task's name, which tells one department's task from another's. */
class TaskContextTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @Test
  void aDirectiveTaskShowsItsNumberAndSummaryCutToOneLine() {
    Map<String, JsonNode> variables =
        Map.of(
            "directiveId", JSON.textNode("123/TB-UBND"),
            "title", JSON.textNode("Triển khai\n" + "kế hoạch ".repeat(30)));
    String context = TaskContext.of(variables);
    assertThat(context).startsWith("Nhiệm vụ 123/TB-UBND: Triển khai kế hoạch").endsWith("…");
    assertThat(context).doesNotContain("\n");
  }

  @Test
  void aSectionTaskShowsTheDepartmentAndTheSession() {
    Map<String, JsonNode> variables =
        Map.of(
            "sessionName", JSON.textNode("Kỳ họp thứ 12, HĐND tỉnh khóa X"),
            "assignment", JSON.objectNode().put("departmentName", "Sở Tài chính"));
    assertThat(TaskContext.of(variables))
        .isEqualTo("Sở Tài chính · Kỳ họp thứ 12, HĐND tỉnh khóa X");
  }

  @Test
  void theOfficesCycleTaskShowsTheSession() {
    assertThat(TaskContext.of(Map.of("sessionName", JSON.textNode("Kỳ họp thứ 12"))))
        .isEqualTo("Kỳ họp thứ 12");
    assertThat(TaskContext.of(Map.of())).isEmpty();
  }

  @Test
  void aMonthlyReportTaskShowsTheReportsTitle() {
    assertThat(
            TaskContext.of(
                Map.of(
                    "reportTitle",
                    JSON.textNode("Báo cáo công tác chỉ đạo điều hành tháng 11 năm 2026"))))
        .isEqualTo("Báo cáo công tác chỉ đạo điều hành tháng 11 năm 2026");
  }
}

package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.ENDEVENT_SUBMITTED;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_EDIT_DRAFT;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_ISSUE_DOCUMENT;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_REVIEW_DRAFT;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_REVIEW_SECTION;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_SIGN_OFF;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_SUBMIT_SECTION;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.it.support.NeedToKnow;
import vn.gov.ubnd.workflow.it.support.RealStackTest;
import vn.gov.ubnd.workflow.it.support.WorkingDays;
import vn.gov.ubnd.workflow.testing.ReportCycleData;

/**
 * One report cycle for three departments on the real stack, every user task completed through
 * Tasklist's API, from the start to the numbered report delivered to the council's channel.
 */
class ReportCycleIT extends RealStackTest {

  @BeforeAll
  static void formsImported() {
    camunda.awaitForms(List.of("report-section", "report-section-review", "report-draft-edit"));
  }

  @Test
  void aCycleForThreeDepartmentsEndsWithTheNumberedReportAtTheCouncil() throws Exception {
    List<String> departments = List.of("STC", "SXD", "SYT");
    long key =
        zeebe
            .newCreateInstanceCommand()
            .bpmnProcessId("report-cycle")
            .latestVersion()
            .variables(
                ReportCycleData.annualCycle(
                    LocalDate.now().getYear(),
                    "Kỳ họp thứ mười tám, HĐND tỉnh khóa X, nhiệm kỳ 2021-2026",
                    WorkingDays.ahead(60),
                    departments,
                    WorkingDays.ahead(15)))
            .send()
            .join()
            .getProcessInstanceKey();

    List<JsonNode> submitTasks = new ArrayList<>(camunda.awaitTasks(key, TASK_SUBMIT_SECTION, 3));
    List<String> groups = new ArrayList<>();
    // Health answers last: need to know is checked on its task once the other two are accepted.
    submitTasks.sort(
        Comparator.comparing(t -> t.path("candidateGroups").get(0).asText().equals("so-y-te")));
    String run = Long.toString(key);
    for (JsonNode task : submitTasks) {
      String group = task.path("candidateGroups").get(0).asText();
      groups.add(group);
      if (group.equals("so-y-te")) {
        List<JsonNode> reviews = camunda.awaitTasks(key, TASK_REVIEW_SECTION, 2);
        NeedToKnow.officeSeesOneSection(reviews.get(0), run);
        for (JsonNode review : reviews) {
          camunda.complete(review, Map.of("reviewDecision", "ACCEPTED"));
        }
        NeedToKnow.departmentSeesNoOtherAnswer("so-y-te", task.path("id").asText(), run);
      }
      camunda.complete(task, ReportCycleData.sectionAnswer("Kết quả riêng " + group + " " + run));
    }
    assertThat(groups).containsExactlyInAnyOrder("so-tai-chinh", "so-xay-dung", "so-y-te");
    for (JsonNode task : camunda.awaitTasks(key, TASK_REVIEW_SECTION, 1)) {
      camunda.complete(task, Map.of("reviewDecision", "ACCEPTED"));
    }

    JsonNode edit = camunda.awaitTasks(key, TASK_EDIT_DRAFT, 1).get(0);
    JsonNode draftSections = variable(edit, "draftSections");
    // The figures the system holds: indicators against plan, the register's source documents,
    // the office's documents (imported or not yet, as this stack's other tests left them).
    assertThat(draftSections.toString())
        .contains("bằng 107,5% kế hoạch (vượt kế hoạch)")
        .contains("chỉ tiêu chủ yếu có 3 chỉ tiêu vượt kế hoạch")
        .containsAnyOf("Để triển khai ", "sổ theo dõi chưa ghi nhiệm vụ nào")
        .containsAnyOf("UBND tỉnh, Chủ tịch UBND tỉnh đã ban hành", "chưa được nhập vào hệ thống")
        .containsAnyOf("kiến nghị của cử tri", "chưa ghi kiến nghị cử tri");
    String draftUrl = variable(edit, "draftDocumentUrl").asText();
    assertThat(docx(draftUrl)).contains("DỰ THẢO").contains("BÁO CÁO");
    camunda.complete(edit, Map.of("draftSections", JSON.convertValue(draftSections, List.class)));
    camunda.complete(
        camunda.awaitTasks(key, TASK_REVIEW_DRAFT, 1).get(0), Map.of("chiefDecision", "APPROVED"));
    JsonNode signOff = camunda.awaitTasks(key, TASK_SIGN_OFF, 1).get(0);
    assertThat(signOff.path("candidateGroups").toString()).contains("lanh-dao-ct");
    camunda.complete(signOff, Map.of("signOffDecision", "APPROVED", "signOffSigner", "SELF"));

    camunda.awaitInstanceState(key, "COMPLETED");
    JsonNode flowNodes = camunda.awaitFlowNodes(key, TASK_ISSUE_DOCUMENT, ENDEVENT_SUBMITTED);
    assertThat(flowNodes.toString()).doesNotContain("\"incident\":true");
    Map<String, String> vars = awaitOperateVariables(key, "documentNumber", "finalDocumentUrl");
    assertThat(vars.get("documentNumber")).matches("\"\\d{2,}/BC-UBND\"");
    assertThat(vars.get("submissionChannels")).contains("HTTP");
    String finalUrl = JSON.readTree(vars.get("finalDocumentUrl")).asText();
    String text = docx(finalUrl);
    assertThat(text)
        .contains("Số: " + JSON.readTree(vars.get("documentNumber")).asText())
        .contains("TM. ỦY BAN NHÂN DÂN")
        .doesNotContain("DỰ THẢO");
  }
}

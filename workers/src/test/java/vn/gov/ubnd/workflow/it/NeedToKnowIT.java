package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_REPORT_ON_DIRECTIVE;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_REVIEW_SECTION;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_SUBMIT_SECTION;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Need to know, through the portal's API with the realm's people: a department opening or listing
 * its task gets what its form shows, never another department's answer; the office reviewing one
 * section sees that section only; an agency opening its directive gets the directive, not the
 * follow-up's plan and recipients.
 */
class NeedToKnowIT extends RealStackTest {

  @BeforeAll
  static void formsImported() {
    camunda.awaitForms(List.of("report-section", "report-section-review", "directive-report"));
  }

  @Test
  void nothingOfTwoAcceptedAnswersReachesTheThirdDepartment() throws Exception {
    String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    long key =
        zeebe
            .newCreateInstanceCommand()
            .bpmnProcessId("report-cycle")
            .latestVersion()
            .variables(
                Map.of(
                    "reportKind", "ANNUAL",
                    "year", LocalDate.now().getYear(),
                    "sessionName", "Kỳ họp cần biết " + run,
                    "sessionOpeningDate", WorkingDays.ahead(60).toString(),
                    "departments", List.of("STC", "SXD", "SNV"),
                    "responseDeadline", WorkingDays.ahead(15).toString()))
            .send()
            .join()
            .getProcessInstanceKey();
    List<JsonNode> sections = camunda.awaitTasks(key, TASK_SUBMIT_SECTION, 3);
    String homeAffairs = null;
    for (JsonNode task : sections) {
      String group = task.path("candidateGroups").get(0).asText();
      if (group.equals(Accounts.HOME_AFFAIRS)) {
        homeAffairs = task.path("id").asText();
        continue;
      }
      camunda.complete(
          task,
          Map.of(
              "results", "Kết quả riêng " + group + " " + run,
              "indicators", List.of(),
              "shortcomings", "Hạn chế riêng " + group + " " + run,
              "nextTasks", "Nhiệm vụ riêng " + group + " " + run,
              "contactPerson", "Người liên hệ " + group + " " + run,
              "headApproved", true));
    }

    // The office reviewing one section sees that section's answer and not the other's.
    List<JsonNode> reviews = camunda.awaitTasks(key, TASK_REVIEW_SECTION, 2);
    JsonNode firstReview = reviews.get(0);
    String opened = open(Accounts.OFFICE, firstReview.path("id").asText());
    String shown = opened.contains("Kết quả riêng so-tai-chinh") ? "so-tai-chinh" : "so-xay-dung";
    String other = shown.equals("so-tai-chinh") ? "so-xay-dung" : "so-tai-chinh";
    assertThat(opened).contains("Kết quả riêng " + shown + " " + run);
    assertThat(opened).doesNotContain(other + " " + run).doesNotContain("sectionResults");
    for (JsonNode review : reviews) {
      camunda.complete(review, Map.of("reviewDecision", "ACCEPTED"));
    }
    camunda.awaitInstanceState(key, "ACTIVE");

    // Home affairs lists and opens its own task: nothing of the two accepted answers.
    String list =
        Accounts.send(
                LocalStack.WORKERS + "/api/portal/tasks", token(Accounts.HOME_AFFAIRS), "GET", null)
            .body();
    assertThat(list).contains(homeAffairs);
    String own = open(Accounts.HOME_AFFAIRS, homeAffairs);
    for (String answer : List.of("so-tai-chinh " + run, "so-xay-dung " + run)) {
      assertThat(list).doesNotContain(answer);
      assertThat(own).doesNotContain(answer);
    }
    assertThat(own).doesNotContain("sectionResults").doesNotContain("response\"");
    JsonNode variables = JSON.readTree(own).path("variables");
    assertThat(variables.fieldNames())
        .toIterable()
        .isSubsetOf(
            "sessionName",
            "assignment",
            "cycleTitle",
            "sessionOpeningDateText",
            "review",
            "results",
            "indicators",
            "shortcomings",
            "nextTasks",
            "contactPerson",
            "headApproved",
            "directiveId",
            "title");
  }

  @Test
  void anAgencyOpeningItsDirectiveGetsTheDirectiveNotTheFollowUp() throws Exception {
    String directiveId = "NV-CB-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    long key =
        zeebe
            .newCreateInstanceCommand()
            .bpmnProcessId("directive-tracking")
            .latestVersion()
            .variables(
                Map.of(
                    "directiveId",
                    directiveId,
                    "title",
                    "Rà soát thủ tục hành chính",
                    "leadAgency",
                    "STC",
                    "leaderInCharge",
                    "PCT-KT",
                    "assignedOn",
                    LocalDate.now().toString(),
                    "deadline",
                    WorkingDays.ahead(10).toString()))
            .send()
            .join()
            .getProcessInstanceKey();
    JsonNode report = camunda.awaitTasks(key, TASK_REPORT_ON_DIRECTIVE, 1).get(0);
    // The instance holds the follow-up's plan, its ladder and the groups it notifies; Operate
    // shows them to managers. The agency gets its directive and none of that.
    assertThat(operateVariables(key)).containsKeys("followUpPlan", "ladder", "officeGroup");
    String opened = open(Accounts.FINANCE, report.path("id").asText());
    assertThat(opened).contains(directiveId).doesNotContain("@");
    assertThat(JSON.readTree(opened).path("variables").fieldNames())
        .toIterable()
        .contains("directiveId", "title")
        .doesNotContain("followUpPlan", "ladder", "nextFollowUp", "officeGroup", "leaderGroup");
  }

  private static String token(String group) {
    return Accounts.token(group);
  }

  private static String open(String group, String taskId) throws Exception {
    HttpResponse<String> response =
        Accounts.send(
            LocalStack.WORKERS + "/api/portal/tasks/" + taskId + "/open",
            token(group),
            "POST",
            Map.of());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    return response.body();
  }
}

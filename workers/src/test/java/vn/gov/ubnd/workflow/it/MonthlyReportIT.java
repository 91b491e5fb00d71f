package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ubnd.workflow.testing.MonthlyReportModel.ENDEVENT_REPORT_SENT;
import static vn.gov.ubnd.workflow.testing.MonthlyReportModel.TASK_COMPLETE_NARRATIVE;
import static vn.gov.ubnd.workflow.testing.MonthlyReportModel.TASK_SEND_MONTHLY_REPORT;
import static vn.gov.ubnd.workflow.testing.MonthlyReportModel.TASK_SIGN_MONTHLY_REPORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The office's monthly report for the month just closed on the real stack: the figures from the
 * real index (checked against the statistics API over the same period), the review and the sign-off
 * through Tasklist's API, the number of the office's series, the final .docx and the mail to the
 * leaders in the outbox.
 */
class MonthlyReportIT extends RealStackTest {

  @BeforeAll
  static void formsImported() {
    camunda.awaitForms(List.of("monthly-report-narrative", "monthly-report-sign-off"));
  }

  @Test
  void theReportOfTheMonthJustClosedIsDraftedReviewedSignedNumberedAndMailed() throws Exception {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    YearMonth month =
        today.getDayOfMonth() > 14 ? YearMonth.from(today) : YearMonth.from(today).minusMonths(1);
    LocalDate from = month.minusMonths(1).atDay(15);
    LocalDate to = month.atDay(14);
    long key =
        zeebe
            .newCreateInstanceCommand()
            .bpmnProcessId("monthly-direction-report")
            .latestVersion()
            .variables(Map.of("reportMonth", month.getMonthValue() + "/" + month.getYear()))
            .send()
            .join()
            .getProcessInstanceKey();

    JsonNode narrative = camunda.awaitTasks(key, TASK_COMPLETE_NARRATIVE, 1).get(0);
    assertThat(narrative.path("candidateGroups").toString()).contains("van-phong");
    String figures = variable(narrative, "figuresText").asText();
    JsonNode statistics = statistics(from, to);
    java.time.format.DateTimeFormatter vn =
        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    String period = "từ ngày " + vn.format(from) + " đến ngày " + vn.format(to);
    assertThat(figures)
        .contains("Kỳ số liệu: " + period + ".")
        .contains(
            "("
                + period
                + "), UBND tỉnh, Chủ tịch UBND tỉnh đã giao "
                + statistics.path("assigned").asInt()
                + " nhiệm vụ");
    camunda.complete(
        narrative,
        Map.of(
            "directionText", "Trong tháng, UBND tỉnh tập trung chỉ đạo giải ngân vốn đầu tư công.",
            "fieldResultsText", "Lĩnh vực kinh tế:\nThu ngân sách đạt kế hoạch."));

    JsonNode signOff = camunda.awaitTasks(key, TASK_SIGN_MONTHLY_REPORT, 1).get(0);
    assertThat(signOff.path("candidateGroups").toString()).contains("lanh-dao-van-phong");
    assertThat(docx(variable(signOff, "draftDocumentUrl").asText()))
        .contains("DỰ THẢO")
        .contains("giải ngân vốn đầu tư công");
    camunda.complete(signOff, Map.of("signOffDecision", "APPROVED", "signer", "CHIEF"));

    camunda.awaitInstanceState(key, "COMPLETED");
    JsonNode flowNodes =
        camunda.awaitFlowNodes(key, TASK_SEND_MONTHLY_REPORT, ENDEVENT_REPORT_SENT);
    assertThat(flowNodes.toString()).doesNotContain("\"incident\":true");
    Map<String, String> vars = awaitOperateVariables(key, "documentNumber", "finalDocumentUrl");
    String number = JSON.readTree(vars.get("documentNumber")).asText();
    assertThat(number).matches("\\d{2,}/BC-VP");
    assertThat(docx(JSON.readTree(vars.get("finalDocumentUrl")).asText()))
        .contains("Số: " + number)
        .contains("VĂN PHÒNG")
        .contains("CHÁNH VĂN PHÒNG")
        .contains("Thu ngân sách đạt kế hoạch.")
        .contains("Nơi nhận:")
        .doesNotContain("DỰ THẢO");

    JsonNode notice = search("GET", "/ubnd-notices/_doc/monthly-report:" + key).path("_source");
    assertThat(notice.path("subject").asText()).contains(number);
    assertThat(notice.path("to").toString()).contains("Chủ tịch UBND tỉnh");
    assertThat(notice.path("attachments").toString()).contains("BC-VP.docx");
  }

  /** The statistics API over the month's period, as the office reads it. */
  private static JsonNode statistics(LocalDate from, LocalDate to) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            LocalStack.WORKERS
                                + "/api/directives/statistics?from="
                                + from
                                + "&to="
                                + to
                                + "&asOf="
                                + to))
                    .header("Authorization", "Bearer " + Accounts.token(Accounts.OFFICE))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static JsonNode search(String method, String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(LocalStack.OPENSEARCH + path))
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}

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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.it.support.Accounts;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.it.support.RealStackTest;
import vn.gov.ubnd.workflow.it.support.WorkersApi;

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
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    YearMonth month =
        today.getDayOfMonth() > 14 ? YearMonth.from(today) : YearMonth.from(today).minusMonths(1);
    LocalDate from = month.minusMonths(1).atDay(15);
    LocalDate to = month.atDay(14);
    String registerSentence = importTheOfficesRegister(from, to);
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
    DateTimeFormatter vn = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    String period = "từ ngày " + vn.format(from) + " đến ngày " + vn.format(to);
    assertThat(figures)
        .contains("Kỳ số liệu: " + period + ".")
        .contains(
            "("
                + period
                + "), UBND tỉnh, Chủ tịch UBND tỉnh đã giao "
                + statistics.path("assigned").asInt()
                + " nhiệm vụ")
        .contains(registerSentence);
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
    Map<String, String> vars =
        awaitOperateVariables(key, "documentNumber", "finalDocumentUrl", "reportId");
    // Number and mail claimed under the report's own id, not the instance key (keys start again
    // when a cluster is rebuilt).
    String reportId = JSON.readTree(vars.get("reportId")).asText();
    assertThat(UUID.fromString(reportId)).isNotNull();
    String number = JSON.readTree(vars.get("documentNumber")).asText();
    assertThat(number).matches("\\d{2,}/BC-VP");
    assertThat(docx(JSON.readTree(vars.get("finalDocumentUrl")).asText()))
        .contains("Số: " + number)
        .contains("VĂN PHÒNG")
        .contains("CHÁNH VĂN PHÒNG")
        .contains("Thu ngân sách đạt kế hoạch.")
        .contains("Nơi nhận:")
        .doesNotContain("DỰ THẢO");

    JsonNode notice =
        search("GET", "/ubnd-notices/_doc/monthly-report:" + reportId).path("_source");
    assertThat(notice.path("subject").asText()).contains(number);
    assertThat(notice.path("to").toString()).contains("Chủ tịch UBND tỉnh");
    assertThat(notice.path("attachments").toString()).contains("BC-VP.docx");
  }

  /**
   * The office imports its register of the month as the e-office system exports it and Excel on a
   * Vietnamese Windows saves it (CSV UTF-8 with BOM, semicolons, CRLF, dd/MM/yyyy): 13 documents
   * issued, 5 received, one more outside the month, a row repeated and a row with an impossible
   * date. The numbers are the same on every run, so a second run finds them all imported already.
   * Only the office may import; the counts are read back over HTTP.
   *
   * @return the sentence the monthly report must print for these documents
   */
  private static String importTheOfficesRegister(LocalDate from, LocalDate to) throws Exception {
    DateTimeFormatter vn = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    String y = Integer.toString(to.getYear());
    List<String> rows = new ArrayList<>();
    rows.add(
        "STT;Số, ký hiệu;Ngày văn bản;Ngày đến;Loại văn bản;Người ký;Trích yếu;Cơ quan ban hành;Đi/đến");
    int n = 0;
    for (int i = 1; i <= 6; i++) {
      rows.add(
          ++n
              + ";"
              + (900 + i)
              + "/QĐ-UBND;"
              + vn.format(from.plusDays(i))
              + ";;Quyết định;Nguyễn Văn A;Về việc phê duyệt dự án "
              + i
              + ";;Đi");
    }
    rows.add(
        ++n
            + ";17/"
            + y
            + "/QĐ-UBND;"
            + vn.format(to)
            + ";;Quyết định;Nguyễn Văn A;Quy định mức thu phí;;Đi");
    for (int i = 1; i <= 4; i++) {
      rows.add(
          ++n
              + ";"
              + (4500 + i)
              + "/UBND-KT;"
              + vn.format(from.plusDays(i))
              + ";;Công văn;Trần Thị B;V/v đôn đốc giải ngân;;Đi");
    }
    rows.add(++n + ";31/GM-UBND;" + vn.format(from) + ";;Giấy mời;Trần Thị B;Mời họp;;Đi");
    rows.add(++n + ";32/GM-UBND;" + vn.format(from.plusDays(2)) + ";;;Trần Thị B;Mời họp;;Đi");
    for (int i = 1; i <= 5; i++) {
      rows.add(
          ++n
              + ";"
              + (200 + i)
              + "/SYT-KHTC;"
              + vn.format(from.plusDays(i))
              + ";"
              + vn.format(from.plusDays(i + 1))
              + ";Công văn;;Báo cáo y tế;Sở Y tế;Đến");
    }
    rows.add(
        ++n
            + ";"
            + 901
            + "/QĐ-UBND;"
            + vn.format(from.plusDays(1))
            + ";;Quyết định;Nguyễn Văn A;Về việc phê duyệt dự án 1;;Đi");
    rows.add(
        ++n
            + ";950/QĐ-UBND;"
            + vn.format(from.minusDays(3))
            + ";;Quyết định;Nguyễn Văn A;Tháng trước;;Đi");
    rows.add(++n + ";951/QĐ-UBND;31/02/" + y + ";;Quyết định;Nguyễn Văn A;Ngày sai;;Đi");
    byte[] csv = ("\uFEFF" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    String path = LocalStack.WORKERS + "/api/portal/office-documents/imports";

    HttpResponse<String> imported =
        Accounts.sendForm(
            path, Accounts.token(Accounts.OFFICE), Map.of(), "so-van-ban-thang.csv", csv);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    JsonNode result = JSON.readTree(imported.body());
    assertThat(result.path("rows").asInt()).isEqualTo(21);
    assertThat(result.path("added").asInt() + result.path("alreadyImported").asInt()).isEqualTo(19);
    assertThat(result.path("repeatedInFile").asInt()).isEqualTo(1);
    assertThat(result.path("refused").asInt()).isEqualTo(1);
    assertThat(result.path("notes").toString())
        .contains(
            "Dòng 22, cột \\\"Ngày văn bản\\\": \\\"31/02/" + y + "\\\" không phải ngày có thật");
    // The same export again: nothing added twice.
    JsonNode again =
        JSON.readTree(
            Accounts.sendForm(
                    path, Accounts.token(Accounts.OFFICE), Map.of(), "so-van-ban-thang.csv", csv)
                .body());
    assertThat(again.path("added").asInt()).isZero();
    assertThat(again.path("alreadyImported").asInt()).isEqualTo(19);
    assertThat(
            Accounts.sendForm(path, Accounts.token(Accounts.FINANCE), Map.of(), "x.csv", csv)
                .statusCode())
        .isEqualTo(403);
    assertThat(Accounts.sendForm(path, null, Map.of(), "x.csv", csv).statusCode()).isEqualTo(401);

    JsonNode flow =
        JSON.readTree(
            Accounts.send(
                    LocalStack.WORKERS
                        + "/api/portal/office-documents/flow?from="
                        + from
                        + "&to="
                        + to,
                    Accounts.token(Accounts.FINANCE),
                    "GET",
                    null)
                .body());
    assertThat(flow.path("issued").asLong()).isEqualTo(13);
    assertThat(flow.path("received").asLong()).isEqualTo(5);
    JsonNode months =
        JSON.readTree(
            WorkersApi.answerAs(
                    Accounts.FINANCE,
                    "GET",
                    "/api/portal/office-documents/months?year=" + to.getYear(),
                    null)
                .body());
    assertThat(months.toString()).contains("\"month\":\"" + YearMonth.from(to) + "\"");
    return "Trong tháng, Văn phòng đã tiếp nhận và xử lý 5 văn bản đến; tham mưu UBND tỉnh, Chủ"
        + " tịch UBND tỉnh ban hành 13 văn bản đi, trong đó 1 văn bản quy phạm pháp luật, 6 quyết"
        + " định, 4 công văn và 2 văn bản khác.";
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

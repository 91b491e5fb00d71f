package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.it.support.Accounts;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.it.support.RealStackTest;

/**
 * The monthly report done through the staff portal's API by the realm's people, each as themselves:
 * the office's clerk starts it for a chosen month and writes the narrative, the office chief lets a
 * deputy sign; a department neither starts it nor sees its tasks, the clerk cannot sign it, an
 * empty required field is refused in Vietnamese.
 */
class MonthlyReportPortalIT extends RealStackTest {

  @BeforeAll
  static void formsImported() {
    camunda.awaitForms(
        List.of("monthly-report-start", "monthly-report-narrative", "monthly-report-sign-off"));
  }

  private record Answer(int status, JsonNode body) {}

  private static Answer call(String group, String method, String path, Object body)
      throws Exception {
    HttpResponse<String> response =
        Accounts.send(LocalStack.WORKERS + path, Accounts.token(group), method, body);
    return new Answer(
        response.statusCode(),
        response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body()));
  }

  private static boolean lists(String group, String key) throws Exception {
    for (JsonNode task : portalTasks(group)) {
      if (key.equals(task.path("processInstanceKey").asText())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theOfficeDraftsItTheChiefLetsADeputySignAndADepartmentSeesNothingOfIt() throws Exception {
    String process = "/api/portal/start/monthly-direction-report";
    assertThat(call(Accounts.OFFICE, "GET", "/api/portal/start", null).body().toString())
        .contains("monthly-direction-report");
    assertThat(call(Accounts.FINANCE, "GET", "/api/portal/start", null).body().toString())
        .doesNotContain("monthly-direction-report");
    assertThat(call(Accounts.FINANCE, "POST", process, Map.of("reportMonth", "11/2026")).status())
        .isEqualTo(403);

    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    YearMonth month =
        today.getDayOfMonth() > 14 ? YearMonth.from(today) : YearMonth.from(today).minusMonths(1);
    Answer started =
        call(
            Accounts.OFFICE,
            "POST",
            process,
            Map.of("reportMonth", month.getMonthValue() + "/" + month.getYear()));
    assertThat(started.status()).isEqualTo(200);
    String key = started.body().path("processInstanceKey").asText();

    JsonNode narrative = awaitPortalTask(Accounts.OFFICE, key, "Task_CompleteNarrative");
    assertThat(lists(Accounts.FINANCE, key)).isFalse();
    String task = "/api/portal/tasks/" + narrative.path("id").asText();
    assertThat(call(Accounts.FINANCE, "POST", task + "/open", null).status()).isEqualTo(403);
    Answer opened = call(Accounts.OFFICE, "POST", task + "/open", null);
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.body().toString()).contains("Kỳ số liệu: từ ngày");

    Answer incomplete =
        call(Accounts.OFFICE, "POST", task + "/complete", Map.of("directionText", "Chỉ đạo."));
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.body().toString()).contains("Kết quả trên các lĩnh vực");
    assertThat(
            call(
                    Accounts.OFFICE,
                    "POST",
                    task + "/complete",
                    Map.of(
                        "directionText",
                        "UBND tỉnh tập trung chỉ đạo giải ngân vốn đầu tư công.",
                        "fieldResultsText",
                        "Lĩnh vực kinh tế:\nThu ngân sách đạt kế hoạch."))
                .status())
        .isEqualTo(200);

    JsonNode signOff = awaitPortalTask(Accounts.OFFICE_CHIEF, key, "Task_SignMonthlyReport");
    String sign = "/api/portal/tasks/" + signOff.path("id").asText();
    assertThat(call(Accounts.OFFICE, "POST", sign + "/open", null).status()).isEqualTo(403);
    assertThat(call(Accounts.OFFICE_CHIEF, "POST", sign + "/open", null).status()).isEqualTo(200);
    assertThat(
            call(
                    Accounts.OFFICE_CHIEF,
                    "POST",
                    sign + "/complete",
                    Map.of(
                        "signOffDecision",
                        "APPROVED",
                        "signer",
                        "DEPUTY",
                        "deputyChief",
                        "Lê Quang Hải"))
                .status())
        .isEqualTo(200);

    long instance = Long.parseLong(key);
    camunda.awaitInstanceState(instance, "COMPLETED");
    camunda.awaitFlowNodes(instance, "Task_SendMonthlyReport", "EndEvent_ReportSent");
    Map<String, String> vars =
        awaitOperateVariables(instance, "documentNumber", "signerName", "finalDocumentUrl");
    assertThat(JSON.readTree(vars.get("documentNumber")).asText()).matches("\\d{2,}/BC-VP");
    assertThat(JSON.readTree(vars.get("signerName")).asText()).isEqualTo("Lê Quang Hải");
    assertThat(docx(JSON.readTree(vars.get("finalDocumentUrl")).asText()))
        .contains("KT. CHÁNH VĂN PHÒNG")
        .contains("Lê Quang Hải")
        .contains("giải ngân vốn đầu tư công");
  }
}

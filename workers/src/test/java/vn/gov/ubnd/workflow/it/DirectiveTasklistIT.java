package vn.gov.ubnd.workflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_CONFIRM_COMPLETION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_DIRECT_OVERDUE_DIRECTIVE;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_REPORT_ON_DIRECTIVE;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.it.support.BrowserTest;
import vn.gov.ubnd.workflow.it.support.OperateUi;
import vn.gov.ubnd.workflow.it.support.TasklistUi;
import vn.gov.ubnd.workflow.it.support.WorkingDays;

/**
 * Directives as the office, a vice-chair and a lead agency work them in Tasklist, and as a manager
 * sees them in Operate, in Chromium.
 */
class DirectiveTasklistIT extends BrowserTest {

  private static TasklistUi tasklist;

  @BeforeAll
  static void openBrowser() {
    camunda.awaitForms(
        List.of(
            "directive-registration",
            "directive-report",
            "directive-overdue-direction",
            "directive-completion-review"));
    tasklist = new TasklistUi(openBrowser("directive"), camunda).login();
  }

  @Test
  void anOverdueDirectiveClimbsToTheViceChairWhoExtendsItAndTheAgencyCompletesIt()
      throws Exception {
    String directiveId = newDirectiveId();
    // Seven working days late: past the vice-chair's step (5), short of the chair's (10).
    LocalDate deadline = WorkingDays.ago(7);
    LocalDate assignedOn = WorkingDays.ago(30);
    LocalDate extendedTo = WorkingDays.ahead(10);
    Page page = browser.page();

    tasklist.openStartForm("Theo dõi nhiệm vụ UBND tỉnh giao");
    tasklist
        .fill("Số hiệu nhiệm vụ", directiveId)
        .fill(
            "Trích yếu nhiệm vụ",
            "Rà soát, báo cáo tiến độ giải ngân vốn đầu tư công các dự án trọng điểm")
        .fill("Số, ký hiệu văn bản", "1234/UBND-KT")
        .date("Ngày ban hành", assignedOn)
        .fill("Cơ quan, người ban hành", "Chủ tịch UBND tỉnh")
        .select("Đơn vị chủ trì", "Sở Tài chính")
        .select("Lãnh đạo UBND tỉnh phụ trách", "Phó Chủ tịch UBND tỉnh Phạm Thị Hoa")
        .date("Ngày giao", assignedOn)
        .choose("Ngày cụ thể")
        .date("Thời hạn hoàn thành", deadline);
    browser.screenshot("registration-form-filled");
    tasklist.submitStartForm();
    long key = camunda.awaitInstanceWithVariable("directiveId", directiveId);

    // The ladder climbed at once to the vice-chair in charge, whose task waits in Tasklist.
    JsonNode direction = camunda.awaitTasks(key, TASK_DIRECT_OVERDUE_DIRECTIVE, 1).get(0);
    String reportBeforeExtension =
        camunda.awaitTasks(key, TASK_REPORT_ON_DIRECTIVE, 1).get(0).path("id").asText();
    assertThat(direction.path("candidateGroups").toString()).contains("lanh-dao-pct-kt");

    // Operate shows the instance and, in its variables, how far the ladder went.
    OperateUi operate = new OperateUi(browser).login();
    operate.openInstance(key);
    assertThat(page.getByTestId("variable-escalationLevel")).containsText("2");
    assertThat(page.getByTestId("variable-currentFollowUp"))
        .containsText("Báo cáo lãnh đạo phụ trách");
    browser.screenshot("operate-overdue-directive");

    tasklist.openTask(direction.path("id").asText());
    tasklist.awaitFormText(directiveId);
    assertThat(tasklist.form())
        .containsText("Thời hạn: " + deadline.format(TasklistUi.VIETNAMESE_DATE));
    assertThat(tasklist.form()).containsText("Phó Chủ tịch UBND tỉnh Phạm Thị Hoa");
    tasklist.assignToMe();
    tasklist
        .choose("Cho gia hạn")
        .date("Gia hạn đến ngày", extendedTo)
        .fill("Nội dung chỉ đạo", "Đồng ý gia hạn; Sở Tài chính báo cáo đúng hạn mới.");
    browser.screenshot("vice-chair-extends");
    tasklist.completeTask();

    // The extension re-arms the tracking: the lead agency gets its task anew, reports completion,
    // and the office confirms.
    camunda.finished(reportBeforeExtension);
    JsonNode report = camunda.awaitTasks(key, TASK_REPORT_ON_DIRECTIVE, 1).get(0);
    tasklist.openTask(report.path("id").asText());
    tasklist.awaitFormText("Thời hạn: " + extendedTo.format(TasklistUi.VIETNAMESE_DATE));
    tasklist.assignToMe();
    tasklist
        .choose("Đã hoàn thành nhiệm vụ")
        .fill("Kết quả thực hiện", "Đã rà soát 12 dự án trọng điểm; giải ngân đạt 92% kế hoạch.")
        .date("Ngày hoàn thành", LocalDate.now())
        .fill("Văn bản, hồ sơ kết quả (số, ký hiệu)", "456/STC-ĐT");
    browser.screenshot("agency-reports-completion");
    tasklist.completeTask();
    JsonNode confirm = camunda.awaitTasks(key, TASK_CONFIRM_COMPLETION, 1).get(0);
    tasklist.openTask(confirm.path("id").asText());
    tasklist.awaitFormText("giải ngân đạt 92% kế hoạch");
    tasklist.assignToMe();
    tasklist.choose("Xác nhận hoàn thành");
    browser.screenshot("office-confirms-completion");
    tasklist.completeTask();

    camunda.awaitInstanceState(key, "COMPLETED");
    operate.openInstance(key);
    assertThat(page.getByTestId("instance-history")).containsText("Ghi nhận hoàn thành");
    assertThat(page.getByTestId("incidents-banner")).hasCount(0);
    browser.screenshot("operate-directive-completed");
  }

  @Test
  void aRequiredFieldLeftEmptyIsNamedInVietnameseAndNothingIsCompleted() throws Exception {
    String directiveId = newDirectiveId();
    long key =
        startDirective(
            directiveId,
            "Xây dựng kế hoạch chuyển đổi số năm 2027",
            "SKHCN",
            "PCT-KT",
            WorkingDays.ahead(20));
    JsonNode report = camunda.awaitTasks(key, TASK_REPORT_ON_DIRECTIVE, 1).get(0);

    tasklist.openTask(report.path("id").asText());
    tasklist.awaitFormText(directiveId);
    tasklist.assignToMe();
    tasklist.choose("Đã hoàn thành nhiệm vụ").date("Ngày hoàn thành", LocalDate.now());
    tasklist.tryToCompleteTask();
    assertThat(tasklist.form()).containsText("Còn thiếu thông tin bắt buộc: Kết quả thực hiện.");
    browser.screenshot("required-field-missing");

    // Nothing was completed: the task is still open, the instance still waits at it.
    assertThat(camunda.awaitTasks(key, TASK_REPORT_ON_DIRECTIVE, 1)).hasSize(1);
    tasklist.fill("Kết quả thực hiện", "Đã ban hành kế hoạch.");
    assertThat(tasklist.form()).not().containsText("Còn thiếu thông tin bắt buộc");
  }
}

package vn.gov.ubnd.workflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_EDIT_DRAFT;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_REVIEW_DRAFT;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_REVIEW_SECTION;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_SIGN_OFF;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_SUBMIT_SECTION;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.it.support.Accounts;
import vn.gov.ubnd.workflow.it.support.BrowserSession;
import vn.gov.ubnd.workflow.it.support.BrowserTest;
import vn.gov.ubnd.workflow.it.support.Docx;
import vn.gov.ubnd.workflow.it.support.OperateUi;
import vn.gov.ubnd.workflow.it.support.TasklistUi;
import vn.gov.ubnd.workflow.it.support.WorkingDays;

/**
 * A report cycle as the office and two departments live it in Tasklist, in Chromium: opened from
 * the Processes tab, answered in the department form, one answer returned with a comment and sent
 * again, the compiled draft downloaded and edited, approved by the office chief and the chair, and
 * the instance seen completed in Operate.
 */
class ReportCycleTasklistIT extends BrowserTest {

  private static TasklistUi tasklist;

  @BeforeAll
  static void openBrowser() {
    camunda.awaitForms(
        List.of(
            "report-cycle-start",
            "report-section",
            "report-section-review",
            "report-draft-edit",
            "report-chief-review",
            "report-sign-off"));
    tasklist = new TasklistUi(openBrowser("report-cycle"), camunda).login();
  }

  @Test
  void theOfficeAndTwoDepartmentsTakeACycleToTheCouncilInTheBrowser() throws Exception {
    String session = "Kỳ họp thứ " + Long.toString(System.nanoTime(), 36) + ", HĐND tỉnh khóa X";
    LocalDate opening = WorkingDays.ahead(60);
    LocalDate deadline = WorkingDays.ahead(15);
    Page page = browser.page();

    // The office opens the cycle from the Processes tab.
    tasklist.openStartForm("Chu trình báo cáo trình HĐND tỉnh");
    browser.screenshot("start-form-empty");
    tasklist
        .choose("Báo cáo năm")
        .fill("Năm báo cáo", Integer.toString(LocalDate.now().getYear()))
        .fill("Kỳ họp HĐND tỉnh", session)
        .date("Ngày khai mạc kỳ họp", opening)
        .tag("Cơ quan được giao báo cáo", "Sở Tài chính")
        .tag("Cơ quan được giao báo cáo", "Sở Y tế")
        .date("Hạn gửi báo cáo", deadline);
    browser.screenshot("start-form-filled");
    tasklist.submitStartForm();
    long key = camunda.awaitInstanceWithVariable("sessionName", session);

    // Each department finds its task, sees what is asked and by when, and answers.
    List<JsonNode> sectionTasks = camunda.awaitTasks(key, TASK_SUBMIT_SECTION, 2);
    JsonNode finance = null;
    for (JsonNode task : sectionTasks) {
      boolean isFinance = task.path("candidateGroups").toString().contains("so-tai-chinh");
      if (isFinance) {
        finance = task;
      }
      tasklist.openTask(task.path("id").asText());
      Locator form = tasklist.form();
      tasklist.awaitFormText(session);
      assertThat(form).containsText(isFinance ? "Sở Tài chính" : "Sở Y tế");
      assertThat(form).containsText("Hạn gửi: " + deadline.format(TasklistUi.VIETNAMESE_DATE));
      tasklist.assignToMe();
      tasklist
          .fill("Kết quả thực hiện trong lĩnh vực", "Thu ngân sách vượt dự toán, chi đúng tiến độ.")
          .addRow("Chỉ tiêu chủ yếu")
          .fill("Tên chỉ tiêu", "Tổng thu ngân sách nhà nước trên địa bàn")
          .fill("Đơn vị tính", "tỷ đồng")
          .fill("Kế hoạch", "20000")
          .fill("Thực hiện", "21500")
          .select("Chiều đánh giá", "Càng cao càng tốt")
          .fill("Tồn tại, hạn chế và nguyên nhân", "Giải ngân vốn đầu tư công còn chậm.")
          .fill("Nhiệm vụ, giải pháp kỳ tới", "Đẩy nhanh giải ngân, tăng thu nội địa.")
          .fill("Người liên hệ (họ tên, điện thoại)", "Nguyễn Văn An, 0251 3822 111")
          .choose("Người đứng đầu cơ quan đã duyệt nội dung báo cáo");
      // The indicator row computes how far the plan was reached, Vietnamese decimal comma.
      assertThat(form).containsText("Bằng 107,5% kế hoạch");
      if (isFinance) {
        browser.screenshot("department-form-filled");
      }
      tasklist.completeTask();
    }
    assertThat(finance).isNotNull();

    // The office returns the finance answer with a comment and accepts the other.
    String comment = "Đề nghị bổ sung số liệu thu nội địa 11 tháng và ước cả năm.";
    for (JsonNode review : camunda.awaitTasks(key, TASK_REVIEW_SECTION, 2)) {
      tasklist.openTask(review.path("id").asText());
      tasklist.assignToMe();
      if (tasklist.form().textContent().contains("Sở Tài chính")) {
        tasklist.choose("Trả lại, yêu cầu bổ sung").fill("Nội dung yêu cầu bổ sung", comment);
        browser.screenshot("office-returns-answer");
      } else {
        tasklist.choose("Chấp nhận báo cáo");
      }
      tasklist.completeTask();
    }

    // The finance department sees the comment on its task and sends the answer again.
    JsonNode again = camunda.awaitTasks(key, TASK_SUBMIT_SECTION, 1).get(0);
    assertThat(again.path("candidateGroups").toString()).contains("so-tai-chinh");
    tasklist.openTask(again.path("id").asText());
    tasklist.awaitFormText("Văn phòng UBND tỉnh đề nghị bổ sung: " + comment);
    browser.screenshot("department-sees-comment");
    tasklist.assignToMe();
    tasklist
        .fill(
            "Kết quả thực hiện trong lĩnh vực",
            "Thu nội địa 11 tháng đạt 19.800 tỷ đồng, ước cả năm 21.500 tỷ đồng.")
        .fill("Tồn tại, hạn chế và nguyên nhân", "Giải ngân vốn đầu tư công còn chậm.")
        .fill("Nhiệm vụ, giải pháp kỳ tới", "Đẩy nhanh giải ngân, tăng thu nội địa.")
        .fill("Người liên hệ (họ tên, điện thoại)", "Nguyễn Văn An, 0251 3822 111");
    tasklist.choose("Người đứng đầu cơ quan đã duyệt nội dung báo cáo");
    tasklist.completeTask();
    JsonNode secondReview = camunda.awaitTasks(key, TASK_REVIEW_SECTION, 1).get(0);
    tasklist.openTask(secondReview.path("id").asText());
    tasklist.awaitFormText("ước cả năm 21.500 tỷ đồng");
    tasklist.assignToMe();
    tasklist.choose("Chấp nhận báo cáo");
    tasklist.completeTask();

    // The office downloads the compiled draft, edits a section and sends it on.
    JsonNode edit = camunda.awaitTasks(key, TASK_EDIT_DRAFT, 1).get(0);
    tasklist.openTask(edit.path("id").asText());
    // Tasklist may show the task a moment before its variables: until then the draft's link has
    // no address (and is no link) and the version is blank. Wait as a user would, reloading.
    tasklist.awaitFormText("(lần 1)");
    browser.screenshot("office-edits-draft");
    // The link opens Keycloak's sign-in page: the office's clerk signs in as themselves.
    String[] clerk = Accounts.person(Accounts.OFFICE);
    BrowserSession.Downloaded draft =
        browser.followSigningIn(
            tasklist
                .form()
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tải về")),
            clerk[0],
            clerk[1]);
    assertThat(draft.fileName()).endsWith(".docx");
    assertThat(Docx.text(draft.content())).contains("DỰ THẢO").contains(session);
    tasklist.assignToMe();
    Locator firstSection = tasklist.field("Nội dung").first();
    String edited = firstSection.inputValue() + " Văn phòng đã rà soát số liệu.";
    TasklistUi.type(firstSection, edited);
    tasklist.completeTask();

    // The office chief approves, the chair signs.
    JsonNode chief = camunda.awaitTasks(key, TASK_REVIEW_DRAFT, 1).get(0);
    tasklist.openTask(chief.path("id").asText());
    tasklist.assignToMe();
    tasklist.choose("Đồng ý, trình Chủ tịch UBND tỉnh ký");
    browser.screenshot("office-chief-approves");
    tasklist.completeTask();
    JsonNode signOff = camunda.awaitTasks(key, TASK_SIGN_OFF, 1).get(0);
    tasklist.openTask(signOff.path("id").asText());
    tasklist.assignToMe();
    tasklist
        .choose("Ký duyệt, phát hành")
        .choose("Chủ tịch UBND tỉnh ký (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH)");
    browser.screenshot("chair-signs");
    tasklist.completeTask();

    // Operate shows the instance completed, submitted, without incident.
    camunda.awaitInstanceState(key, "COMPLETED");
    OperateUi operate = new OperateUi(browser).login();
    operate.openInstance(key);
    assertThat(page.getByTestId("instance-history")).containsText("Báo cáo đã trình HĐND tỉnh");
    assertThat(page.getByTestId("instance-history")).containsText("Cấp số, phát hành báo cáo");
    assertThat(page.getByTestId("incidents-banner")).hasCount(0);
    browser.screenshot("operate-instance-completed");
  }
}

package vn.gov.ubnd.workflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_ANSWER_PETITION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_CONFIRM_COMPLETION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_DIRECT_OVERDUE_DIRECTIVE;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_REPORT_ON_DIRECTIVE;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_EDIT_DRAFT;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_REVIEW_DRAFT;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_REVIEW_SECTION;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_SIGN_OFF;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_SUBMIT_SECTION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.it.support.Accounts;
import vn.gov.ubnd.workflow.it.support.BrowserTest;
import vn.gov.ubnd.workflow.it.support.FormJsForm;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.it.support.PortalUi;
import vn.gov.ubnd.workflow.it.support.WorkersApi;
import vn.gov.ubnd.workflow.it.support.WorkingDays;

/**
 * The staff portal in Chromium with the realm's real people: each signs in through Keycloak as
 * themselves, sees only their own department's work, and does their part of a report cycle and of a
 * directive in Vietnamese; Operate records who did each step; the dashboard shows the numbers of
 * the statistics endpoint. The browser's language is English on purpose: the portal must not depend
 * on it.
 */
class PortalBrowserIT extends BrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static PortalUi portal;

  @BeforeAll
  static void openPortal() {
    camunda.awaitForms(
        List.of(
            "report-section",
            "report-section-review",
            "report-draft-edit",
            "report-chief-review",
            "report-sign-off",
            "directive-report",
            "directive-completion-review"));
    portal = new PortalUi(openBrowser("portal", "en-US"));
  }

  @Test
  void eachPersonDoesTheirPartOfAReportCycleInThePortalSeeingOnlyTheirOwnWork() throws Exception {
    String session = "Kỳ họp thứ " + Long.toString(System.nanoTime(), 36) + ", HĐND tỉnh khóa X";
    LocalDate deadline = WorkingDays.ahead(15);
    Page page = browser.page();

    // The office opens the cycle from its start form in the portal.
    portal.signIn(Accounts.OFFICE);
    screen("office-task-list");
    portal
        .openStartForm("report-cycle")
        .choose("Báo cáo năm")
        .fill("Năm báo cáo", Integer.toString(LocalDate.now().getYear()))
        .fill("Kỳ họp HĐND tỉnh", session)
        .date("Ngày khai mạc kỳ họp", WorkingDays.ahead(60))
        .tag("Cơ quan được giao báo cáo", "Sở Tài chính")
        .tag("Cơ quan được giao báo cáo", "Sở Nội vụ")
        .date("Hạn gửi báo cáo", deadline);
    screen("office-opens-cycle");
    long key = portal.start();

    List<JsonNode> sections = camunda.awaitTasks(key, TASK_SUBMIT_SECTION, 2);
    String finance = taskOf(sections, "so-tai-chinh");
    String homeAffairs = taskOf(sections, "so-noi-vu");

    // The finance clerk sees the finance section, titled with the department and the session, and
    // not home affairs'.
    portal.signIn(Accounts.FINANCE);
    portal.awaitRow(finance, "Sở Tài chính · " + session);
    assertThat(portal.row(finance)).containsText(deadline.format(FormJsForm.VIETNAMESE_DATE));
    assertThat(portal.row(homeAffairs)).hasCount(0);
    screen("finance-task-list");

    // Home affairs' task by its address, or completed through the portal's API: 403, nothing done.
    portal.openTask(homeAffairs);
    assertThat(portal.error()).containsText("Việc này không giao cho đơn vị của anh/chị");
    screen("other-department-task-refused");
    assertThat(portal.post("/api/portal/tasks/" + homeAffairs + "/complete", "{}").status())
        .isEqualTo(403);
    assertThat(portal.post("/api/portal/tasks/" + homeAffairs + "/open", "").status())
        .isEqualTo(403);
    assertThat(camunda.isCompleted(homeAffairs)).isFalse();

    // A required field left empty is named in Vietnamese, and nothing is completed.
    FormJsForm form = portal.openTaskShowing(finance, session);
    form.fill("Tồn tại, hạn chế và nguyên nhân", "Giải ngân vốn đầu tư công còn chậm.");
    Locator refusal = portal.tryToComplete();
    assertThat(refusal).containsText("«Kết quả thực hiện trong lĩnh vực»");
    assertThat(page.locator("#task-form")).containsText("Trường này là bắt buộc: hãy điền.");
    assertThat(page.locator("main")).not().containsText("Field is required");
    screen("required-field-named");
    assertThat(camunda.isCompleted(finance)).isFalse();
    answerSection(form, "Thu ngân sách vượt dự toán, chi đúng tiến độ.");
    // form-js's own computed text, in the Vietnamese number format.
    assertThat(page.locator("#task-form")).containsText("Bằng 107,5% kế hoạch");
    screen("finance-answers");
    portal.complete();
    camunda.finished(finance);

    portal.signIn(Accounts.HOME_AFFAIRS);
    portal.taskList();
    assertThat(portal.row(finance)).hasCount(0);
    // What one person types reaches another as text: a link, an image and markup typed into an
    // answer are shown to the office as typed, never drawn.
    String typedMarkup =
        "Tổ chức bộ máy theo đúng lộ trình. [Bấm vào đây](https://lua-dao.example)"
            + " ![ảnh](https://lua-dao.example/anh.png) <img src=x> **đậm**";
    answerSection(portal.openTaskShowing(homeAffairs, session), typedMarkup);
    portal.complete();
    camunda.finished(homeAffairs);

    // The office returns the finance answer with a comment and accepts the other.
    String comment = "Đề nghị bổ sung số liệu thu nội địa 11 tháng.";
    portal.signIn(Accounts.OFFICE);
    for (JsonNode review : camunda.awaitTasks(key, TASK_REVIEW_SECTION, 2)) {
      String id = review.path("id").asText();
      FormJsForm reviewForm = portal.openTaskShowing(id, "Giải ngân vốn đầu tư công còn chậm.");
      if (page.locator("#task-form").textContent().contains("Sở Tài chính")) {
        reviewForm.choose("Trả lại, yêu cầu bổ sung").fill("Nội dung yêu cầu bổ sung", comment);
        screen("office-returns-answer");
      } else {
        Locator shown = page.locator("#task-form");
        assertThat(shown).containsText(typedMarkup);
        assertThat(shown.locator("a[href*='lua-dao'], img, strong:text-is('đậm')")).hasCount(0);
        screen("typed-markup-shown-as-text");
        reviewForm.choose("Chấp nhận báo cáo");
      }
      portal.complete();
      camunda.finished(id);
    }

    // Finance answers again, seeing the comment; the office accepts it.
    String again = camunda.awaitTasks(key, TASK_SUBMIT_SECTION, 1).get(0).path("id").asText();
    portal.signIn(Accounts.FINANCE);
    FormJsForm second = portal.openTaskShowing(again, comment);
    // The earlier answer is there to correct; the head approves again.
    second
        .fill("Kết quả thực hiện trong lĩnh vực", "Thu nội địa 11 tháng đạt 19.800 tỷ đồng.")
        .choose("Người đứng đầu cơ quan đã duyệt nội dung báo cáo");
    screen("finance-answers-again");
    portal.complete();
    camunda.finished(again);
    portal.signIn(Accounts.OFFICE);
    String secondReview =
        camunda.awaitTasks(key, TASK_REVIEW_SECTION, 1).get(0).path("id").asText();
    portal.openTaskShowing(secondReview, "19.800 tỷ đồng").choose("Chấp nhận báo cáo");
    portal.complete();

    // The office completes the draft, the chief approves, the chair signs.
    String edit = camunda.awaitTasks(key, TASK_EDIT_DRAFT, 1).get(0).path("id").asText();
    portal.openTaskShowing(edit, "(lần 1)");
    screen("office-edits-draft");
    portal.complete();
    portal.signIn(Accounts.OFFICE_CHIEF);
    String chief = camunda.awaitTasks(key, TASK_REVIEW_DRAFT, 1).get(0).path("id").asText();
    portal.openTaskShowing(chief, session).choose("Đồng ý, trình Chủ tịch UBND tỉnh ký");
    screen("office-chief-approves");
    portal.complete();

    String signOff = camunda.awaitTasks(key, TASK_SIGN_OFF, 1).get(0).path("id").asText();
    portal.signIn(Accounts.FINANCE);
    portal.taskList();
    assertThat(portal.row(signOff)).hasCount(0);
    portal.openTask(signOff);
    assertThat(portal.error()).containsText("không giao cho đơn vị của anh/chị");

    portal.signIn(Accounts.CHAIR);
    portal.awaitRow(signOff, session);
    portal
        .openTaskShowing(signOff, session)
        .choose("Ký duyệt, phát hành")
        .choose("Chủ tịch UBND tỉnh ký (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH)");
    screen("chair-signs");
    portal.complete();

    // Operate records the real person on every step.
    camunda.awaitInstanceState(key, "COMPLETED");
    assertThat(completedBy(key, 9))
        .containsExactlyInAnyOrder(
            person(Accounts.FINANCE),
            person(Accounts.FINANCE),
            person(Accounts.HOME_AFFAIRS),
            person(Accounts.OFFICE),
            person(Accounts.OFFICE),
            person(Accounts.OFFICE),
            person(Accounts.OFFICE),
            person(Accounts.OFFICE_CHIEF),
            person(Accounts.CHAIR));
  }

  @Test
  void anOverdueDirectiveIsExtendedByTheViceChairAndCompletedByTheAgencyInThePortal()
      throws Exception {
    String directiveId = newDirectiveId();
    // Seven working days late: past the vice-chair's step (5), short of the chair's (10).
    LocalDate deadline = WorkingDays.ago(7);
    LocalDate extendedTo = WorkingDays.ahead(10);
    Page page = browser.page();
    portal.signIn(Accounts.OFFICE);
    portal
        .openStartForm("directive-tracking")
        .fill("Số hiệu nhiệm vụ", directiveId)
        .fill("Trích yếu nhiệm vụ", "Rà soát, báo cáo tiến độ giải ngân vốn đầu tư công")
        .select("Đơn vị chủ trì", "Sở Tài chính")
        .select("Lãnh đạo UBND tỉnh phụ trách", "Phó Chủ tịch UBND tỉnh Phạm Thị Hoa")
        .date("Ngày giao", WorkingDays.ago(30))
        .choose("Ngày cụ thể")
        .date("Thời hạn hoàn thành", deadline);
    screen("office-registers-directive");
    long key = portal.start();

    // The office uploads a list: one row good, one refused, and follows the import.
    String imported = newDirectiveId();
    Path list = Files.createTempFile("danh-sach-", ".csv");
    Files.writeString(
        list,
        "Số hiệu;Trích yếu;Đơn vị chủ trì;Lãnh đạo phụ trách;Ngày giao;Thời hạn\n"
            + imported
            + ";Kiểm tra công tác phòng cháy;STC;PCT-KT;"
            + LocalDate.now()
            + ";2099-12-31\n"
            + ";Thiếu số hiệu;STC;PCT-KT;"
            + LocalDate.now()
            + ";2099-12-31\n",
        StandardCharsets.UTF_8);
    page.navigate(PortalUi.PORTAL + "#/nhap");
    page.locator("#import-file").setInputFiles(list);
    page.locator("#upload").click();
    assertThat(page.locator("#import-counts")).containsText("Đã xong");
    assertThat(page.locator("#import-counts")).containsText("Đã khởi tạo1");
    assertThat(page.locator("#import-progress")).containsText("Dòng bị từ chối");
    screen("office-imports-list");

    // The office's register of received documents, a month's export without a direction column:
    // the book is chosen on the screen; the row with an impossible date is named, the other kept.
    // (Dates of 2020, so that the monthly report's counts of this run are not touched.)
    Path register = Files.createTempFile("so-van-ban-den-", ".csv");
    Files.writeString(
        register,
        "\uFEFFSố, ký hiệu;Ngày văn bản;Ngày đến;Loại văn bản;Trích yếu;Cơ quan ban hành\r\n"
            + "15/SYT-KHTC;14/01/2020;15/01/2020;Công văn;Báo cáo tình hình dịch bệnh;Sở Y tế\r\n"
            + "16/SYT-KHTC;14/01/2020;31/02/2020;Công văn;Đề nghị bổ sung kinh phí;Sở Y tế\r\n",
        StandardCharsets.UTF_8);
    page.locator("#register-file").setInputFiles(register);
    page.locator("#register-book").selectOption("INCOMING");
    page.locator("#register-upload").click();
    assertThat(page.locator("#register-counts")).containsText("Số dòng văn bản2");
    assertThat(page.locator("#register-counts")).containsText("Không nhập1");
    assertThat(page.locator("#register-refused"))
        .containsText("Dòng 3, cột \"Ngày đến\": \"31/02/2020\" không phải ngày có thật");
    screen("office-imports-register");

    // The ladder reached the vice-chair in charge, who extends the deadline in the portal.
    String direction =
        camunda.awaitTasks(key, TASK_DIRECT_OVERDUE_DIRECTIVE, 1).get(0).path("id").asText();
    String reportBefore =
        camunda.awaitTasks(key, TASK_REPORT_ON_DIRECTIVE, 1).get(0).path("id").asText();
    portal.signIn(Accounts.VICE_CHAIR);
    // The row's deadline is the vice-chair's, to decide (not the directive's, already passed).
    portal.awaitRow(direction, "Nhiệm vụ " + directiveId);
    assertThat(portal.row(reportBefore)).hasCount(0);
    screen("vice-chair-task-list");
    portal
        .openTaskShowing(direction, directiveId)
        .choose("Cho gia hạn")
        .date("Gia hạn đến ngày", extendedTo)
        .fill("Nội dung chỉ đạo", "Đồng ý gia hạn; Sở Tài chính báo cáo đúng hạn mới.");
    screen("vice-chair-extends");
    portal.complete();

    // The agency gets its task anew with the new deadline, reports; the office confirms.
    camunda.finished(reportBefore);
    String report = camunda.awaitTasks(key, TASK_REPORT_ON_DIRECTIVE, 1).get(0).path("id").asText();
    portal.signIn(Accounts.FINANCE);
    portal.awaitRow(report, "Nhiệm vụ " + directiveId);
    portal
        .openTaskShowing(report, "Thời hạn: " + extendedTo.format(FormJsForm.VIETNAMESE_DATE))
        .choose("Đã hoàn thành nhiệm vụ")
        .fill("Kết quả thực hiện", "Đã rà soát 12 dự án; giải ngân đạt 92% kế hoạch.")
        .date("Ngày hoàn thành", LocalDate.now());
    screen("agency-reports-completion");
    portal.complete();
    portal.signIn(Accounts.OFFICE);
    String confirm = camunda.awaitTasks(key, TASK_CONFIRM_COMPLETION, 1).get(0).path("id").asText();
    portal.openTaskShowing(confirm, "giải ngân đạt 92% kế hoạch").choose("Xác nhận hoàn thành");
    portal.complete();
    camunda.awaitInstanceState(key, "COMPLETED");
    assertThat(completedBy(key, 3))
        .containsExactlyInAnyOrder(
            person(Accounts.VICE_CHAIR), person(Accounts.FINANCE), person(Accounts.OFFICE));
    assertThat(camunda.awaitVariableValues(key, "registeredBy", 1).get(0))
        .contains(person(Accounts.OFFICE));
    findsItInTheRegisterAndReadsItsHistory(directiveId, WorkingDays.ago(30));
  }

  /**
   * The office finds the directive in the register by words typed without diacritics and reads its
   * history with the people who acted; the agency reads its own, never another agency's by address.
   */
  private static void findsItInTheRegisterAndReadsItsHistory(String directiveId, LocalDate assigned)
      throws Exception {
    Page page = browser.page();
    page.navigate(PortalUi.PORTAL + "#/so-theo-doi");
    page.locator("#register-words").fill("ra soat bao cao tien do giai ngan");
    page.locator("details.more-filters summary").click();
    page.locator("#register-agency").selectOption("STC");
    page.locator("#register-assignedFrom").fill(assigned.format(FormJsForm.VIETNAMESE_DATE));
    page.locator("#register-assignedTo").fill(assigned.format(FormJsForm.VIETNAMESE_DATE));
    page.locator("#register-search").click();
    Locator row = page.locator("#register-table tr[data-directive-id=\"" + directiveId + "\"]");
    assertThat(row).containsText("Rà soát, báo cáo tiến độ giải ngân vốn đầu tư công");
    // The index has the completion within a second: look again, as a user would.
    for (int attempt = 0; attempt < 20 && !row.innerText().contains("Hoàn thành"); attempt++) {
      page.waitForTimeout(500);
      page.locator("#register-search").click();
    }
    assertThat(row).containsText("Hoàn thành đúng hạn");
    screen("register-finds-directive");
    row.locator("a").first().click();
    assertThat(page.locator("#directive-state")).hasText("Hoàn thành đúng hạn");
    String viceChair = Accounts.fullName(Accounts.VICE_CHAIR);
    assertThat(page.locator("#directive-extensions")).containsText(viceChair);
    assertThat(page.locator("#directive-follow-ups")).containsText("Báo cáo lãnh đạo phụ trách");
    assertThat(page.locator("#directive-history")).containsText("Giao nhiệm vụ");
    assertThat(page.locator("#directive-history"))
        .containsText(Accounts.fullName(Accounts.FINANCE));
    assertThat(page.locator("#directive-history"))
        .containsText("Văn phòng xác nhận: " + Accounts.fullName(Accounts.OFFICE));
    screen("register-directive-history");

    // The office enters the meeting's conclusions in the register of source documents.
    String conclusions = "45-" + directiveId + "/TB-UBND";
    page.navigate(PortalUi.PORTAL + "#/van-ban");
    page.locator("#document-entry summary").click();
    page.locator("#document-number").fill(conclusions);
    page.locator("#document-date").fill(assigned.format(FormJsForm.VIETNAMESE_DATE));
    page.locator("#document-issuer").fill("Văn phòng UBND tỉnh");
    page.locator("#document-title")
        .fill("Kết luận của Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng 10");
    page.locator("#document-save").click();
    assertThat(page.locator("#document-message"))
        .containsText("Đã vào sổ văn bản số " + conclusions + " (Thông báo kết luận)");
    assertThat(page.locator("#documents-table tr[data-number=\"" + conclusions + "\"]"))
        .containsText("Kết luận của Chủ tịch UBND tỉnh");
    screen("register-source-documents");
    // Its page: the document, its directives' progress and its directives (none yet).
    page.locator("#documents-table tr[data-number=\"" + conclusions + "\"] a.document-link")
        .click();
    assertThat(page.locator("#document-title")).containsText("Văn bản số " + conclusions);
    assertThat(page.locator("#document-fields")).containsText("Thông báo kết luận");
    assertThat(page.locator("#document-progress")).isVisible();
    assertThat(page.locator("body")).containsText("Chưa có nhiệm vụ nào ghi số văn bản này.");

    // Sở Tài chính reads it as the lead agency; another agency's directive is refused by address.
    String foreign = newDirectiveId();
    startDirective(foreign, "Kiểm tra an toàn công trình", "SXD", "PCT-KT", WorkingDays.ahead(20));
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Accounts.send(
                            LocalStack.WORKERS
                                + "/api/portal/register/directive?id="
                                + URLEncoder.encode(foreign, StandardCharsets.UTF_8),
                            Accounts.token(Accounts.OFFICE),
                            "GET",
                            null)
                        .statusCode()
                    == 200);
    portal.signIn(Accounts.FINANCE);
    page.navigate(PortalUi.PORTAL + "#/nhiem-vu/" + directiveId);
    assertThat(page.locator("#directive-state")).hasText("Hoàn thành đúng hạn");
    assertThat(page.locator(".meta")).containsText("Vai trò của đơn vị: Chủ trì");
    page.navigate(PortalUi.PORTAL + "#/nhiem-vu/" + foreign);
    assertThat(portal.error()).containsText("không do Sở Tài chính chủ trì hay phối hợp");
    assertThat(page.locator("body")).not().containsText("Kiểm tra an toàn công trình");
    screen("register-other-agency-refused");
  }

  @Test
  void theDashboardShowsTheNumbersOfTheStatisticsEndpoint() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    String from = today.withDayOfYear(1).toString();
    portal.signIn(Accounts.OFFICE);
    Page page = browser.page();
    page.navigate(PortalUi.PORTAL + "#/thong-ke");
    assertThat(page.locator("#categories")).isVisible();
    assertThat(page.locator("#chart-agency, #dashboard-body p.muted").first()).isVisible();
    screen("dashboard");
    JsonNode statistics =
        JSON.readTree(
            WorkersApi.workers(
                "GET",
                "/api/directives/statistics?from=" + from + "&to=" + today + "&asOf=" + today,
                null,
                null));
    for (String category :
        List.of(
            "assigned",
            "completedOnTime",
            "completedLate",
            "inProgressWithinDeadline",
            "inProgressWithoutDeadline",
            "overdue",
            "withdrawn")) {
      String shown = page.locator("#categories td[data-count=\"" + category + "\"]").textContent();
      assertThat(Integer.parseInt(shown.replace(".", "")))
          .as(category)
          .isEqualTo(statistics.path(category).asInt());
    }
    assertThat(page.locator("#sentence"))
        .hasText(statistics.path("summary").path("sentence").asText());
    Download download = page.waitForDownload(() -> page.locator("#export").click());
    assertThat(download.suggestedFilename()).startsWith("thong-ke-nhiem-vu-").endsWith(".xlsx");

    // The documents issued and received by month of this year, as the register counts them.
    JsonNode months =
        JSON.readTree(WorkersApi.workers("GET", "/api/portal/office-documents/months", null, null));
    Locator monthRows = page.locator("#documents-months tbody tr");
    assertThat(monthRows).hasCount(today.getMonthValue());
    JsonNode thisMonth = months.get(months.size() - 1);
    assertThat(monthRows.last())
        .hasText(
            Pattern.compile(
                thisMonth.path("label").asText()
                    + "\\s*"
                    + OfficeInput.thousands(thisMonth.path("issued").asLong())
                    + "\\s*"
                    + OfficeInput.thousands(thisMonth.path("received").asLong())));

    // A vice-chair sees the province, the fields in their charge first.
    startDirective(
        newDirectiveId(), "Kiểm tra an toàn thực phẩm", "SYT", "PCT-KT", WorkingDays.ahead(20));
    portal.signIn(Accounts.VICE_CHAIR);
    page.navigate(PortalUi.PORTAL + "#/thong-ke");
    assertThat(page.locator("#dashboard-body")).containsText("các lĩnh vực do Phó Chủ tịch");
    // The directive just started is counted once the index has it: look again, as a user would.
    for (int attempt = 0;
        attempt < 30 && page.locator("#by-leader tr[data-code=\"PCT-KT\"]").count() == 0;
        attempt++) {
      page.waitForResponse(
          response -> response.url().contains("/api/portal/dashboard?"),
          () -> page.locator("#apply").click());
      page.waitForLoadState(LoadState.NETWORKIDLE);
    }
    assertThat(page.locator("#by-leader tbody tr").first()).hasAttribute("data-code", "PCT-KT");

    // A department sees its own directives only.
    portal.signIn(Accounts.FINANCE);
    page.navigate(PortalUi.PORTAL + "#/thong-ke");
    assertThat(page.locator("#dashboard-body")).containsText("Phạm vi: Nhiệm vụ giao Sở Tài chính");
    assertThat(page.locator("#by-agency tbody tr").first()).hasAttribute("data-code", "STC");
    assertThat(page.locator("#by-agency tbody tr")).hasCount(1);
    // Its own line of the ranking, with its rank among all agencies.
    assertThat(page.locator("#ranking tbody tr")).hasCount(1);
    assertThat(page.locator("#ranking tbody tr").first()).hasAttribute("data-code", "STC");
    screen("agency-dashboard-ranking");
  }

  /** Checks the screen speaks Vietnamese only, and keeps it as a screenshot. */
  @Test
  void aRoundOfVotersPetitionsGoesFromTheStandingCommitteesListToTheSignedAnswerReport()
      throws Exception {
    String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    String session = "Kỳ họp thứ " + run + ", HĐND tỉnh khóa X";
    String forwarding = run + "/TTHĐND-VP";
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    Page page = browser.page();

    // The Standing Committee's list: the construction department leads one petition with finance
    // coordinating, home affairs leads the other.
    String csv =
        "\uFEFFSTT,Nội dung kiến nghị,Cử tri,Lĩnh vực,Kỳ họp,Thời điểm tiếp xúc cử tri,Số văn bản,"
            + "Ngày văn bản,Đơn vị chủ trì,Đơn vị phối hợp,Lãnh đạo phụ trách\n"
            + "1,Cử tri đề nghị sửa chữa cầu Suối Đá trên tuyến ĐT 767,Xã Tân An,Kinh tế - Ngân sách,\""
            + session
            + "\",Sau kỳ họp,"
            + forwarding
            + ","
            + today
            + ",Sở Xây dựng,Sở Tài chính,PCT-KT\n"
            + "2,Cử tri đề nghị bổ sung biên chế công chức cấp xã,Xã Phú Lý,Pháp chế,\""
            + session
            + "\",Sau kỳ họp,"
            + forwarding
            + ","
            + today
            + ",Sở Nội vụ,,PCT-TT\n";
    JsonNode accepted =
        JSON.readTree(
            WorkersApi.uploadAs(
                Accounts.OFFICE, "/api/portal/directives/imports", "kien-nghi.csv", csv));
    assertThat(WorkersApi.awaitImported(accepted.path("importId").asText()).path("started").asInt())
        .isEqualTo(2);
    JsonNode rows = WorkersApi.verdicts(accepted.path("importId").asText());
    long bridge = rows.get(0).path("processInstanceKey").asLong();
    long staff = rows.get(1).path("processInstanceKey").asLong();
    String bridgeId = "KN-" + forwarding + "-001";

    // Finance, coordinating, gives its view on the petition's page.
    portal.signIn(Accounts.FINANCE);
    page.navigate(
        PortalUi.PORTAL + "#/nhiem-vu/" + URLEncoder.encode(bridgeId, StandardCharsets.UTF_8));
    page.locator("#contribution-text")
        .fill("Sở Tài chính bố trí 12 tỷ đồng từ nguồn dự phòng năm 2027.");
    byte[] table = "%PDF-1.4\n% Phương án bố trí vốn\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    page.locator("#contribution-file")
        .setInputFiles(new FilePayload("Phương án bố trí vốn.pdf", "application/pdf", table));
    page.locator("#contribution-send").click();
    assertThat(page.locator("#contribution-message")).containsText("Đã gửi");
    screen("petition-coordinating-agency-contributes");

    // Construction answers in its task, the coordinating view beside it.
    String answer = camunda.awaitTasks(bridge, TASK_ANSWER_PETITION, 1).get(0).path("id").asText();
    portal.signIn(Accounts.CONSTRUCTION);
    FormJsForm answerForm = portal.openTaskShowing(answer, "Phương án bố trí vốn.pdf");
    // The coordinating agency's file, linked in the lead agency's form, downloads in its session.
    Locator fileLink =
        page.locator(
            "#task-form a", new Page.LocatorOptions().setHasText("Phương án bố trí vốn.pdf"));
    assertThat(fileLink).hasAttribute("href", Pattern.compile("^/api/portal/attachments/"));
    var downloaded = page.request().get(LocalStack.WORKERS + fileLink.getAttribute("href"));
    assertThat(downloaded.status()).isEqualTo(200);
    assertThat(downloaded.body()).isEqualTo(table);
    answerForm
        .choose("Câu trả lời kiến nghị")
        .choose("Đã giải quyết xong")
        .fill("Nội dung trả lời cử tri", "Đã sửa chữa xong cầu Suối Đá, thông xe ngày 20/11/2026.")
        .date("Ngày trả lời", today);
    screen("petition-lead-agency-answers");
    portal.complete();
    camunda.finished(answer);

    // Home affairs answers through the same API, still being resolved on a roadmap.
    String other = camunda.awaitTasks(staff, TASK_ANSWER_PETITION, 1).get(0).path("id").asText();
    var answered =
        WorkersApi.answerAs(
            Accounts.HOME_AFFAIRS,
            "POST",
            "/api/portal/tasks/" + other + "/complete",
            Map.of(
                "reportKind", "COMPLETED",
                "answerCategory", "IN_PROGRESS",
                "result", "Đang trình Bộ Nội vụ giao bổ sung biên chế.",
                "roadmap", "Giao biên chế năm 2027.",
                "roadmapDate", WorkingDays.ahead(120).toString(),
                "completionDate", today.toString()));
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);

    // The office accepts both answers.
    portal.signIn(Accounts.OFFICE);
    for (long key : List.of(bridge, staff)) {
      String review =
          camunda.awaitTasks(key, TASK_CONFIRM_COMPLETION, 1).get(0).path("id").asText();
      portal.openTask(review).choose("Xác nhận hoàn thành");
      portal.complete();
      camunda.finished(review);
    }

    // The office asks for the answer report of the session and reviews its draft.
    portal
        .openStartForm("council-answer-report")
        .choose("Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri")
        .fill("Kỳ họp", session)
        .date("Ngày khai mạc kỳ họp tiếp theo", today.plusDays(40));
    screen("office-asks-for-answer-report");
    long report = portal.start();
    String reviewTask =
        camunda.awaitTasks(report, "Task_ReviewAnswerReport", 1).get(0).path("id").asText();
    portal
        .openTaskShowing(reviewTask, "Trong 2 kiến nghị phải giải quyết")
        .fill("Đánh giá chung của UBND tỉnh", "Các cơ quan đã trả lời đầy đủ, đúng hạn.")
        .select("Lãnh đạo ký báo cáo", "Phó Chủ tịch UBND tỉnh Phạm Thị Hoa")
        .choose("Trình lãnh đạo ký");
    screen("office-reviews-answer-report");
    portal.complete();
    camunda.finished(reviewTask);

    // Only the chosen vice-chair signs it.
    String signTask =
        camunda.awaitTasks(report, "Task_SignAnswerReport", 1).get(0).path("id").asText();
    portal.signIn(Accounts.VICE_CHAIR);
    portal.openTaskShowing(signTask, "Phạm Thị Hoa").choose("Ký ban hành");
    screen("vice-chair-signs-answer-report");
    portal.complete();

    camunda.awaitInstanceState(report, "COMPLETED");
    Map<String, String> vars = awaitOperateVariables(report, "documentNumber", "finalDocumentUrl");
    assertThat(docx(JSON.readTree(vars.get("finalDocumentUrl")).asText()))
        .contains("Số: " + JSON.readTree(vars.get("documentNumber")).asText())
        .contains("đã giải quyết xong 1 kiến nghị (50,0%); đang giải quyết 1 kiến nghị (50,0%)")
        .contains("Giao biên chế năm 2027.")
        .contains("Đã sửa chữa xong cầu Suối Đá")
        .contains("KT. CHỦ TỊCH");
  }

  private static void screen(String name) {
    portal.assertVietnameseOnly();
    browser.screenshot(name);
  }

  private static void answerSection(FormJsForm form, String results) {
    form.fill("Kết quả thực hiện trong lĩnh vực", results)
        .addRow("Chỉ tiêu chủ yếu")
        .fill("Tên chỉ tiêu", "Tổng thu ngân sách nhà nước trên địa bàn")
        .fill("Đơn vị tính", "tỷ đồng")
        .fill("Kế hoạch", "20000")
        .fill("Thực hiện", "21500")
        .select("Chiều đánh giá", "Càng cao càng tốt")
        .fill("Tồn tại, hạn chế và nguyên nhân", "Giải ngân vốn đầu tư công còn chậm.")
        .fill("Nhiệm vụ, giải pháp kỳ tới", "Đẩy nhanh giải ngân.")
        .fill("Người liên hệ (họ tên, điện thoại)", "Nguyễn Văn An, 0251 3822 111")
        .choose("Người đứng đầu cơ quan đã duyệt nội dung báo cáo");
  }

  private static String taskOf(List<JsonNode> tasks, String group) {
    return tasks.stream()
        .filter(t -> t.path("candidateGroups").toString().contains(group))
        .findFirst()
        .orElseThrow()
        .path("id")
        .asText();
  }

  private static String person(String group) throws IOException {
    return Accounts.person(group)[0];
  }

  /** Who completed each step of the instance, as Operate holds it. */
  private static List<String> completedBy(long key, int steps) {
    return camunda.awaitVariableValues(key, "completedBy", steps);
  }
}

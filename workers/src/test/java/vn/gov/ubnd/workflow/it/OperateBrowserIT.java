package vn.gov.ubnd.workflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_PLAN_FOLLOW_UPS;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.it.support.BrowserTest;
import vn.gov.ubnd.workflow.it.support.OperateUi;
import vn.gov.ubnd.workflow.it.support.WorkingDays;

/**
 * Operate as a manager uses it: finding an instance by the variables a manager knows (directive
 * number, council session, lead agency) and reading an incident that says what to fix.
 */
class OperateBrowserIT extends BrowserTest {

  private static OperateUi operate;

  private static String directiveId;
  private static long directive;
  private static String session;
  private static long cycle;
  private static long incident;

  /**
   * Every instance the tests look for is started first, so that Operate imports them while the
   * browser signs in and the first test runs: one import lag in the class, not one per test.
   */
  @BeforeAll
  static void startInstancesThenOpenBrowser() {
    directiveId = newDirectiveId();
    directive =
        startDirective(
            directiveId,
            "Kiểm tra công tác phòng cháy, chữa cháy cơ sở y tế",
            "SYT",
            "PCT-VX",
            WorkingDays.ahead(20));
    session = "Kỳ họp chuyên đề " + Long.toString(System.nanoTime(), 36);
    cycle =
        zeebe
            .newCreateInstanceCommand()
            .bpmnProcessId("report-cycle")
            .latestVersion()
            .variables(
                Map.of(
                    "reportKind", "ANNUAL",
                    "year", LocalDate.now().getYear(),
                    "sessionName", session,
                    "sessionOpeningDate", WorkingDays.ahead(60).toString(),
                    "departments", List.of("SYT")))
            .send()
            .join()
            .getProcessInstanceKey();
    // An instance moved past the step that sets the escalation ladder, as an operator might.
    incident =
        zeebe
            .newCreateInstanceCommand()
            .bpmnProcessId("directive-tracking")
            .latestVersion()
            .variables(Map.of("directiveId", "NV-SU-CO-" + System.nanoTime()))
            .startBeforeElement(TASK_PLAN_FOLLOW_UPS)
            .send()
            .join()
            .getProcessInstanceKey();
    operate = new OperateUi(openBrowser("operate")).login();
  }

  @Test
  void aManagerFindsADirectiveByItsNumberAndAgencyAndACycleByItsSession() throws Exception {
    camunda.awaitInstanceState(directive, "ACTIVE");
    camunda.awaitInstanceState(cycle, "ACTIVE");

    Locator rows = operate.filterByVariable("directiveId", "\"" + directiveId + "\"");
    assertThat(rows).hasCount(1);
    assertThat(rows.first()).containsText(Long.toString(directive));
    browser.screenshot("filter-by-directive-number");

    rows = operate.filterByVariable("sessionName", "\"" + session + "\"");
    assertThat(rows).hasCount(1);
    assertThat(rows.first()).containsText(Long.toString(cycle));
    assertThat(rows.first()).containsText("Chu trình báo cáo trình HĐND tỉnh");
    browser.screenshot("filter-by-session");

    // All directives an agency leads: this one among them, no report cycle.
    rows = operate.filterByVariable("leadAgency", "\"SYT\"");
    assertThat(rows.filter(new Locator.FilterOptions().setHasText(Long.toString(directive))))
        .hasCount(1);
    assertThat(rows.filter(new Locator.FilterOptions().setHasText("Chu trình báo cáo")))
        .hasCount(0);
    browser.screenshot("filter-by-lead-agency");
  }

  @Test
  void anIncidentSaysInVietnameseWhatToFixAndAManagerFindsItByItsMessage() throws Exception {
    long key = incident;
    camunda.awaitIncident(key);
    Page page = browser.page();

    Locator rows = operate.filterByErrorMessage("Dữ liệu không hợp lệ: biến ladder không có");
    assertThat(rows.filter(new Locator.FilterOptions().setHasText(Long.toString(key)))).hasCount(1);
    browser.screenshot("filter-by-error-message");

    operate.openInstance(key);
    Locator incidents = operate.openIncidents();
    assertThat(incidents).containsText("Lập lịch nhắc việc, đôn đốc");
    assertThat(incidents).containsText("Dữ liệu không hợp lệ: biến ladder không có");
    assertThat(incidents).not().containsText("Exception");
    assertThat(page.getByTestId("incidents-banner")).containsText("1 Incident");
    browser.screenshot("incident-list");
    // The list cuts the message; "More" shows all of it, with what to do.
    incidents
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("More"))
        .first()
        .click();
    Locator detail = page.getByRole(AriaRole.DIALOG);
    assertThat(detail).containsText("Cách xử lý: sửa biến nêu trên trong Operate");
    assertThat(detail).containsText("rồi bấm Retry trên sự cố này");
    assertThat(detail).not().containsText("at vn.gov");
    browser.screenshot("incident-message");
  }
}

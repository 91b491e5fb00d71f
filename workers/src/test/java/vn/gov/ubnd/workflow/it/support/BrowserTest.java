package vn.gov.ubnd.workflow.it.support;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** Base of the browser tests: one Chromium per test class, closed after it. */
public abstract class BrowserTest extends RealStackTest {

  protected static BrowserSession browser;

  /** Opens the browser; its screenshots go to target/screenshots/{name}/. */
  protected static BrowserSession openBrowser(String name) {
    return openBrowser(name, "vi-VN");
  }

  /** As above, with the browser set to another language. */
  protected static BrowserSession openBrowser(String name, String locale) {
    browser = new BrowserSession(name, locale);
    return browser;
  }

  @AfterAll
  public static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** A unique directive number, as the office would write one. */
  protected static String newDirectiveId() {
    return "NV-" + Long.toString(System.nanoTime(), 36).toUpperCase();
  }

  /** Starts a directive through the API, as the import does; returns the instance key. */
  protected static long startDirective(
      String directiveId, String title, String leadAgency, String leader, LocalDate deadline) {
    return zeebe
        .newCreateInstanceCommand()
        .bpmnProcessId("directive-tracking")
        .latestVersion()
        .variables(
            Map.of(
                "directiveId", directiveId,
                "title", title,
                "leadAgency", leadAgency,
                "leaderInCharge", leader,
                "assignedOn", LocalDate.now().toString(),
                "deadline", deadline.toString()))
        .send()
        .join()
        .getProcessInstanceKey();
  }
}

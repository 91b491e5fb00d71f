package vn.gov.ubnd.workflow.it.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;

/** Operate as a manager uses it: the instance list and its filters, one instance's page. */
public final class OperateUi {

  private final BrowserSession browser;
  private final Page page;

  public OperateUi(BrowserSession browser) {
    this.browser = browser;
    this.page = browser.page();
  }

  public OperateUi login() {
    browser.login("operate", "demo", "demo");
    return this;
  }

  /** Opens an instance's page and waits for its history. */
  public void openInstance(long key) {
    page.navigate(LocalStack.CAMUNDA + "/operate/processes/" + key);
    assertThat(page.getByTestId("instance-history")).isVisible();
  }

  /**
   * The Processes list, running and finished instances, filtered by a variable the way a manager
   * does it: "More Filters", "Variable", name and value (a text value is typed in double quotes,
   * Operate reads the value as JSON). Returns the rows shown.
   */
  public Locator filterByVariable(String name, String jsonValue) {
    openProcessList(
        LocalStack.CAMUNDA
            + "/operate/processes?active=true&incidents=true&completed=true&canceled=true");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("More Filters")).click();
    page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Variable")).click();
    page.getByTestId("optional-filter-variable-name").fill(name);
    page.getByTestId("optional-filter-variable-value").fill(jsonValue);
    return instanceRows();
  }

  /** Filters the list by the text of an incident's error message. */
  public Locator filterByErrorMessage(String message) {
    openProcessList(LocalStack.CAMUNDA + "/operate/processes?active=true&incidents=true");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("More Filters")).click();
    page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Error Message")).click();
    page.locator("#errorMessage").fill(message);
    return instanceRows();
  }

  /**
   * Opens the Processes list and waits for its filters, reloading as a user would: on a stack that
   * has just started (and its importer is busy) Operate may draw the page late, or send a session
   * that expired back to its login page.
   */
  private void openProcessList(String url) {
    Locator moreFilters =
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("More Filters"));
    page.navigate(url);
    long deadline = System.currentTimeMillis() + 90_000;
    while (true) {
      try {
        moreFilters.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        return;
      } catch (TimeoutError e) {
        if (System.currentTimeMillis() > deadline) {
          browser.screenshot("operate-process-list-not-shown");
          throw new AssertionError("Operate's Processes list did not show its filters", e);
        }
        if (page.locator("input[name=username]").isVisible()) {
          login();
        }
        page.navigate(url);
      }
    }
  }

  /**
   * The rows of the instance list (Operate applies a filter a moment after the typing stops, so
   * callers assert on them with Playwright's retrying assertions).
   */
  private Locator instanceRows() {
    return page.getByRole(AriaRole.ROW)
        .filter(
            new Locator.FilterOptions()
                .setHas(page.locator("[data-testid=\"cell-processInstanceKey\"]")));
  }

  /** Opens the incidents table of the instance page shown; returns it. */
  public Locator openIncidents() {
    Locator banner = page.getByTestId("incidents-banner");
    banner.click();
    // With the banner open, the instance page's one list is its incidents.
    Locator table = page.getByTestId("data-list");
    assertThat(table).isVisible();
    return table;
  }
}

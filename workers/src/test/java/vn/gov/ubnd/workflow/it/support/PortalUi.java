package vn.gov.ubnd.workflow.it.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The staff portal as its users work with it: signed in through Keycloak as themselves, the task
 * list, a task opened from its address, its form filled by the labels and completed.
 */
public final class PortalUi {

  public static final String PORTAL = LocalStack.WORKERS + "/portal/";

  private final BrowserSession browser;
  private final Page page;

  public PortalUi(BrowserSession browser) {
    this.browser = browser;
    this.page = browser.page();
  }

  /** Signs out whoever was signed in and signs in as the group's sample person. */
  public PortalUi signIn(String group) throws IOException {
    String[] person = Accounts.person(group);
    page.context().clearCookies();
    page.navigate(PORTAL);
    page.locator("#username").fill(person[0]);
    page.locator("#password").fill(person[1]);
    page.locator("#kc-login").click();
    assertThat(page.locator("#menu")).isVisible();
    return this;
  }

  /** Shows the person's task list and waits until it is drawn. */
  public Locator taskList() {
    page.navigate(PORTAL + "#/viec");
    Locator table = page.locator("#task-table");
    assertThat(table.locator("table.tasks, p.muted").first()).isVisible();
    return table;
  }

  /**
   * The task's row once it shows the text, listing again as a user would: the line under a task's
   * name comes from its variables, which Tasklist imports a moment after the task.
   */
  public Locator awaitRow(String taskId, String text) {
    for (int attempt = 0; ; attempt++) {
      taskList();
      pageTo(taskId);
      try {
        assertThat(row(taskId)).containsText(text);
        return row(taskId);
      } catch (AssertionError notYet) {
        if (attempt == 5) {
          throw notYet;
        }
      }
    }
  }

  /**
   * Turns the list's pages, from the first, to the one showing the task (a department may have
   * thousands of open tasks; a new one with a distant deadline is on a later page).
   */
  public void pageTo(String taskId) {
    while (page.locator("#tasks-previous").isEnabled()) {
      turn("#tasks-previous");
    }
    while (row(taskId).count() == 0 && page.locator("#tasks-next").isEnabled()) {
      turn("#tasks-next");
    }
  }

  private void turn(String button) {
    String shown = page.locator("#task-pager span").textContent();
    page.locator(button).click();
    assertThat(
            page.locator("#task-pager span")
                .filter(new Locator.FilterOptions().setHasNotText(shown)))
        .hasCount(1);
  }

  /** The row of the task in the list (none when the person does not see it). */
  public Locator row(String taskId) {
    return page.locator("tr[data-task-id=\"" + taskId + "\"]");
  }

  /** Opens a task by its address, as a link in a notice does; its form once drawn. */
  public FormJsForm openTask(String taskId) {
    page.navigate(PORTAL + "#/viec/" + taskId);
    page.locator("#task-form form.fjs-form").or(page.locator(".notice.error")).first().waitFor();
    return form("#task-form");
  }

  /**
   * Opens a task and waits until its form shows the text, opening it again as a user would: the
   * form shows the task's variables once Tasklist has imported them.
   */
  public FormJsForm openTaskShowing(String taskId, String text) {
    for (int attempt = 0; ; attempt++) {
      FormJsForm form = openTask(taskId);
      try {
        assertThat(page.locator("#task-form")).containsText(text);
        return form;
      } catch (AssertionError notYet) {
        if (attempt == 5) {
          throw notYet;
        }
        // Back to the list, drawn before the task is asked again: a list still loading would
        // otherwise replace the task's page it answered after.
        taskList();
      }
    }
  }

  /** Opens the start form of the process; its form once drawn. */
  public FormJsForm openStartForm(String processId) {
    page.navigate(PORTAL + "#/khoi-tao/" + processId);
    page.locator("#start-form form.fjs-form").waitFor();
    return form("#start-form");
  }

  private FormJsForm form(String container) {
    return new FormJsForm(page, page.locator(container + " form.fjs-form"));
  }

  /** Completes the open task; waits for the portal's confirmation. */
  public void complete() {
    page.locator("#complete").click();
    assertThat(page.locator(".notice.success")).containsText("Đã hoàn thành");
  }

  /** Clicks "Hoàn thành" expecting a refusal; returns the message shown. */
  public Locator tryToComplete() {
    page.locator("#complete").click();
    Locator refusal = page.locator("#messages .notice.error");
    assertThat(refusal).isVisible();
    return refusal;
  }

  /** Submits the start form; returns the new instance's key the portal reports. */
  public long start() {
    page.locator("#start").click();
    Locator done = page.locator(".notice.success");
    assertThat(done).containsText("Đã khởi tạo");
    Matcher key = Pattern.compile("mã quy trình (\\d+)").matcher(done.textContent());
    if (!key.find()) {
      throw new AssertionError("no instance key in: " + done.textContent());
    }
    return Long.parseLong(key.group(1));
  }

  /** English a user could meet on the portal's screens (form-js's, the browser's own controls). */
  public static final List<String> ENGLISH =
      List.of(
          "Field is required",
          "Field must",
          "Value is",
          "Add new",
          "Search",
          "Select",
          "Choose File",
          "No file chosen",
          "Nothing to show",
          "January",
          "Remove",
          "Increment",
          "Error");

  /** The screen shows no English: checked on every screen a test passes. */
  public void assertVietnameseOnly() {
    // What is read aloud counts too: the labels of buttons drawn as icons.
    String text =
        page.locator("body").innerText()
            + "\n"
            + page.evaluate(
                "() => [...document.querySelectorAll('[aria-label],[placeholder],[title]')]"
                    + ".map(e => [e.getAttribute('aria-label'), e.getAttribute('placeholder'),"
                    + " e.getAttribute('title')].filter(Boolean).join(' ')).join('\\n')");
    for (String english : ENGLISH) {
      if (text.contains(english)) {
        throw new AssertionError("English on the portal's screen: \"" + english + "\" in\n" + text);
      }
    }
  }

  /** The text of the error the screen shows. */
  public Locator error() {
    return page.locator(".notice.error");
  }

  /** Calls the portal's own API with the browser's session and CSRF token, as its page does. */
  public APIResponse post(String path, String json) {
    String csrf =
        page.evaluate(
                "() => fetch('/api/portal/me', {headers: {Accept: 'application/json'}})"
                    + ".then(r => r.json()).then(me => me.csrfToken)")
            .toString();
    return page.context()
        .request()
        .post(
            LocalStack.WORKERS + path,
            RequestOptions.create()
                .setHeader("Content-Type", "application/json")
                .setHeader("Accept", "application/json")
                .setHeader("X-CSRF-TOKEN", csrf)
                .setData(json));
  }

  public BrowserSession browser() {
    return browser;
  }
}

package vn.gov.ubnd.workflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Tasklist as its users work with it: the Processes tab with start forms, a task opened from its
 * link, assigned, its Camunda Form filled by the labels the user reads, and completed.
 */
public final class TasklistUi {

  /** How form-js shows and parses dates for a browser set to vi-VN. */
  static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final BrowserSession browser;
  private final Page page;
  private final TaskRecords tasks;
  private Locator form;
  private String taskId;

  /** What Tasklist's API knows about tasks, and is told of tasks completed here. */
  public interface TaskRecords {
    boolean isCompleted(String taskId);

    void finished(String taskId);
  }

  public TasklistUi(BrowserSession browser, TaskRecords tasks) {
    this.browser = browser;
    this.tasks = tasks;
    this.page = browser.page();
    this.form = page.locator("form.fjs-form");
    // The first visit to the Processes tab shows a one-time explanation dialog, at a moment of
    // Tasklist's choosing: whenever it is in the way, it is dismissed as a user would.
    page.addLocatorHandler(
        page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Continue").setExact(true)),
        dialogButton -> dialogButton.click());
  }

  public TasklistUi login() {
    browser.login("tasklist", "demo", "demo");
    return this;
  }

  /** Opens the start form of the process whose tile shows the name; returns its dialog. */
  public Locator openStartForm(String processName) {
    page.navigate(LocalStack.CAMUNDA + "/tasklist/processes");
    Locator start =
        page.locator("[data-testid=\"process-tile\"]")
            .filter(new Locator.FilterOptions().setHasText(processName))
            .getByRole(
                com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Start process"));
    // On a fresh stack Tasklist lists a process a while after its deployment: reload, as a user
    // would, until it is there.
    for (int attempt = 1; !start.isVisible(); attempt++) {
      try {
        start.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
      } catch (com.microsoft.playwright.TimeoutError notListedYet) {
        if (attempt == 9) {
          browser.screenshot("process-not-listed");
          throw new AssertionError(
              processName + " is not on Tasklist's Processes tab", notListedYet);
        }
        if (browser.atLogin()) {
          // Signed out meanwhile: sign in again, as a user would, and come back.
          login();
          page.navigate(LocalStack.CAMUNDA + "/tasklist/processes");
        } else {
          page.reload();
        }
      }
    }
    start.click();
    Locator dialog = startFormDialog();
    form = dialog.locator("form.fjs-form");
    form.waitFor();
    return dialog;
  }

  /** Submits the start form; waits for Tasklist's confirmation. */
  public void submitStartForm() {
    startFormDialog()
        .getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Locator.GetByRoleOptions().setName("Start process"))
        .click();
  }

  private Locator startFormDialog() {
    return page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG)
        .filter(new Locator.FilterOptions().setHas(page.locator("form.fjs-form")));
  }

  /** Opens a task by its id, as the link in a notification mail does. */
  public void openTask(String taskId) {
    this.taskId = taskId;
    page.navigate(LocalStack.CAMUNDA + "/tasklist/" + taskId);
    page.locator("form.fjs-form").or(page.locator("input[name=\"username\"]")).first().waitFor();
    if (browser.atLogin()) {
      // Signed out meanwhile: sign in again and follow the link once more, as a user would.
      login();
      page.navigate(LocalStack.CAMUNDA + "/tasklist/" + taskId);
    }
    form = page.locator("form.fjs-form");
    form.waitFor();
  }

  /**
   * Waits until the open task's form shows the text, reloading as a user would: Tasklist imports a
   * new task's variables a moment after the task itself.
   */
  public void awaitFormText(String text) {
    for (int attempt = 0; ; attempt++) {
      try {
        assertThat(form).containsText(text);
        return;
      } catch (AssertionError notYet) {
        if (attempt == 10) {
          throw notYet;
        }
        page.reload();
        form.waitFor();
      }
    }
  }

  public void assignToMe() {
    Locator assign = button("Assign to me");
    if (assign.isVisible()) {
      assign.click();
      assertThat(button("Unassign")).isVisible();
    }
    // Tasklist draws the form again, editable, once it has reloaded the assigned task: what is
    // typed before that is lost. Wait for editable fields and a quiet network.
    assertThat(form.locator("input.fjs-input:not([readonly]), textarea:not([readonly])").first())
        .isEditable();
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
  }

  /** Completes the open task and waits until Tasklist confirms it. */
  public void completeTask() {
    button("Complete Task").click();
    // Tasklist confirms with a short-lived notice, which a slow refresh can miss: Tasklist's own
    // record of the task settles it.
    Locator notice = page.getByText("Task completed").first();
    try {
      page.waitForCondition(
          () -> notice.isVisible() || tasks.isCompleted(taskId),
          new Page.WaitForConditionOptions().setTimeout(30_000));
    } catch (com.microsoft.playwright.TimeoutError notCompleted) {
      browser.screenshot("not-completed");
      throw new AssertionError("task " + taskId + " was not completed", notCompleted);
    }
    tasks.finished(taskId);
  }

  /** Clicks "Complete Task" expecting the form to refuse (validation errors). */
  public void tryToCompleteTask() {
    button("Complete Task").click();
  }

  public Locator form() {
    return form;
  }

  /** The input of the field whose label reads so (required fields carry a trailing '*'). */
  public Locator field(String label) {
    return form.getByLabel(labelPattern(label));
  }

  public TasklistUi fill(String label, String value) {
    type(field(label), value);
    return this;
  }

  /**
   * Types into an input as a user does, pausing after it: form-js takes typed text into its data
   * only after a pause of 300 ms, and a click elsewhere inside that pause (a checkbox, a button)
   * redraws the form from data that lacks the text.
   */
  public static void type(Locator input, String value) {
    input.fill(value);
    input.blur();
    input.page().waitForTimeout(FORM_JS_INPUT_PAUSE_MS);
  }

  private static final int FORM_JS_INPUT_PAUSE_MS = 500;

  /** Picks the radio option or ticks the checkbox with this label. */
  public TasklistUi choose(String optionLabel) {
    // form-js draws its own radio and check marks over hidden inputs: the user clicks the label.
    // Clicking again only when not yet checked: a click lost to a redraw of the form is repeated,
    // a box already ticked (a task sent back) stays ticked.
    Locator input = form.getByLabel(labelPattern(optionLabel));
    Locator label = form.locator("label[for=\"" + input.getAttribute("id") + "\"]");
    for (int attempt = 0; attempt < 3 && !input.isChecked(); attempt++) {
      label.click();
      try {
        page.waitForCondition(
            input::isChecked, new Page.WaitForConditionOptions().setTimeout(3_000));
      } catch (com.microsoft.playwright.TimeoutError lost) {
        // Tasklist redrew the form under the click; try again.
      }
    }
    assertThat(input).isChecked();
    return this;
  }

  /** Types a date as a Vietnamese user does (dd/mm/yyyy) and leaves the field. */
  public TasklistUi date(String label, LocalDate date) {
    Locator input = field(label);
    input.fill(date.format(VIETNAMESE_DATE));
    input.press("Enter");
    page.keyboard().press("Escape");
    return this;
  }

  /** Adds a value to a tag list by typing part of its label and picking it. */
  public TasklistUi tag(String label, String optionText) {
    Locator input = field(label);
    input.fill(optionText);
    form.locator(".fjs-dropdownlist-item")
        .filter(new Locator.FilterOptions().setHasText(optionText))
        .first()
        .click();
    return this;
  }

  /** Picks an option of a select field. */
  public TasklistUi select(String label, String optionText) {
    field(label).click();
    form.locator(".fjs-dropdownlist-item")
        .filter(new Locator.FilterOptions().setHasText(optionText))
        .first()
        .click();
    return this;
  }

  /** Adds a row to the dynamic list with this label. */
  public TasklistUi addRow(String listLabel) {
    form.locator(".fjs-form-field-dynamiclist")
        .filter(new Locator.FilterOptions().setHasText(listLabel))
        .locator(".fjs-repeat-render-add")
        .click();
    return this;
  }

  private Locator button(String name) {
    return page.getByRole(
        com.microsoft.playwright.options.AriaRole.BUTTON,
        new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Pattern labelPattern(String label) {
    // Playwright hands the pattern to JavaScript, which knows no \Q...\E quoting.
    String escaped = label.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
    return Pattern.compile("^\\s*" + escaped + "\\s*\\*?\\s*$");
  }
}

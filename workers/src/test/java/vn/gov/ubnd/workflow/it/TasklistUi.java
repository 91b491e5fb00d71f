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
  private static final DateTimeFormatter VIETNAMESE_DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
  }

  public TasklistUi login() {
    browser.login("tasklist", "demo", "demo");
    return this;
  }

  /** Opens the start form of the process whose tile shows the name; returns its dialog. */
  public Locator openStartForm(String processName) {
    page.navigate(LocalStack.CAMUNDA + "/tasklist/processes");
    Locator firstVisit =
        page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Continue"));
    Locator tile =
        page.locator("[data-testid=\"process-tile\"]")
            .filter(new Locator.FilterOptions().setHasText(processName));
    // The first visit to the Processes tab shows a one-time explanation dialog.
    tile.or(firstVisit).first().waitFor();
    if (firstVisit.isVisible()) {
      firstVisit.click();
    }
    tile.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Locator.GetByRoleOptions().setName("Start process"))
        .click();
    Locator dialog = page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG);
    form = dialog.locator("form.fjs-form");
    form.waitFor();
    return dialog;
  }

  /** Submits the start form; waits for Tasklist's confirmation. */
  public void submitStartForm() {
    page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG)
        .getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Locator.GetByRoleOptions().setName("Start process"))
        .click();
  }

  /** Opens a task by its id, as the link in a notification mail does. */
  public void openTask(String taskId) {
    this.taskId = taskId;
    page.navigate(LocalStack.CAMUNDA + "/tasklist/" + taskId);
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
    field(label).fill(value);
    return this;
  }

  public TasklistUi fill(String label, int nth, String value) {
    field(label).nth(nth).fill(value);
    return this;
  }

  /** Picks the radio option or ticks the checkbox with this label. */
  public TasklistUi choose(String optionLabel) {
    // form-js draws its own radio and check marks over hidden inputs: the user clicks the label.
    Locator input = form.getByLabel(labelPattern(optionLabel));
    form.locator("label[for=\"" + input.getAttribute("id") + "\"]").click();
    com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(input).isChecked();
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

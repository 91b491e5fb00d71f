package vn.gov.ubnd.workflow.it.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Tasklist as its users work with it: the Processes tab with start forms, a task opened from its
 * link, assigned, its Camunda Form filled by the labels the user reads, and completed.
 */
public final class TasklistUi {

  /** How form-js shows and parses dates for a browser set to vi-VN. */
  public static final DateTimeFormatter VIETNAMESE_DATE = FormJsForm.VIETNAMESE_DATE;

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
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue").setExact(true)),
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
            .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start process"));
    // On a fresh stack Tasklist lists a process a while after its deployment: reload, as a user
    // would, until it is there.
    for (int attempt = 1; !start.isVisible(); attempt++) {
      try {
        start.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
      } catch (TimeoutError notListedYet) {
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
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start process"))
        .click();
  }

  private Locator startFormDialog() {
    return page.getByRole(AriaRole.DIALOG)
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
    page.waitForLoadState(LoadState.NETWORKIDLE);
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
    } catch (TimeoutError notCompleted) {
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

  /** The open form, filled by the labels its user reads. */
  public FormJsForm fields() {
    return new FormJsForm(page, form);
  }

  public Locator field(String label) {
    return fields().field(label);
  }

  public FormJsForm fill(String label, String value) {
    return fields().fill(label, value);
  }

  public static void type(Locator input, String value) {
    FormJsForm.type(input, value);
  }

  public FormJsForm choose(String optionLabel) {
    return fields().choose(optionLabel);
  }

  public FormJsForm date(String label, LocalDate date) {
    return fields().date(label, date);
  }

  public FormJsForm tag(String label, String optionText) {
    return fields().tag(label, optionText);
  }

  public FormJsForm select(String label, String optionText) {
    return fields().select(label, optionText);
  }

  public FormJsForm addRow(String listLabel) {
    return fields().addRow(listLabel);
  }

  private Locator button(String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }
}

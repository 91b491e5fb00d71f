package vn.gov.ubnd.workflow.it.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * A Camunda Form drawn by form-js, filled by the labels its user reads: the same in Tasklist and in
 * the staff portal, which render the same forms.
 */
public final class FormJsForm {

  /** How form-js shows and parses dates in Vietnamese (dd/MM/yyyy). */
  public static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Page page;
  private final Locator form;

  public FormJsForm(Page page, Locator form) {
    this.page = page;
    this.form = form;
  }

  /** The input of the field whose label reads so (required fields carry a trailing '*'). */
  public Locator field(String label) {
    return form.getByLabel(labelPattern(label));
  }

  public FormJsForm fill(String label, String value) {
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
  public FormJsForm choose(String optionLabel) {
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
      } catch (TimeoutError lost) {
        // Tasklist redrew the form under the click; try again.
      }
    }
    assertThat(input).isChecked();
    return this;
  }

  /** Types a date as a Vietnamese user does (dd/mm/yyyy) and leaves the field. */
  public FormJsForm date(String label, LocalDate date) {
    Locator input = field(label);
    String typed = date.format(VIETNAMESE_DATE);
    // The date picker may take the keys before it has opened and drop them: type again, as a
    // person would who sees the field still empty (it shows the date as d/M/yyyy once taken).
    String shown = date.format(DateTimeFormatter.ofPattern("d/M/yyyy"));
    for (int attempt = 1; ; attempt++) {
      input.fill(typed);
      input.press("Enter");
      page.keyboard().press("Escape");
      String value = input.inputValue();
      if (value.equals(typed) || value.equals(shown) || attempt == 3) {
        break;
      }
    }
    // Digits and slashes only: no escaping (Playwright runs the pattern as a JavaScript one).
    PlaywrightAssertions.assertThat(input)
        .hasValue(Pattern.compile("^(" + typed + "|" + shown + ")$"));
    return this;
  }

  /** Adds a value to a tag list by typing part of its label and picking it. */
  public FormJsForm tag(String label, String optionText) {
    Locator input = field(label);
    input.fill(optionText);
    form.locator(".fjs-dropdownlist-item")
        .filter(new Locator.FilterOptions().setHasText(optionText))
        .first()
        .click();
    return this;
  }

  /**
   * Picks an option of a select field. A searchable select's input takes the click; a plain one
   * hides its input and shows the chosen value in the group around it.
   */
  public FormJsForm select(String label, String optionText) {
    Locator input = field(label);
    if (input.getAttribute("class") != null
        && input.getAttribute("class").contains("fjs-select-hidden-input")) {
      input.locator("xpath=ancestor::div[contains(@class,'fjs-input-group')][1]").click();
    } else {
      input.click();
    }
    form.locator(".fjs-dropdownlist-item")
        .filter(new Locator.FilterOptions().setHasText(optionText))
        .first()
        .click();
    return this;
  }

  /** Adds a row to the dynamic list with this label. */
  public FormJsForm addRow(String listLabel) {
    form.locator(".fjs-form-field-dynamiclist")
        .filter(new Locator.FilterOptions().setHasText(listLabel))
        .locator(".fjs-repeat-render-add")
        .click();
    return this;
  }

  private static Pattern labelPattern(String label) {
    // Playwright hands the pattern to JavaScript, which knows no \Q...\E quoting.
    String escaped = label.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
    return Pattern.compile("^\\s*" + escaped + "\\s*\\*?\\s*$");
  }
}

package vn.gov.ubnd.workflow.reportcycle;

import java.util.Optional;
import vn.gov.ubnd.workflow.input.OfficeInput;

/** Which way an indicator improves: revenue the higher the better, road deaths the lower. */
enum IndicatorDirection {
  HIGHER_IS_BETTER("Càng cao càng tốt"),
  LOWER_IS_BETTER("Càng thấp càng tốt");

  private final String label;

  IndicatorDirection(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The direction a form or a file gives: its code or its label, with or without diacritics. */
  public static Optional<IndicatorDirection> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    for (IndicatorDirection d : values()) {
      if (d.name().equalsIgnoreCase(text.trim())
          || OfficeInput.folded(d.label).equals(OfficeInput.folded(text))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}

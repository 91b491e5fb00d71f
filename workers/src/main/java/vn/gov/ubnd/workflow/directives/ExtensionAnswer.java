package vn.gov.ubnd.workflow.directives;

import java.util.Arrays;
import java.util.Optional;

/** A leader's answer to an extension request: the form's choices, with the words it shows. */
enum ExtensionAnswer {
  APPROVED("Đồng ý gia hạn"),
  REFUSED("Không đồng ý gia hạn");

  private final String label;

  ExtensionAnswer(String label) {
    this.label = label;
  }

  /** As the form shows it (directive-extension-review). */
  public String label() {
    return label;
  }

  /** The answer a form sent, or empty for anything else. */
  public static Optional<ExtensionAnswer> of(String value) {
    return Arrays.stream(values()).filter(a -> a.name().equals(value)).findFirst();
  }
}

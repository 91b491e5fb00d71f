package vn.gov.ubnd.workflow.council;

import java.util.Optional;

/**
 * How a petition was answered, in the categories the answer report counts. Only {@link
 * #IN_PROGRESS} keeps the petition open: it is carried over and followed to its roadmap's date.
 */
public enum AnswerCategory {
  RESOLVED("Đã giải quyết xong"),
  IN_PROGRESS("Đang giải quyết"),
  EXPLAINED("Đã giải trình, cung cấp thông tin"),
  NOT_RESOLVABLE("Chưa giải quyết được");

  private final String label;

  AnswerCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<AnswerCategory> parse(String text) {
    return Labels.parse(values(), text, AnswerCategory::label);
  }
}

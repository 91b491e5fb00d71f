package vn.gov.ubnd.workflow.council;

import java.util.Optional;

/** When voters were met: the round of meetings before or after a Council session. */
public enum RoundTiming {
  BEFORE_SESSION("Trước kỳ họp"),
  AFTER_SESSION("Sau kỳ họp");

  private final String label;

  RoundTiming(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<RoundTiming> parse(String text) {
    return Labels.parse(values(), text, RoundTiming::label);
  }
}

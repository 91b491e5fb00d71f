package vn.gov.ubnd.workflow.directives;

import java.util.Arrays;
import java.util.Optional;

/** What a leader directs for an overdue directive: the form's choices, with their words. */
enum LeaderDirectionChoice {
  URGE("Tiếp tục đôn đốc đơn vị thực hiện"),
  EXTEND("Cho gia hạn"),
  WITHDRAW("Cho thôi thực hiện nhiệm vụ");

  private final String label;

  LeaderDirectionChoice(String label) {
    this.label = label;
  }

  /** As the form shows it (directive-overdue-direction). */
  public String label() {
    return label;
  }

  /** The choice a form sent, or empty for anything else. */
  public static Optional<LeaderDirectionChoice> of(String value) {
    return Arrays.stream(values()).filter(c -> c.name().equals(value)).findFirst();
  }
}

package vn.gov.ubnd.workflow.councilreport;

import java.time.LocalDate;
import vn.gov.ubnd.workflow.directives.Directive;

/**
 * Where a commitment made in answering a question stands, as the report on the questioning
 * resolution counts it.
 */
enum CommitmentOutcome {
  DONE_ON_TIME("Đã hoàn thành đúng hạn"),
  DONE_LATE("Đã hoàn thành nhưng quá hạn"),
  IN_PROGRESS("Đang thực hiện, còn hạn"),
  OVERDUE("Chưa hoàn thành, quá hạn"),
  WITHDRAWN("Không phải thực hiện");

  private final String label;

  CommitmentOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The commitment's outcome on the day. */
  public static CommitmentOutcome of(Directive commitment, LocalDate today) {
    LocalDate deadline = commitment.deadline();
    return switch (commitment.status()) {
      case WITHDRAWN -> WITHDRAWN;
      case COMPLETED ->
          deadline != null
                  && commitment.completedOn() != null
                  && commitment.completedOn().isAfter(deadline)
              ? DONE_LATE
              : DONE_ON_TIME;
      case IN_PROGRESS -> deadline != null && deadline.isBefore(today) ? OVERDUE : IN_PROGRESS;
    };
  }

  public boolean done() {
    return this == DONE_ON_TIME || this == DONE_LATE;
  }
}

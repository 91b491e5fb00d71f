package vn.gov.ubnd.workflow.councilreport;

import java.time.LocalDate;
import vn.gov.ubnd.workflow.council.AnswerCategory;
import vn.gov.ubnd.workflow.directives.Directive;

/**
 * Where a voters' petition stands, as the answer report counts it: answered in one of the
 * categories the office accepted, still being resolved on a roadmap (carried over), not answered
 * yet (within its deadline or past it), or withdrawn.
 */
public enum PetitionOutcome {
  RESOLVED("Đã giải quyết xong"),
  IN_PROGRESS("Đang giải quyết"),
  EXPLAINED("Đã giải trình, cung cấp thông tin"),
  NOT_RESOLVABLE("Chưa giải quyết được"),
  UNANSWERED("Chưa trả lời, còn hạn"),
  UNANSWERED_OVERDUE("Chưa trả lời, quá hạn"),
  WITHDRAWN("Không phải giải quyết");

  private final String label;

  PetitionOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The petition's outcome on the day. */
  public static PetitionOutcome of(Directive petition, LocalDate today) {
    if (petition.status() == Directive.Status.WITHDRAWN) {
      return WITHDRAWN;
    }
    AnswerCategory answer =
        petition.councilItem() == null ? null : petition.councilItem().answerCategory();
    if (answer != null) {
      return switch (answer) {
        case RESOLVED -> RESOLVED;
        case IN_PROGRESS -> IN_PROGRESS;
        case EXPLAINED -> EXPLAINED;
        case NOT_RESOLVABLE -> NOT_RESOLVABLE;
      };
    }
    return petition.deadline() != null && petition.deadline().isBefore(today)
        ? UNANSWERED_OVERDUE
        : UNANSWERED;
  }
}

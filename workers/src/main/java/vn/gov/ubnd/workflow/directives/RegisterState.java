package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.util.List;
import vn.gov.ubnd.workflow.search.Query;

/**
 * Where a directive stood at the end of a day, as the register filters it: the statistics' states
 * ({@link DirectiveState}) and the two groups the office asks for most.
 */
public enum RegisterState {
  OPEN("Chưa hoàn thành"),
  OVERDUE("Quá hạn chưa hoàn thành"),
  IN_PROGRESS("Đang thực hiện trong hạn"),
  IN_PROGRESS_NO_DEADLINE("Đang thực hiện không có thời hạn"),
  COMPLETED("Đã hoàn thành"),
  COMPLETED_ON_TIME("Hoàn thành đúng hạn"),
  COMPLETED_LATE("Hoàn thành quá hạn"),
  WITHDRAWN("Thôi thực hiện");

  private final String label;

  RegisterState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The state of one directive at the end of the day (one of the six the statistics count). */
  public static RegisterState of(Directive d, LocalDate asOf) {
    return switch (DirectiveState.of(d, asOf)) {
      case COMPLETED_ON_TIME -> COMPLETED_ON_TIME;
      case COMPLETED_LATE -> COMPLETED_LATE;
      case IN_PROGRESS -> IN_PROGRESS;
      case IN_PROGRESS_NO_DEADLINE -> IN_PROGRESS_NO_DEADLINE;
      case OVERDUE -> OVERDUE;
      case WITHDRAWN -> WITHDRAWN;
    };
  }

  /** The same rule as a query of the index: the directives in this state at the end of the day. */
  Query query(LocalDate asOf) {
    Query withdrawn = Query.dateBetween("withdrawnOn", null, asOf);
    Query completed = Query.dateBetween("completedOn", null, asOf);
    Query open = Query.allOf(List.of(Query.not(withdrawn), Query.not(completed)));
    return switch (this) {
      case OPEN -> open;
      case OVERDUE -> Query.allOf(List.of(open, Query.dateBefore("deadline", asOf)));
      case IN_PROGRESS -> Query.allOf(List.of(open, Query.dateBetween("deadline", asOf, null)));
      case IN_PROGRESS_NO_DEADLINE ->
          Query.allOf(List.of(open, Query.not(Query.exists("deadline"))));
      case COMPLETED -> completed;
      case COMPLETED_ON_TIME ->
          Query.allOf(List.of(completed, Query.term("completedOnTime", true)));
      case COMPLETED_LATE -> Query.allOf(List.of(completed, Query.term("completedOnTime", false)));
      case WITHDRAWN -> withdrawn;
    };
  }
}

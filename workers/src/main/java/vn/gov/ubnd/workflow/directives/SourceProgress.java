package vn.gov.ubnd.workflow.directives;

import java.util.Map;

/**
 * How far the directives of one source document have come at the end of a day, counted as the
 * statistics count (withdrawn ones outside the base).
 */
public record SourceProgress(
    String number,
    int assigned,
    int completedOnTime,
    int completedLate,
    int inProgress,
    int overdue,
    int withdrawn) {

  static SourceProgress of(String number, Map<DirectiveState, Integer> c) {
    return new SourceProgress(
        number,
        c.values().stream().mapToInt(Integer::intValue).sum(),
        c.get(DirectiveState.COMPLETED_ON_TIME),
        c.get(DirectiveState.COMPLETED_LATE),
        c.get(DirectiveState.IN_PROGRESS) + c.get(DirectiveState.IN_PROGRESS_NO_DEADLINE),
        c.get(DirectiveState.OVERDUE),
        c.get(DirectiveState.WITHDRAWN));
  }
}

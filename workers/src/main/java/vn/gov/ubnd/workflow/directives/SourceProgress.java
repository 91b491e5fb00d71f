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

  static SourceProgress of(String number, Map<DirectiveStatisticsCalculator.State, Integer> c) {
    return new SourceProgress(
        number,
        c.values().stream().mapToInt(Integer::intValue).sum(),
        c.get(DirectiveStatisticsCalculator.State.COMPLETED_ON_TIME),
        c.get(DirectiveStatisticsCalculator.State.COMPLETED_LATE),
        c.get(DirectiveStatisticsCalculator.State.IN_PROGRESS)
            + c.get(DirectiveStatisticsCalculator.State.IN_PROGRESS_NO_DEADLINE),
        c.get(DirectiveStatisticsCalculator.State.OVERDUE),
        c.get(DirectiveStatisticsCalculator.State.WITHDRAWN));
  }

  /** The same counts of directives in Java (the index's figures are tested against these). */
  public static SourceProgress counted(
      String number, java.util.List<Directive> directives, java.time.LocalDate asOf) {
    return of(
        number,
        DirectiveStatisticsCalculator.count(
            directives.stream().filter(d -> !d.assignedOn().isAfter(asOf)).toList(), asOf));
  }
}

package vn.gov.ubnd.workflow.directives;

/**
 * One lead agency's results over a period, as of a day: what the ranking compares.
 *
 * @param assigned directives assigned in the period (withdrawn ones included)
 * @param withdrawn withdrawn by the day: outside the base
 * @param overdue open and past the deadline at the end of the day
 * @param workingDaysOverdue the overdue ones' working days past their deadlines, summed
 */
public record AgencyFigures(
    String code,
    String name,
    int assigned,
    int completedOnTime,
    int completedLate,
    int inProgress,
    int overdue,
    int withdrawn,
    long workingDaysOverdue) {

  /** The directives a rate is taken of: all but the withdrawn ones. */
  public int base() {
    return assigned - withdrawn;
  }
}

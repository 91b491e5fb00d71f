package vn.gov.ubnd.workflow.directives;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the directives of a period stand on a given day, as the office reports it.
 *
 * @param from first day of the period (assignment date)
 * @param to last day of the period
 * @param asOf the day the status is taken on
 * @param assigned directives assigned in the period (up to asOf)
 * @param completedOnTime completed by the deadline in force
 * @param completedLate completed after it
 * @param inProgressWithinDeadline open, deadline not passed
 * @param inProgressWithoutDeadline open, no deadline
 * @param overdue open, deadline passed
 * @param withdrawn withdrawn (thôi thực hiện); outside the base of the summary
 * @param summary the office's three-way summary with percentages and its sentence
 * @param byAgency the same counts by lead agency
 * @param byLeader the same counts by leader in charge
 * @param oldestOverdue open overdue directives, the longest overdue first
 */
public record DirectiveStatistics(
    String from,
    String to,
    String asOf,
    int assigned,
    int completedOnTime,
    int completedLate,
    int inProgressWithinDeadline,
    int inProgressWithoutDeadline,
    int overdue,
    int withdrawn,
    Summary summary,
    List<GroupCounts> byAgency,
    List<GroupCounts> byLeader,
    List<OverdueDirective> oldestOverdue) {

  /**
   * Done / in progress / overdue over the directives not withdrawn.
   *
   * @param base the number every percentage is of
   * @param baseDescription what the base is, in words
   * @param done completed, on time or late
   * @param inProgress open and not overdue, with or without deadline
   * @param overdue open and past the deadline
   * @param sentence the ready sentence for a report
   */
  public record Summary(
      int base,
      String baseDescription,
      Share done,
      Share inProgress,
      Share overdue,
      String sentence) {}

  /**
   * A count with its share of the base.
   *
   * @param count how many
   * @param percent percentage of the base, one decimal, half up; null when the base is 0
   * @param percentText the same written the Vietnamese way ("58,6%")
   */
  public record Share(int count, BigDecimal percent, String percentText) {}

  /**
   * Counts for one agency or leader.
   *
   * @param code catalog code
   * @param name printed name
   */
  public record GroupCounts(
      String code,
      String name,
      int assigned,
      int completed,
      int inProgress,
      int overdue,
      int withdrawn) {}

  /**
   * An open directive past its deadline.
   *
   * @param workingDaysOverdue working days since the deadline
   */
  public record OverdueDirective(
      String directiveId,
      String title,
      String leadAgency,
      String leadAgencyName,
      String deadline,
      int workingDaysOverdue,
      int escalationLevel) {}
}

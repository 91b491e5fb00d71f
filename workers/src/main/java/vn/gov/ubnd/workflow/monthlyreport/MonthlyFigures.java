package vn.gov.ubnd.workflow.monthlyreport;

import java.util.List;
import vn.gov.ubnd.workflow.directives.AgencyRanking;

/**
 * The figures of one monthly report, taken once from the index when the report is drafted and kept
 * with it: the draft the clerk completes, the one the chief signs and the issued report print the
 * same numbers.
 *
 * @param month "2026-04"
 * @param from first day of the month's period
 * @param to last day (the cut-off)
 * @param yearFrom first day of the year to date
 * @param monthsOfYear months of the year to date
 * @param asOf the day the figures are taken on
 * @param monthCounts the directives assigned in the month
 * @param yearCounts the directives assigned in the year to date
 * @param programme the work programme's directives of the month
 * @param ranking the lead agencies ranked on the year to date (xếp hạng)
 * @param rankingRule the ranking's criteria in words, in their order
 * @param central the directives the Government or the Prime Minister gave, in the year to date
 * @param centralSourceDocuments the documents they were given in (distinct numbers)
 * @param agencies the year to date by agency, the most assigned first, the rest together last
 * @param trend each month of the year to date as it stood at its cut-off
 * @param overdueTotal directives overdue on the day, whenever assigned
 * @param overdue the longest overdue of them, by agency
 * @param documentsTotal documents entered in the outgoing register in the month
 * @param documents the first of them, by date
 * @param documentFlowText the documents received and issued in the month, from the office's
 *     register (its sentence; null in a report drafted before the register was imported)
 */
record MonthlyFigures(
    String month,
    String from,
    String to,
    String yearFrom,
    int monthsOfYear,
    String asOf,
    Counts monthCounts,
    Counts yearCounts,
    Counts programme,
    Counts central,
    int centralSourceDocuments,
    List<AgencyCounts> agencies,
    List<AgencyRanking.RankedAgency> ranking,
    String rankingRule,
    List<MonthCounts> trend,
    long overdueTotal,
    List<OverdueRow> overdue,
    long documentsTotal,
    List<IssuedDocument> documents,
    String documentFlowText) {

  /**
   * Directives of a period by where they stand, with the shares of the base printed the office's
   * way (they add up to 100,0%).
   *
   * @param assigned all assigned
   * @param withdrawn thôi thực hiện, outside the base
   * @param base assigned less withdrawn
   * @param done completed
   * @param doneOnTime completed by the deadline
   * @param inProgress open, not overdue
   * @param overdue open, past the deadline
   */
  public record Counts(
      int assigned,
      int withdrawn,
      int base,
      int done,
      int doneOnTime,
      int inProgress,
      int overdue,
      String donePercent,
      String inProgressPercent,
      String overduePercent) {}

  /** One agency's directives of the year to date. */
  public record AgencyCounts(String name, int done, int inProgress, int overdue) {}

  /** One month of the trend: "T4" and its directives as they stood at its cut-off. */
  public record MonthCounts(String label, int assigned, int done, int inProgress, int overdue) {}

  /** A line of the overdue table. */
  public record OverdueRow(
      String agency,
      String directiveId,
      String title,
      String deadline,
      int workingDaysOverdue,
      int escalationLevel) {}

  /** A document of the outgoing register: "05/BC-UBND", its date and what it is. */
  public record IssuedDocument(String number, String issuedOn, String summary) {}
}

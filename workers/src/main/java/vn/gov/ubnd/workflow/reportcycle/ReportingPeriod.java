package vn.gov.ubnd.workflow.reportcycle;

import java.time.LocalDate;

/**
 * The period a report covers and the day its figures are frozen (Decree 09/2019/NĐ-CP, art. 12: an
 * annual report runs from 15 December of the year before to 14 December; a half-year report from 15
 * December to 14 June; a quarterly one the three months to the 14th of the quarter's last month).
 *
 * @param from first day
 * @param to last day, also the data cut-off
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

  /** The period of a kind of report in a year; a thematic report covers the annual period. */
  public static ReportingPeriod of(
      ReportKind kind, int year, Integer quarter, int cutOffDay, int halfYearCutOffMonth) {
    LocalDate start = LocalDate.of(year - 1, 12, cutOffDay + 1);
    return switch (kind) {
      case ANNUAL, THEMATIC -> new ReportingPeriod(start, LocalDate.of(year, 12, cutOffDay));
      case HALF_YEAR ->
          new ReportingPeriod(start, LocalDate.of(year, halfYearCutOffMonth, cutOffDay));
      case QUARTERLY -> {
        LocalDate end = LocalDate.of(year, quarter * 3, cutOffDay);
        yield new ReportingPeriod(end.minusMonths(3).plusDays(1), end);
      }
    };
  }
}

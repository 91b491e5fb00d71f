package vn.gov.ubnd.workflow.monthlyreport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods of the monthly report (pure logic). With the cut-off on the 14th (Decree 09/2019),
 * the report of April covers 15/03–14/04 and its year to date 15/12 of the year before to 14/04;
 * with a cut-off of 0, calendar months.
 */
final class ReportingMonths {

  private final int cutOffDay;
  private final int yearStartDay;
  private final int yearStartMonth;

  public ReportingMonths(MonthlyReportProperties properties) {
    this(properties.cutOffDay(), properties.yearStartDay(), properties.yearStartMonth());
  }

  ReportingMonths(int cutOffDay, int yearStartDay, int yearStartMonth) {
    this.cutOffDay = cutOffDay;
    this.yearStartDay = yearStartDay;
    this.yearStartMonth = yearStartMonth;
  }

  /**
   * A month's report period.
   *
   * @param month the month the report is of
   * @param from its first day
   * @param to its last day (the cut-off)
   * @param yearFrom the first day of its year to date
   * @param monthsOfYear the months of the year to date ("4 tháng đầu năm")
   */
  public record Period(
      YearMonth month, LocalDate from, LocalDate to, LocalDate yearFrom, List<YearMonth> months) {

    public int monthsOfYear() {
      return months.size();
    }
  }

  public LocalDate lastDay(YearMonth month) {
    return cutOffDay == 0 ? month.atEndOfMonth() : month.atDay(cutOffDay);
  }

  public LocalDate firstDay(YearMonth month) {
    return lastDay(month.minusMonths(1)).plusDays(1);
  }

  public Period period(YearMonth month) {
    LocalDate from = firstDay(month);
    LocalDate yearFrom = LocalDate.of(from.getYear(), yearStartMonth, yearStartDay);
    if (yearFrom.isAfter(from)) {
      yearFrom = yearFrom.minusYears(1);
    }
    List<YearMonth> months = new ArrayList<>();
    YearMonth first = month;
    while (firstDay(first).isAfter(yearFrom)) {
      first = first.minusMonths(1);
    }
    for (YearMonth m = first; !m.isAfter(month); m = m.plusMonths(1)) {
      months.add(m);
    }
    return new Period(month, from, lastDay(month), yearFrom, List.copyOf(months));
  }

  /** The month whose report is due on a day: the latest month whose period has ended before it. */
  public YearMonth dueOn(LocalDate day) {
    YearMonth month = YearMonth.from(day);
    while (!lastDay(month).isBefore(day)) {
      month = month.minusMonths(1);
    }
    return month;
  }
}

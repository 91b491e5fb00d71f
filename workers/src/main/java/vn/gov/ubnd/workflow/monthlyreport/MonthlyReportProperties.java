package vn.gov.ubnd.workflow.monthlyreport;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The office's monthly report on direction (báo cáo công tác chỉ đạo điều hành, BC-VP).
 *
 * @param cutOffDay the last day of a month's figures (Decree 09/2019: the 14th, the month running
 *     from the 15th of the one before); 0 takes calendar months
 * @param yearStartDay with {@code yearStartMonth}, the first day of the year to date (15/12 of the
 *     year before)
 * @param yearStartMonth see {@code yearStartDay}
 * @param series the office's numbering series ("BC-VP"), one sequence a year from 01
 * @param dueWorkingDays working days from the draft to the report's issue, the tasks' due date
 * @param overdueListed the longest overdue directives listed in the table (the count is exact)
 * @param chartAgencies agencies drawn one by one in the status chart, the rest together
 * @param fieldHeadings the headings of the results by field when no earlier report has any
 * @param recipients the "Nơi nhận" list, the last being "Lưu: VT, …"
 */
@ConfigurationProperties("ubnd.monthly-report")
record MonthlyReportProperties(
    @DefaultValue("14") int cutOffDay,
    @DefaultValue("15") int yearStartDay,
    @DefaultValue("12") int yearStartMonth,
    @DefaultValue("BC-VP") String series,
    @DefaultValue("3") int dueWorkingDays,
    @DefaultValue("500") int overdueListed,
    @DefaultValue("12") int chartAgencies,
    @DefaultValue({
          "Lĩnh vực kinh tế:",
          "Lĩnh vực văn hóa - xã hội:",
          "Quốc phòng, an ninh và đối ngoại:"
        })
        List<String> fieldHeadings,
    @DefaultValue({
          "Chủ tịch, các PCT UBND tỉnh;",
          "Các thành viên UBND tỉnh;",
          "Các sở, ban, ngành thuộc UBND tỉnh;",
          "UBND các xã, phường;",
          "VP UBND tỉnh: LĐVP, Cổng thông tin điện tử tỉnh;",
          "Lưu: VT, TH."
        })
        List<String> recipients) {

  public MonthlyReportProperties {
    if (cutOffDay < 0 || cutOffDay > 28) {
      throw new IllegalArgumentException(
          "ubnd.monthly-report.cut-off-day must be 1 to 28 (0 for calendar months), not "
              + cutOffDay);
    }
    if (yearStartMonth < 1 || yearStartMonth > 12 || yearStartDay < 1 || yearStartDay > 28) {
      throw new IllegalArgumentException(
          "ubnd.monthly-report.year-start-day/-month must name a day 1–28 of a month 1–12");
    }
    if (overdueListed < 0 || overdueListed > 500) {
      throw new IllegalArgumentException("ubnd.monthly-report.overdue-listed must be 0 to 500");
    }
  }
}

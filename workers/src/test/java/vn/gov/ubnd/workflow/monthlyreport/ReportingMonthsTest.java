package vn.gov.ubnd.workflow.monthlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportingMonthsTest {

  private final ReportingMonths decree09 = new ReportingMonths(14, 15, 12);

  @Test
  void
      aprilRunsFromTheFifteenthOfMarchToTheFourteenthOfAprilAndItsYearFromTheFifteenthOfDecember() {
    ReportingMonths.Period april = decree09.period(YearMonth.of(2022, 4));
    assertThat(april.from()).isEqualTo(LocalDate.of(2022, 3, 15));
    assertThat(april.to()).isEqualTo(LocalDate.of(2022, 4, 14));
    assertThat(april.yearFrom()).isEqualTo(LocalDate.of(2021, 12, 15));
    assertThat(april.monthsOfYear()).isEqualTo(4);
  }

  @Test
  void januaryOpensTheYearOnTheFifteenthOfDecemberAndDecemberCloses() {
    ReportingMonths.Period january = decree09.period(YearMonth.of(2027, 1));
    assertThat(january.from()).isEqualTo(LocalDate.of(2026, 12, 15));
    assertThat(january.yearFrom()).isEqualTo(LocalDate.of(2026, 12, 15));
    assertThat(january.monthsOfYear()).isEqualTo(1);
    ReportingMonths.Period december = decree09.period(YearMonth.of(2026, 12));
    assertThat(december.yearFrom()).isEqualTo(LocalDate.of(2025, 12, 15));
    assertThat(december.to()).isEqualTo(LocalDate.of(2026, 12, 14));
    assertThat(december.monthsOfYear()).isEqualTo(12);
  }

  @Test
  void theReportDueOnADayIsOfTheLastMonthWhosePeriodHasEnded() {
    assertThat(decree09.dueOn(LocalDate.of(2026, 12, 15))).isEqualTo(YearMonth.of(2026, 12));
    assertThat(decree09.dueOn(LocalDate.of(2026, 12, 14))).isEqualTo(YearMonth.of(2026, 11));
    assertThat(decree09.dueOn(LocalDate.of(2027, 1, 2))).isEqualTo(YearMonth.of(2026, 12));
  }

  @Test
  void aCutOffOfZeroTakesCalendarMonths() {
    ReportingMonths calendar = new ReportingMonths(0, 1, 1);
    ReportingMonths.Period february = calendar.period(YearMonth.of(2028, 2));
    assertThat(february.from()).isEqualTo(LocalDate.of(2028, 2, 1));
    assertThat(february.to()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(february.yearFrom()).isEqualTo(LocalDate.of(2028, 1, 1));
    assertThat(february.monthsOfYear()).isEqualTo(2);
    assertThat(calendar.dueOn(LocalDate.of(2028, 3, 1))).isEqualTo(YearMonth.of(2028, 2));
  }
}

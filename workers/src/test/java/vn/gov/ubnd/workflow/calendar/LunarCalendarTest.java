package vn.gov.ubnd.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

  @ParameterizedTest(name = "Tết {0} falls on {1}")
  @CsvSource({
    "2023, 2023-01-22",
    "2024, 2024-02-10",
    "2025, 2025-01-29",
    "2026, 2026-02-17",
    "2027, 2027-02-06",
    // 2007: the year Vietnam's Tết differs from China's (UTC+7 versus UTC+8)
    "2007, 2007-02-17"
  })
  void lunarNewYear(int year, LocalDate expected) {
    assertThat(LunarCalendar.lunarNewYear(year)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "Giỗ Tổ {0} falls on {1}")
  @CsvSource({"2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
  void hungKingsDay(int year, LocalDate expected) {
    assertThat(LunarCalendar.toSolar(10, 3, year)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "Mid-autumn {0}: {1}")
  @CsvSource({"2024, 2024-09-17", "2025, 2025-10-06"})
  void midAutumnAfterTheLeapMonthOf2025(int year, LocalDate expected) {
    // 2025 has a leap sixth month: months after it are shifted by one.
    assertThat(LunarCalendar.toSolar(15, 8, year)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0, 1, 2026", "1, 13, 2026", "31, 1, 2026"})
  void refusesDatesThatDoNotExist(int day, int month, int year) {
    assertThatThrownBy(() -> LunarCalendar.toSolar(day, month, year))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no such lunar date");
  }
}

package vn.gov.ubnd.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar statutoryOnly = new WorkingDayCalendar(List.of());

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void weekendsAreNotWorkingDays() {
    assertThat(statutoryOnly.isWorkingDay(d("2026-11-20"))).isTrue(); // Friday
    assertThat(statutoryOnly.isWorkingDay(d("2026-11-21"))).isFalse(); // Saturday
    assertThat(statutoryOnly.isWorkingDay(d("2026-11-22"))).isFalse(); // Sunday
  }

  @Test
  void tet2026IsTheLastDayOfTheOldYearAndTheFirstFourOfTheNew() {
    // Mùng 1 Tết Bính Ngọ: Tuesday 17/2/2026.
    for (String day :
        List.of("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20")) {
      assertThat(statutoryOnly.isWorkingDay(d(day))).as(day).isFalse();
      assertThat(statutoryOnly.holidayName(d(day))).contains("Tết Nguyên đán");
    }
    assertThat(statutoryOnly.isWorkingDay(d("2026-02-13"))).isTrue();
    assertThat(statutoryOnly.isWorkingDay(d("2026-02-23"))).isTrue();
  }

  @Test
  void countingWorkingDaysAcrossTet() {
    // Friday 13/2/2026 + 1 working day: over the weekend and the five Tết days to Monday 23/2.
    assertThat(statutoryOnly.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-23"));
    assertThat(statutoryOnly.addWorkingDays(d("2026-02-23"), -1)).isEqualTo(d("2026-02-13"));
    assertThat(statutoryOnly.workingDaysBetween(d("2026-02-13"), d("2026-02-23"))).isEqualTo(1);
    assertThat(statutoryOnly.addWorkingDays(d("2026-02-10"), 5)).isEqualTo(d("2026-02-24"));
  }

  @Test
  void hungKingsDayAndMayHolidays() {
    // Giỗ Tổ 2026: Sunday 26/4, made up on Monday 27/4; 30/4 Thursday, 1/5 Friday.
    assertThat(statutoryOnly.isWorkingDay(d("2026-04-27"))).isFalse();
    assertThat(statutoryOnly.holidayName(d("2026-04-27"))).contains("Nghỉ bù Giỗ Tổ Hùng Vương");
    assertThat(statutoryOnly.isWorkingDay(d("2026-04-30"))).isFalse();
    assertThat(statutoryOnly.isWorkingDay(d("2026-05-01"))).isFalse();
    assertThat(statutoryOnly.addWorkingDays(d("2026-04-29"), 1)).isEqualTo(d("2026-05-04"));
  }

  @Test
  void nationalDayWithItsAdjacentDay() {
    assertThat(statutoryOnly.isWorkingDay(d("2026-09-02"))).isFalse();
    assertThat(statutoryOnly.isWorkingDay(d("2026-09-03"))).isFalse();
  }

  @Test
  void declaredSwapAndSaturdayMakeUpDay() {
    WorkingDayCalendar calendar =
        new WorkingDayCalendar(
            List.of(
                new DeclaredDay(
                    d("2025-01-27"),
                    DeclaredDay.Kind.DAY_OFF,
                    "Nghỉ Tết (hoán đổi)",
                    "Thông báo X"),
                new DeclaredDay(
                    d("2025-02-08"), DeclaredDay.Kind.WORKING_DAY, "Làm bù", "Thông báo X")));
    assertThat(calendar.isWorkingDay(d("2025-01-27"))).isFalse();
    assertThat(calendar.isWorkingDay(d("2025-02-08"))).isTrue(); // a Saturday
    // Friday 7/2 + 1 working day is the make-up Saturday, not Monday.
    assertThat(calendar.addWorkingDays(d("2025-02-07"), 1)).isEqualTo(d("2025-02-08"));
    // Without a declaration for it, mùng 4 Tết on Saturday 1/2 is made up on Monday 3/2.
    assertThat(calendar.onOrNextWorkingDay(d("2025-01-25"))).isEqualTo(d("2025-02-04"));
  }

  @Test
  void theShippedDeclarationsWinOverTheComputedRules() throws Exception {
    try (var in = getClass().getResourceAsStream("/data/calendar/declared-days.yaml")) {
      WorkingDayCalendar shipped =
          new WorkingDayCalendar(DeclaredDaysFile.read(in, "declared-days.yaml"));
      // Tết Ất Tỵ: off from Saturday 25/1 to Sunday 2/2/2025, back to work on Monday 3/2.
      assertThat(shipped.onOrNextWorkingDay(d("2025-01-25"))).isEqualTo(d("2025-02-03"));
      assertThat(shipped.isWorkingDay(d("2025-01-27"))).isFalse();
      // 30/4 - 1/5/2025: Friday 2/5 off, made up on Saturday 26/4.
      assertThat(shipped.isWorkingDay(d("2025-05-02"))).isFalse();
      assertThat(shipped.isWorkingDay(d("2025-04-26"))).isTrue();
      // Quốc khánh 2025: 1/9 and 2/9; 3/9 is a working day.
      assertThat(shipped.isWorkingDay(d("2025-09-01"))).isFalse();
      assertThat(shipped.isWorkingDay(d("2025-09-03"))).isTrue();
    }
  }

  @Test
  void aDeadlineOnADayOffMovesToTheNextWorkingDay() {
    assertThat(statutoryOnly.onOrNextWorkingDay(d("2026-02-14"))).isEqualTo(d("2026-02-23"));
    assertThat(statutoryOnly.onOrNextWorkingDay(d("2026-02-12"))).isEqualTo(d("2026-02-12"));
  }

  @Test
  void declaredDaysFileIsReadAndEveryEntryCitesItsSource() {
    String yaml =
        """
        - date: 2025-02-08
          kind: WORKING_DAY
          reason: Làm bù
          source: Thông báo 1/TB
        """;
    List<DeclaredDay> days =
        DeclaredDaysFile.read(
            new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    assertThat(days)
        .containsExactly(
            new DeclaredDay(
                d("2025-02-08"), DeclaredDay.Kind.WORKING_DAY, "Làm bù", "Thông báo 1/TB"));

    String uncited = "- date: 2025-02-08\n  kind: WORKING_DAY\n  reason: Làm bù\n";
    assertThatThrownBy(
            () ->
                DeclaredDaysFile.read(
                    new ByteArrayInputStream(uncited.getBytes(StandardCharsets.UTF_8)), "bad.yaml"))
        .hasMessageContaining("bad.yaml")
        .hasMessageContaining("cites no official notice");
  }

  @Test
  void theShippedDeclaredDaysFileLoads() throws Exception {
    try (var in = getClass().getResourceAsStream("/data/calendar/declared-days.yaml")) {
      assertThat(DeclaredDaysFile.read(in, "declared-days.yaml"))
          .isNotEmpty()
          .allMatch(day -> !day.source().isBlank());
    }
  }
}

package vn.gov.ubnd.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import vn.gov.ubnd.workflow.calendar.DeclaredDay;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;

/** A year without declared days is named at start and in the health details. */
class CalendarCoverageTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static DeclaredDay dayOff(String date) {
    return new DeclaredDay(
        LocalDate.parse(date), DeclaredDay.Kind.DAY_OFF, "Nghỉ Tết", "Thông báo số 1/TB-BNV");
  }

  private static CalendarCoverage on(String day, DeclaredDay... declared) {
    return new CalendarCoverage(
        new WorkingDayCalendar(List.of(declared)),
        Clock.fixed(Instant.parse(day + "T03:00:00Z"), VIETNAM));
  }

  @Test
  void thisYearAndTheNextDeclaredIsQuiet() {
    CalendarCoverage coverage = on("2026-12-01", dayOff("2026-02-16"), dayOff("2027-02-05"));
    assertThat(coverage.missingYears()).isEmpty();
    assertThat(coverage.warning()).isNull();
    Health health = coverage.health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).doesNotContainKey("warning");
  }

  @Test
  void aMissingYearIsNamedWithWhatToDoAndTheApplicationStaysUp() {
    CalendarCoverage coverage = on("2026-12-01", dayOff("2025-01-27"));
    assertThat(coverage.missingYears()).containsExactly(2026, 2027);
    assertThat(coverage.warning())
        .startsWith("Chưa có ngày nghỉ, ngày làm bù do Nhà nước thông báo cho năm 2026, 2027:")
        .contains("calendar/declared-days.yaml")
        .contains("UBND_DATA_FOLDER");
    Health health = coverage.health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("missingYears", List.of(2026, 2027));
  }
}

package vn.gov.ubnd.workflow.config;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;

/**
 * Whether the declared days off and make-up days of this year and the next are entered: warned at
 * start in the log and shown in the health details ("calendar", for managers). It stays UP: the
 * statutory holidays are computed, only the swapped days would be missing.
 */
@Component("calendar")
class CalendarCoverage extends AbstractHealthIndicator {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarCoverage.class);

  private final WorkingDayCalendar calendar;
  private final Clock clock;

  public CalendarCoverage(WorkingDayCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /** This year and the next, those without declared days. */
  public List<Integer> missingYears() {
    int year = LocalDate.now(clock).getYear();
    return calendar.undeclaredYears(year, year + 1);
  }

  /** What an administrator reads when years are missing, or null. */
  public String warning() {
    List<Integer> missing = missingYears();
    if (missing.isEmpty()) {
      return null;
    }
    return "Chưa có ngày nghỉ, ngày làm bù do Nhà nước thông báo cho năm "
        + String.join(", ", missing.stream().map(String::valueOf).toList())
        + ": thêm vào calendar/declared-days.yaml trong thư mục dữ liệu (UBND_DATA_FOLDER) theo"
        + " thông báo lịch nghỉ Tết, 30/4 - 1/5, 2/9, rồi khởi động lại ứng dụng; đến khi đó hạn"
        + " tính theo ngày làm việc quanh các kỳ nghỉ này có thể lệch.";
  }

  @EventListener(ApplicationReadyEvent.class)
  public void warnAtStart() {
    String warning = warning();
    if (warning != null) {
      LOG.warn(warning);
    }
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder.up().withDetail("missingYears", missingYears());
    String warning = warning();
    if (warning != null) {
      builder.withDetail("warning", warning);
    }
  }
}

package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;

/**
 * Turns the ladder into dates on the working-day calendar: reminders and leader escalations at the
 * start of office hours on a working day, the overdue notice at the first moment after the deadline
 * day.
 */
public final class FollowUpPlanner {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalTime OFFICE_HOURS_START = LocalTime.of(8, 0);
  private static final Map<String, String> NAMES =
      Map.of(
          "REMINDER", "Nhắc việc",
          "OVERDUE", "Đôn đốc nhiệm vụ quá hạn",
          "LEADER_IN_CHARGE", "Báo cáo lãnh đạo phụ trách",
          "CHAIR", "Báo cáo Chủ tịch UBND tỉnh");

  private final WorkingDayCalendar calendar;

  /** The Vietnamese name of a ladder step's code ("Nhắc việc"), or the code if it has none. */
  public static String stepName(String code) {
    return NAMES.getOrDefault(code, code);
  }

  public FollowUpPlanner(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * The steps still to come for a deadline, in order.
   *
   * @param leaderInChargeIsChair a directive the chair follows himself skips the separate
   *     leader-in-charge rung
   * @param now steps before the deadline whose time has passed are dropped (a reminder after the
   *     fact helps nobody); steps after it stay, so a late registration climbs the ladder at once
   */
  public List<PlannedFollowUp> plan(
      LocalDate deadline,
      List<LadderStep> ladder,
      boolean leaderInChargeIsChair,
      OffsetDateTime now) {
    List<PlannedFollowUp> planned = new ArrayList<>();
    List<LadderStep> steps = new ArrayList<>(ladder);
    steps.sort(Comparator.comparingInt(LadderStep::level));
    for (LadderStep step : steps) {
      if (leaderInChargeIsChair && "LEADER_IN_CHARGE".equals(step.recipient())) {
        continue;
      }
      OffsetDateTime at = dueAt(deadline, step);
      if (step.offsetWorkingDays() < 0 && at.isBefore(now)) {
        continue;
      }
      planned.add(
          new PlannedFollowUp(
              step.level(),
              step.code(),
              NAMES.getOrDefault(step.code(), step.code()),
              at.toString(),
              step.recipient(),
              step.needsDecision()));
    }
    return planned;
  }

  OffsetDateTime dueAt(LocalDate deadline, LadderStep step) {
    if (step.offsetWorkingDays() == 0) {
      return deadline.plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime();
    }
    LocalDate day = calendar.addWorkingDays(deadline, step.offsetWorkingDays());
    return day.atTime(OFFICE_HOURS_START).atZone(VIETNAM).toOffsetDateTime();
  }
}

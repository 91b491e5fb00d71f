package vn.gov.ubnd.workflow.portal.tasks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;

/** How a task's deadline stands, as the list marks it. */
enum Urgency {
  OVERDUE("Quá hạn"),
  DUE_SOON("Sắp đến hạn"),
  ON_TIME("Trong hạn"),
  NO_DEADLINE("Không có hạn");

  /** A task due within this many working days is marked as due soon. */
  public static final int DUE_SOON_WORKING_DAYS = 2;

  private final String label;

  Urgency(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Urgency of(
      OffsetDateTime due, OffsetDateTime now, ZoneId zone, WorkingDayCalendar calendar) {
    return of(due, now, zone, lastDaySoon(now, zone, calendar));
  }

  /** The last day a deadline counts as due soon (computed once for a whole list). */
  static LocalDate lastDaySoon(OffsetDateTime now, ZoneId zone, WorkingDayCalendar calendar) {
    return calendar.addWorkingDays(
        now.atZoneSameInstant(zone).toLocalDate(), DUE_SOON_WORKING_DAYS);
  }

  static Urgency of(OffsetDateTime due, OffsetDateTime now, ZoneId zone, LocalDate lastDaySoon) {
    if (due == null) {
      return NO_DEADLINE;
    }
    if (due.isBefore(now)) {
      return OVERDUE;
    }
    return due.atZoneSameInstant(zone).toLocalDate().isAfter(lastDaySoon) ? ON_TIME : DUE_SOON;
  }
}

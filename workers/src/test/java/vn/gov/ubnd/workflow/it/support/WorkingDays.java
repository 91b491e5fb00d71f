package vn.gov.ubnd.workflow.it.support;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Dates a given number of weekdays from today. Holidays are ignored: tests use margins wide enough
 * that one holiday does not change what they check.
 */
public final class WorkingDays {

  private WorkingDays() {}

  public static LocalDate ahead(int days) {
    return step(days, 1);
  }

  public static LocalDate ago(int days) {
    return step(days, -1);
  }

  private static LocalDate step(int days, int direction) {
    LocalDate d = LocalDate.now();
    int left = days;
    while (left > 0) {
      d = d.plusDays(direction);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }
}

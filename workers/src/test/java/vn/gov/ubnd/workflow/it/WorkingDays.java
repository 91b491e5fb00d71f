package vn.gov.ubnd.workflow.it;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Dates a given number of weekdays from today, for deadlines the stack accepts as future. */
final class WorkingDays {

  private WorkingDays() {}

  static LocalDate ahead(int days) {
    LocalDate d = LocalDate.now();
    int left = days;
    while (left > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }
}

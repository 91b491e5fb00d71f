package vn.gov.ubnd.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days of Vietnamese state bodies: Monday to Friday, minus the public holidays of the
 * Labour Code (art. 112: 1/1; Tết, 5 days; Giỗ Tổ Hùng Vương 10/3 âm lịch; 30/4; 1/5; 2/9 and one
 * adjacent day), minus a compensatory day when a holiday falls on a weekend, and with the days off
 * and make-up working days the government declares each year (data, not code).
 */
public final class WorkingDayCalendar {

  private final Map<LocalDate, DeclaredDay> declared;
  private final Map<Integer, Map<LocalDate, String>> daysOffByYear = new ConcurrentHashMap<>();

  public WorkingDayCalendar(Collection<DeclaredDay> declaredDays) {
    Map<LocalDate, DeclaredDay> byDate = new HashMap<>();
    for (DeclaredDay day : declaredDays) {
      DeclaredDay previous = byDate.put(day.date(), day);
      if (previous != null) {
        throw new IllegalArgumentException("day " + day.date() + " is declared twice");
      }
    }
    this.declared = Map.copyOf(byDate);
  }

  /**
   * Of the given years, those without any declared day. Every year since 2010 has had declared days
   * (swapped days off around Tết, 30/4, 2/9): a year without is one whose notices have not been
   * entered yet, and its working days may be wrong around those holidays.
   */
  public List<Integer> undeclaredYears(int... years) {
    Set<Integer> declaredYears = new TreeSet<>();
    declared.keySet().forEach(date -> declaredYears.add(date.getYear()));
    List<Integer> missing = new ArrayList<>();
    for (int year : years) {
      if (!declaredYears.contains(year)) {
        missing.add(year);
      }
    }
    return missing;
  }

  public boolean isWorkingDay(LocalDate date) {
    DeclaredDay declaredDay = declared.get(date);
    if (declaredDay != null) {
      return declaredDay.kind() == DeclaredDay.Kind.WORKING_DAY;
    }
    return !isWeekend(date) && !daysOff(date.getYear()).containsKey(date);
  }

  /** Why a day is not worked, if it is a holiday or declared day off ("Tết Nguyên đán"). */
  public Optional<String> holidayName(LocalDate date) {
    DeclaredDay declaredDay = declared.get(date);
    if (declaredDay != null) {
      return declaredDay.kind() == DeclaredDay.Kind.DAY_OFF
          ? Optional.of(declaredDay.reason())
          : Optional.empty();
    }
    return Optional.ofNullable(daysOff(date.getYear()).get(date));
  }

  /** The date {@code days} working days after {@code start} (before it, for negative days). */
  public LocalDate addWorkingDays(LocalDate start, int days) {
    LocalDate date = start;
    int step = days >= 0 ? 1 : -1;
    int remaining = Math.abs(days);
    while (remaining > 0) {
      date = date.plusDays(step);
      if (isWorkingDay(date)) {
        remaining--;
      }
    }
    return date;
  }

  /** A deadline that falls on a day off moves to the next working day. */
  public LocalDate onOrNextWorkingDay(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** Working days after {@code from} up to and including {@code to} (negative if to < from). */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  private Map<LocalDate, String> daysOff(int year) {
    return daysOffByYear.computeIfAbsent(year, this::computeDaysOff);
  }

  private Map<LocalDate, String> computeDaysOff(int year) {
    TreeMap<LocalDate, String> holidays = new TreeMap<>();
    holidays.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
    LocalDate newYear = LunarCalendar.lunarNewYear(year);
    // Tết: the last day of the old year and the first four of the new one, unless the year's
    // declaration says otherwise (it then lists its own days off and make-up days).
    for (int i = -1; i <= 3; i++) {
      holidays.put(newYear.plusDays(i), "Tết Nguyên đán");
    }
    holidays.put(LunarCalendar.toSolar(10, 3, year), "Giỗ Tổ Hùng Vương");
    holidays.put(LocalDate.of(year, 4, 30), "Ngày Chiến thắng");
    holidays.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động");
    holidays.put(LocalDate.of(year, 9, 2), "Quốc khánh");
    if (!declaresAdjacentNationalDay(year)) {
      holidays.put(LocalDate.of(year, 9, 3), "Quốc khánh (ngày liền kề)");
    }
    // Labour Code art. 111(3): a holiday on a weekly day off is made up on the next working day.
    TreeMap<LocalDate, String> withCompensation = new TreeMap<>(holidays);
    for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
      if (isWeekend(holiday.getKey()) && !declared.containsKey(holiday.getKey())) {
        LocalDate compensation = holiday.getKey().plusDays(1);
        while (isWeekend(compensation)
            || withCompensation.containsKey(compensation)
            || declared.containsKey(compensation)) {
          compensation = compensation.plusDays(1);
        }
        withCompensation.put(compensation, "Nghỉ bù " + holiday.getValue());
      }
    }
    return Map.copyOf(withCompensation);
  }

  /** The year's declaration names the day next to 2/9 itself (1/9 or 3/9). */
  private boolean declaresAdjacentNationalDay(int year) {
    return declared.containsKey(LocalDate.of(year, 9, 1))
        || declared.containsKey(LocalDate.of(year, 9, 3));
  }
}

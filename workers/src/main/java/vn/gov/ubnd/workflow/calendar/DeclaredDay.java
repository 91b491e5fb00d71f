package vn.gov.ubnd.workflow.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day the government declares for civil servants in a given year: an extra day off (usually
 * around Tết or 2/9) or a make-up working day, which may be a Saturday.
 *
 * @param date the day
 * @param kind off or working
 * @param reason what the day is, in Vietnamese ("Nghỉ Tết Ất Tỵ (hoán đổi)")
 * @param source the official notice it comes from (number, date, issuer)
 */
public record DeclaredDay(LocalDate date, Kind kind, String reason, String source) {

  /** Whether the declaration gives the day off or makes it a working day. */
  public enum Kind {
    DAY_OFF,
    WORKING_DAY
  }

  public DeclaredDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind of " + date);
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException(
          "declared day " + date + " cites no official notice (source)");
    }
  }
}

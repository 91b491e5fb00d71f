package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * A request for statistics as the API and the portal's dashboard take it: the period's first and
 * last day, the day the status is taken on (today when absent) and how many overdue directives to
 * list, each checked with a Vietnamese message naming the parameter.
 */
public record StatisticsRequest(LocalDate from, LocalDate to, LocalDate asOf, int overdueLimit) {

  /** The oldest overdue directives listed at most (their count is always exact). */
  static final int MAX_OVERDUE_LISTED = 500;

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /**
   * @throws IllegalArgumentException with the Vietnamese text to show
   */
  public static StatisticsRequest parse(
      String from, String to, String asOf, String overdueLimit, LocalDate today) {
    LocalDate first = day("from", "ngày đầu kỳ", from, null);
    LocalDate last = day("to", "ngày cuối kỳ", to, null);
    LocalDate day = day("asOf", "ngày lấy số liệu", asOf, today);
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "Ngày cuối kỳ (to = "
              + OfficeInput.vn(last)
              + ") phải sau hoặc trùng ngày đầu kỳ (from = "
              + OfficeInput.vn(first)
              + ").");
    }
    return new StatisticsRequest(first, last, day, limit(overdueLimit));
  }

  static LocalDate day(String parameter, String label, String value, LocalDate absent) {
    if (value == null || value.isBlank()) {
      if (absent != null) {
        return absent;
      }
      throw new IllegalArgumentException(
          "Thiếu " + label + ": ghi " + parameter + "=năm-tháng-ngày, ví dụ 2026-03-05.");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.trim(), ISO);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Giá trị "
              + parameter
              + " \""
              + abbreviate(value)
              + "\" không phải ngày hợp lệ: ghi "
              + label
              + " theo dạng năm-tháng-ngày, ví dụ 2026-03-05.");
    }
    if (date.getYear() < OfficeInput.FIRST_YEAR || date.getYear() > OfficeInput.LAST_YEAR) {
      throw new IllegalArgumentException(
          "Giá trị "
              + parameter
              + " \""
              + abbreviate(value.trim())
              + "\" nằm ngoài khoảng năm "
              + OfficeInput.FIRST_YEAR
              + "–"
              + OfficeInput.LAST_YEAR
              + ": kiểm tra lại "
              + label
              + ".");
    }
    return date;
  }

  private static int limit(String value) {
    try {
      int limit = Integer.parseInt(value.trim());
      if (limit >= 0 && limit <= MAX_OVERDUE_LISTED) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // explained below
    }
    throw new IllegalArgumentException(
        "overdueLimit \""
            + abbreviate(value)
            + "\" không hợp lệ: ghi số nhiệm vụ quá hạn cần liệt kê, từ 0 đến "
            + MAX_OVERDUE_LISTED
            + ".");
  }

  private static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}

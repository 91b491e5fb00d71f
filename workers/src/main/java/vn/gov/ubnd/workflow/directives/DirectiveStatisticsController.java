package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monthly statistics, counted by the index. */
@RestController
@RequestMapping("/api/directives")
public class DirectiveStatisticsController {

  /** Years a period or day may fall in: wider than any record an office keeps. */
  static final int FIRST_YEAR = vn.gov.ubnd.workflow.input.OfficeInput.FIRST_YEAR;

  static final int LAST_YEAR = vn.gov.ubnd.workflow.input.OfficeInput.LAST_YEAR;

  /** The oldest overdue directives listed at most (their count is always exact). */
  static final int MAX_OVERDUE_LISTED = 500;

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final DirectiveStatisticsSource statistics;
  private final java.time.Clock clock;

  public DirectiveStatisticsController(
      DirectiveStatisticsSource statistics, java.time.Clock clock) {
    this.statistics = statistics;
    this.clock = clock;
  }

  @GetMapping("/statistics")
  public ResponseEntity<?> statistics(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false, defaultValue = "50") String overdueLimit) {
    try {
      LocalDate first = day("from", "ngày đầu kỳ", from, null);
      LocalDate last = day("to", "ngày cuối kỳ", to, null);
      LocalDate day = day("asOf", "ngày lấy số liệu", asOf, LocalDate.now(clock));
      if (last.isBefore(first)) {
        throw new IllegalArgumentException(
            "Ngày cuối kỳ (to = "
                + DirectiveService.VN_DATE.format(last)
                + ") phải sau hoặc trùng ngày đầu kỳ (from = "
                + DirectiveService.VN_DATE.format(first)
                + ").");
      }
      return ResponseEntity.ok(statistics.statistics(first, last, day, limit(overdueLimit)));
    } catch (IllegalArgumentException e) {
      return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
  }

  private static LocalDate day(String parameter, String label, String value, LocalDate absent) {
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
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      throw new IllegalArgumentException(
          "Giá trị "
              + parameter
              + " \""
              + abbreviate(value.trim())
              + "\" nằm ngoài khoảng năm "
              + FIRST_YEAR
              + "–"
              + LAST_YEAR
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

package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Department;
import vn.gov.ubnd.workflow.catalog.Leader;

/**
 * Checks a directive as typed against the catalog and the calendar, and settles its dates: a
 * deadline given in working days becomes a date, a deadline on a day off moves to the next working
 * day. Every problem is reported at once, in words the office understands.
 */
public final class DirectiveValidator {

  /** About four years of working days: every deadline an office sets in days fits. */
  public static final int MAX_WORKING_DAYS = 1_000;

  private static final Pattern ID = Pattern.compile("[\\p{L}0-9._/-]{1,80}");

  private final Catalog catalog;
  private final WorkingDayCalendar calendar;

  public DirectiveValidator(Catalog catalog, WorkingDayCalendar calendar) {
    this.catalog = catalog;
    this.calendar = calendar;
  }

  /**
   * A directive whose input passed every check.
   *
   * @param requestedDeadline the deadline as given, before moving it off a day off
   */
  public record ValidDirective(
      DirectiveInput input,
      SourceDocument sourceDocument,
      Department leadAgency,
      List<String> coordinatingAgencies,
      Leader leaderInCharge,
      LocalDate assignedOn,
      LocalDate deadline,
      LocalDate requestedDeadline) {}

  public ValidDirective validate(DirectiveInput in, LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (blank(in.directiveId())) {
      problems.add("Thiếu số hiệu nhiệm vụ (directiveId).");
    } else if (!ID.matcher(in.directiveId().trim()).matches()) {
      problems.add(
          "Số hiệu nhiệm vụ \""
              + (in.directiveId().length() > 40
                  ? in.directiveId().substring(0, 40) + "…"
                  : in.directiveId())
              + "\" chỉ được gồm chữ, số và các ký tự . _ / - (tối đa 80 ký tự).");
    }
    if (blank(in.title())) {
      problems.add("Thiếu trích yếu nội dung nhiệm vụ.");
    }
    tooLong(in.title(), "Trích yếu", MAX_TITLE, problems);
    tooLong(in.content(), "Nội dung nhiệm vụ", MAX_CONTENT, problems);
    if (in.sourceDocument() != null) {
      tooLong(in.sourceDocument().number(), "Số văn bản giao nhiệm vụ", MAX_SHORT, problems);
      tooLong(in.sourceDocument().issuer(), "Cơ quan ban hành", MAX_SHORT, problems);
    }
    Department lead = null;
    if (blank(in.leadAgency())) {
      problems.add("Thiếu đơn vị chủ trì.");
    } else {
      lead = catalog.department(in.leadAgency().trim()).orElse(null);
      if (lead == null) {
        problems.add(
            "Đơn vị chủ trì \""
                + shown(in.leadAgency())
                + "\" không có trong danh mục cơ quan, đơn vị.");
      }
    }
    LinkedHashSet<String> coordinating = new LinkedHashSet<>();
    if (in.coordinatingAgencies() != null) {
      for (String code : in.coordinatingAgencies()) {
        if (blank(code)) {
          continue;
        }
        String trimmed = code.trim();
        if (catalog.department(trimmed).isEmpty()) {
          problems.add(
              "Đơn vị phối hợp \"" + shown(code) + "\" không có trong danh mục cơ quan, đơn vị.");
        } else if (lead != null && lead.code().equals(trimmed)) {
          problems.add("Đơn vị chủ trì không đồng thời là đơn vị phối hợp (" + trimmed + ").");
        } else {
          coordinating.add(trimmed);
        }
      }
    }
    Leader leader = null;
    if (blank(in.leaderInCharge())) {
      problems.add("Thiếu lãnh đạo UBND tỉnh phụ trách.");
    } else {
      leader = catalog.leader(in.leaderInCharge().trim()).orElse(null);
      if (leader == null) {
        problems.add(
            "Lãnh đạo phụ trách \""
                + shown(in.leaderInCharge())
                + "\" không có trong danh mục lãnh đạo UBND tỉnh.");
      }
    }
    LocalDate assignedOn =
        blank(in.assignedOn()) ? today : date(in.assignedOn(), "Ngày giao", problems);
    SourceDocument source = null;
    if (in.sourceDocument() != null) {
      LocalDate sourceDate =
          blank(in.sourceDocument().date())
              ? null
              : date(in.sourceDocument().date(), "Ngày văn bản giao nhiệm vụ", problems);
      source =
          new SourceDocument(
              trim(in.sourceDocument().number()), sourceDate, trim(in.sourceDocument().issuer()));
      if (sourceDate != null && assignedOn != null && sourceDate.isAfter(assignedOn)) {
        problems.add(
            "Ngày văn bản giao nhiệm vụ ("
                + vn(sourceDate)
                + ") sau ngày giao ("
                + vn(assignedOn)
                + "): ngày văn bản phải trước hoặc trùng ngày giao.");
      }
    }
    LocalDate requested = null;
    boolean hasDate = !blank(in.deadline());
    boolean hasDays = in.deadlineWorkingDays() != null;
    if (hasDate && hasDays) {
      problems.add("Chỉ ghi thời hạn theo một cách: hoặc ngày cụ thể, hoặc số ngày làm việc.");
    } else if (hasDate) {
      requested = date(in.deadline(), "Thời hạn", problems);
    } else if (hasDays) {
      if (in.deadlineWorkingDays() < 1 || in.deadlineWorkingDays() > MAX_WORKING_DAYS) {
        problems.add(
            "Số ngày làm việc của thời hạn phải từ 1 đến "
                + MAX_WORKING_DAYS
                + " (đang là "
                + in.deadlineWorkingDays()
                + "); thời hạn dài hơn thì ghi ngày cụ thể.");
      } else if (assignedOn != null) {
        requested = calendar.addWorkingDays(assignedOn, in.deadlineWorkingDays());
      }
    }
    if (requested != null && assignedOn != null && requested.isBefore(assignedOn)) {
      problems.add(
          "Thời hạn ("
              + vn(requested)
              + ") trước ngày giao ("
              + vn(assignedOn)
              + "): thời hạn phải sau ngày giao.");
    }
    if (!problems.isEmpty()) {
      throw new DirectiveValidationException(problems);
    }
    LocalDate deadline = requested == null ? null : calendar.onOrNextWorkingDay(requested);
    return new ValidDirective(
        in, source, lead, List.copyOf(coordinating), leader, assignedOn, deadline, requested);
  }

  /**
   * Dates as the API sends them (2026-03-05, or a date-time from a form) or an office writes them.
   */
  private static final java.util.regex.Pattern ISO_DATE =
      java.util.regex.Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T[0-9:.+\\-Z]*)?");

  private static final java.util.regex.Pattern VN_DATE =
      java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  /** Years a date may fall in: wider than any record an office keeps. */
  static final int FIRST_YEAR = 1990;

  static final int LAST_YEAR = 2100;

  private static LocalDate date(String text, String label, List<String> problems) {
    String value = text.trim();
    String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    LocalDate date;
    try {
      java.util.regex.Matcher iso = ISO_DATE.matcher(value);
      java.util.regex.Matcher vn = VN_DATE.matcher(value);
      if (iso.matches()) {
        date =
            LocalDate.parse(
                iso.group(1),
                java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd")
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT));
      } else if (vn.matches()) {
        date =
            LocalDate.of(
                Integer.parseInt(vn.group(3)),
                Integer.parseInt(vn.group(2)),
                Integer.parseInt(vn.group(1)));
      } else {
        problems.add(
            label + " \"" + shown + "\" không phải là ngày: ghi ngày/tháng/năm, ví dụ 05/03/2026.");
        return null;
      }
    } catch (java.time.DateTimeException e) {
      problems.add(
          label
              + " \""
              + shown
              + "\" không phải ngày có thật (ngày/tháng/năm): kiểm tra lại ngày và tháng, ví dụ"
              + " 05/03/2026.");
      return null;
    }
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      problems.add(
          label
              + " \""
              + shown
              + "\" nằm ngoài khoảng năm "
              + FIRST_YEAR
              + "–"
              + LAST_YEAR
              + ": kiểm tra lại năm.");
      return null;
    }
    return date;
  }

  private static String vn(LocalDate date) {
    return DirectiveService.VN_DATE.format(date);
  }

  /** Longest texts accepted: far beyond any real directive, short of a hostile payload. */
  static final int MAX_TITLE = 2_000;

  static final int MAX_CONTENT = 20_000;

  static final int MAX_SHORT = 300;

  private static void tooLong(String text, String label, int max, List<String> problems) {
    if (text != null && text.length() > max) {
      problems.add(
          label
              + " dài "
              + String.format("%,d", text.length()).replace(',', '.')
              + " ký tự, quá giới hạn "
              + String.format("%,d", max).replace(',', '.')
              + " ký tự: rút gọn lại, phần chi tiết để trong văn bản kèm theo.");
    }
  }

  /** A value as a message quotes it: whole up to 40 characters. */
  private static String shown(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trim(String s) {
    return s == null ? null : s.trim();
  }
}

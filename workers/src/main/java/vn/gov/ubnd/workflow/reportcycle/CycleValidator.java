package vn.gov.ubnd.workflow.reportcycle;

import static vn.gov.ubnd.workflow.input.OfficeInput.blank;
import static vn.gov.ubnd.workflow.input.OfficeInput.shown;
import static vn.gov.ubnd.workflow.input.OfficeInput.vn;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Department;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * Checks a report cycle as the office opens it (start form, API) and settles its dates; every
 * problem is reported at once, naming the field and what to write, dates shown dd/MM/yyyy.
 */
@Component
class CycleValidator {

  /** Longest texts accepted: far beyond any real session or title, short of a hostile payload. */
  static final int MAX_SESSION_NAME = 300;

  static final int MAX_REPORT_TITLE = 500;

  /** Report years the office can open a cycle for. */
  static final int FIRST_REPORT_YEAR = 2000;

  static final int LAST_REPORT_YEAR = 2100;

  private final Catalog catalog;
  private final WorkingDayCalendar calendar;
  private final ReportTemplates templates;
  private final ReportCycleProperties properties;
  private final Clock clock;

  public CycleValidator(
      Catalog catalog,
      WorkingDayCalendar calendar,
      ReportTemplates templates,
      ReportCycleProperties properties,
      Clock clock) {
    this.catalog = catalog;
    this.calendar = calendar;
    this.templates = templates;
    this.properties = properties;
    this.clock = clock;
  }

  public ValidCycle validate(CycleInput in) {
    LocalDate today = LocalDate.now(clock);
    List<String> problems = new ArrayList<>();
    ReportKind kind = kind(in.reportKind(), problems);
    if (in.year() == null) {
      problems.add("Thiếu năm báo cáo: ghi năm, ví dụ " + today.getYear() + ".");
    } else if (in.year() < FIRST_REPORT_YEAR || in.year() > LAST_REPORT_YEAR) {
      problems.add(
          "Năm báo cáo "
              + in.year()
              + " nằm ngoài khoảng "
              + FIRST_REPORT_YEAR
              + "–"
              + LAST_REPORT_YEAR
              + ": ghi năm của kỳ báo cáo, ví dụ "
              + today.getYear()
              + ".");
    }
    if (kind == ReportKind.QUARTERLY
        && (in.quarter() == null || in.quarter() < 1 || in.quarter() > 4)) {
      problems.add(
          in.quarter() == null
              ? "Báo cáo quý cần chọn quý (I, II, III hoặc IV)."
              : "Quý " + in.quarter() + " không có: chọn quý I, II, III hoặc IV.");
    }
    if (kind == ReportKind.THEMATIC && blank(in.reportTitle())) {
      problems.add("Báo cáo chuyên đề cần có tên báo cáo: ghi tên chuyên đề.");
    }
    OfficeInput.tooLong(in.reportTitle(), "Tên báo cáo", MAX_REPORT_TITLE, problems);
    if (blank(in.sessionName())) {
      problems.add(
          "Thiếu tên kỳ họp HĐND tỉnh (ví dụ: Kỳ họp thứ mười tám, HĐND tỉnh khóa X, nhiệm kỳ"
              + " 2021-2026).");
    }
    OfficeInput.tooLong(in.sessionName(), "Tên kỳ họp", MAX_SESSION_NAME, problems);
    LocalDate opening = null;
    if (blank(in.sessionOpeningDate())) {
      problems.add("Thiếu ngày khai mạc kỳ họp: ghi ngày/tháng/năm, ví dụ 05/03/2026.");
    } else {
      opening = OfficeInput.date(in.sessionOpeningDate(), "Ngày khai mạc kỳ họp", problems);
    }
    if (opening != null && opening.isBefore(today)) {
      problems.add(
          "Ngày khai mạc kỳ họp ("
              + vn(opening)
              + ") đã qua: ghi ngày khai mạc sắp tới, từ "
              + vn(today)
              + " trở đi.");
    }
    List<Department> departments = departments(in, kind, problems);
    LocalDate deadline = null;
    if (!blank(in.responseDeadline())) {
      deadline = OfficeInput.date(in.responseDeadline(), "Hạn gửi báo cáo", problems);
    } else if (opening != null) {
      deadline = calendar.addWorkingDays(opening, -templates.responseLeadWorkingDays());
      if (deadline.isBefore(today)) {
        problems.add(
            "Hạn gửi báo cáo tính mặc định ("
                + templates.responseLeadWorkingDays()
                + " ngày làm việc trước khai mạc) là "
                + vn(deadline)
                + ", đã qua: hãy ghi hạn gửi báo cáo.");
        deadline = null;
      }
    }
    if (deadline != null) {
      deadline = calendar.onOrNextWorkingDay(deadline);
      if (deadline.isBefore(today)) {
        problems.add(
            "Hạn gửi báo cáo ("
                + vn(deadline)
                + ") đã qua: ghi một ngày từ "
                + vn(today)
                + " trở đi.");
      }
      if (opening != null && !deadline.isBefore(opening)) {
        problems.add(
            "Hạn gửi báo cáo ("
                + vn(deadline)
                + ") phải trước ngày khai mạc kỳ họp ("
                + vn(opening)
                + ").");
      }
    }
    if (!problems.isEmpty()) {
      throw new CycleValidationException(problems);
    }
    ReportingPeriod period =
        ReportingPeriod.of(
            kind,
            in.year(),
            in.quarter(),
            properties.periodCutOffDay(),
            properties.halfYearCutOffMonth());
    LocalDate submissionDue =
        calendar.addWorkingDays(opening, -templates.submissionLeadWorkingDays());
    return new ValidCycle(
        kind,
        in.year(),
        in.reportTitle() == null ? null : in.reportTitle().trim(),
        in.sessionName().trim(),
        opening,
        departments,
        deadline,
        period,
        submissionDue,
        kind == ReportKind.QUARTERLY ? in.quarter() : null);
  }

  private static ReportKind kind(String value, List<String> problems) {
    if (blank(value)) {
      problems.add("Chọn loại báo cáo (năm, 6 tháng đầu năm, quý hoặc chuyên đề).");
      return null;
    }
    try {
      return ReportKind.valueOf(value.trim());
    } catch (IllegalArgumentException e) {
      problems.add(
          "Loại báo cáo \""
              + shown(value)
              + "\" không có: chọn năm (ANNUAL), 6 tháng đầu năm (HALF_YEAR), quý (QUARTERLY)"
              + " hoặc chuyên đề (THEMATIC).");
      return null;
    }
  }

  private List<Department> departments(CycleInput in, ReportKind kind, List<String> problems) {
    List<String> codes =
        in.departments() == null || in.departments().isEmpty()
            ? (kind == null ? List.of() : templates.template(kind).defaultDepartments())
            : in.departments();
    List<Department> departments = new ArrayList<>();
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    int before = problems.size();
    for (String code : codes) {
      if (blank(code)) {
        problems.add("Danh sách cơ quan có một dòng trống: bỏ dòng đó hoặc chọn cơ quan.");
        continue;
      }
      if (!seen.add(code.trim())) {
        problems.add("Cơ quan \"" + shown(code) + "\" được chọn hai lần: bỏ bớt một lần.");
        continue;
      }
      catalog
          .department(code.trim())
          .ifPresentOrElse(
              departments::add,
              () ->
                  problems.add(
                      "Cơ quan \""
                          + shown(code)
                          + "\" không có trong danh mục cơ quan, đơn vị: chọn từ danh sách."));
    }
    if (departments.isEmpty() && problems.size() == before && kind != null) {
      problems.add("Chưa chọn cơ quan nào để giao báo cáo.");
    }
    return departments;
  }
}

package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Department;
import vn.gov.ubnd.workflow.catalog.Leader;
import vn.gov.ubnd.workflow.council.CouncilItem;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.council.CouncilItemReader;
import vn.gov.ubnd.workflow.council.CouncilProperties;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * Checks a directive as typed against the catalog and the calendar, and settles its dates: a
 * deadline given in working days becomes a date, a deadline on a day off moves to the next working
 * day. Every problem is reported at once, in words the office understands.
 *
 * <p>Size: each check of one directive's input with its Vietnamese message, in the order of the
 * form; splitting them would scatter the rules the office reads as one list.
 */
@Component
public final class DirectiveValidator {

  /** About four years of working days: every deadline an office sets in days fits. */
  public static final int MAX_WORKING_DAYS = 1_000;

  private static final Pattern ID = Pattern.compile("[\\p{L}0-9._/-]{1,80}");

  private final Catalog catalog;
  private final WorkingDayCalendar calendar;
  private final CouncilItemReader councilItems;
  private final CouncilProperties council;

  public DirectiveValidator(
      Catalog catalog, WorkingDayCalendar calendar, CouncilProperties council) {
    this.catalog = catalog;
    this.calendar = calendar;
    this.councilItems = new CouncilItemReader(catalog);
    this.council = council;
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
      LocalDate requestedDeadline,
      CouncilItem councilItem) {

    ValidDirective withSourceDocument(SourceDocument document) {
      return new ValidDirective(
          input,
          document,
          leadAgency,
          coordinatingAgencies,
          leaderInCharge,
          assignedOn,
          deadline,
          requestedDeadline,
          councilItem);
    }

    public boolean workProgrammeItem() {
      return Boolean.TRUE.equals(input.workProgrammeItem());
    }

    public boolean centralGovernmentTask() {
      return Boolean.TRUE.equals(input.centralGovernmentTask());
    }
  }

  public ValidDirective validate(DirectiveInput in, LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (OfficeInput.blank(in.directiveId())) {
      problems.add("Thiếu số hiệu nhiệm vụ (directiveId).");
    } else if (!ID.matcher(in.directiveId().trim()).matches()) {
      problems.add(
          "Số hiệu nhiệm vụ \""
              + (in.directiveId().length() > 40
                  ? in.directiveId().substring(0, 40) + "…"
                  : in.directiveId())
              + "\" chỉ được gồm chữ, số và các ký tự . _ / - (tối đa 80 ký tự).");
    }
    if (OfficeInput.blank(in.title())) {
      problems.add("Thiếu trích yếu nội dung nhiệm vụ.");
    }
    OfficeInput.tooLong(in.title(), "Trích yếu", MAX_TITLE, problems);
    OfficeInput.tooLong(in.content(), "Nội dung nhiệm vụ", MAX_CONTENT, problems);
    if (in.sourceDocument() != null) {
      OfficeInput.tooLong(
          in.sourceDocument().number(), "Số văn bản giao nhiệm vụ", MAX_SHORT, problems);
      OfficeInput.tooLong(in.sourceDocument().issuer(), "Cơ quan ban hành", MAX_SHORT, problems);
    }
    CouncilItem councilItem = councilItems.read(in.councilItem(), problems);
    Department lead = null;
    if (OfficeInput.blank(in.leadAgency())) {
      problems.add("Thiếu đơn vị chủ trì.");
    } else {
      lead = catalog.department(in.leadAgency().trim()).orElse(null);
      if (lead == null) {
        problems.add(
            "Đơn vị chủ trì \""
                + OfficeInput.shown(in.leadAgency())
                + "\" không có trong danh mục cơ quan, đơn vị.");
      }
    }
    LinkedHashSet<String> coordinating = new LinkedHashSet<>();
    if (in.coordinatingAgencies() != null) {
      for (String code : in.coordinatingAgencies()) {
        if (OfficeInput.blank(code)) {
          continue;
        }
        String trimmed = code.trim();
        if (catalog.department(trimmed).isEmpty()) {
          problems.add(
              "Đơn vị phối hợp \""
                  + OfficeInput.shown(code)
                  + "\" không có trong danh mục cơ quan, đơn vị.");
        } else if (lead != null && lead.code().equals(trimmed)) {
          problems.add("Đơn vị chủ trì không đồng thời là đơn vị phối hợp (" + trimmed + ").");
        } else {
          coordinating.add(trimmed);
        }
      }
    }
    Leader leader = null;
    if (OfficeInput.blank(in.leaderInCharge())) {
      problems.add("Thiếu lãnh đạo UBND tỉnh phụ trách.");
    } else {
      leader = catalog.leader(in.leaderInCharge().trim()).orElse(null);
      if (leader == null) {
        problems.add(
            "Lãnh đạo phụ trách \""
                + OfficeInput.shown(in.leaderInCharge())
                + "\" không có trong danh mục lãnh đạo UBND tỉnh.");
      }
    }
    LocalDate assignedOn =
        OfficeInput.blank(in.assignedOn())
            ? today
            : OfficeInput.date(in.assignedOn(), "Ngày giao", problems);
    SourceDocument source = null;
    if (in.sourceDocument() != null) {
      LocalDate sourceDate =
          OfficeInput.blank(in.sourceDocument().date())
              ? null
              : OfficeInput.date(
                  in.sourceDocument().date(), "Ngày văn bản giao nhiệm vụ", problems);
      String number = trim(in.sourceDocument().number());
      String issuer = trim(in.sourceDocument().issuer());
      String kindText = in.sourceDocument().kind();
      SourceKind kind = SourceKind.parse(kindText).orElse(null);
      if (kind == null && !OfficeInput.blank(kindText)) {
        problems.add(
            "Loại văn bản giao \""
                + OfficeInput.shown(kindText)
                + "\" không có: ghi một trong các loại "
                + Arrays.stream(SourceKind.values())
                    .map(k -> "«" + k.label() + "»")
                    .collect(Collectors.joining(", "))
                + ", hoặc để trống để tính theo ký hiệu văn bản.");
      }
      if (number == null
          && (sourceDate != null || issuer != null || !OfficeInput.blank(kindText))) {
        problems.add(
            "Có thông tin văn bản giao nhưng thiếu số, ký hiệu văn bản: ghi số, ký hiệu (ví dụ"
                + " 12/NQ-HĐND) hoặc bỏ trống cả phần văn bản giao.");
      }
      source =
          number == null
              ? null
              : new SourceDocument(
                  number,
                  sourceDate,
                  issuer,
                  kind != null ? kind : SourceKind.of(number, issuer, councilItem),
                  trim(in.sourceDocument().title()));
      if (sourceDate != null && sourceDate.isAfter(today)) {
        problems.add(
            "Ngày văn bản giao nhiệm vụ ("
                + OfficeInput.vn(sourceDate)
                + ") sau hôm nay ("
                + OfficeInput.vn(today)
                + "): ghi ngày văn bản đã ban hành, không ghi ngày trong tương lai.");
      } else if (sourceDate != null && assignedOn != null && sourceDate.isAfter(assignedOn)) {
        problems.add(
            "Ngày văn bản giao nhiệm vụ ("
                + OfficeInput.vn(sourceDate)
                + ") sau ngày giao ("
                + OfficeInput.vn(assignedOn)
                + "): ngày văn bản phải trước hoặc trùng ngày giao.");
      }
    }
    LocalDate requested = null;
    boolean hasDate = !OfficeInput.blank(in.deadline());
    boolean hasDays = in.deadlineWorkingDays() != null;
    if (hasDate && hasDays) {
      problems.add("Chỉ ghi thời hạn theo một cách: hoặc ngày cụ thể, hoặc số ngày làm việc.");
    } else if (hasDate) {
      requested = OfficeInput.date(in.deadline(), "Thời hạn", problems);
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
    if (!hasDate
        && !hasDays
        && assignedOn != null
        && councilItem != null
        && councilItem.kind() == CouncilItemKind.PETITION) {
      // The province's rule for petitions; a deadline of the row's own takes precedence.
      requested = calendar.addWorkingDays(assignedOn, council.petitionAnswerWorkingDays());
    }
    if (requested != null && assignedOn != null && requested.isBefore(assignedOn)) {
      problems.add(
          "Thời hạn ("
              + OfficeInput.vn(requested)
              + ") trước ngày giao ("
              + OfficeInput.vn(assignedOn)
              + "): thời hạn phải sau ngày giao.");
    }
    if (!problems.isEmpty()) {
      throw new DirectiveValidationException(problems);
    }
    LocalDate deadline = requested == null ? null : calendar.onOrNextWorkingDay(requested);
    return new ValidDirective(
        in,
        source,
        lead,
        List.copyOf(coordinating),
        leader,
        assignedOn,
        deadline,
        requested,
        councilItem);
  }

  /** Longest texts accepted: far beyond any real directive, short of a hostile payload. */
  static final int MAX_TITLE = 2_000;

  static final int MAX_CONTENT = 20_000;

  static final int MAX_SHORT = 300;

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

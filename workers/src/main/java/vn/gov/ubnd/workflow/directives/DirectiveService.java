package vn.gov.ubnd.workflow.directives;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;

/**
 * A directive's own life: registration, progress, completion and withdrawal, each recorded on the
 * directive and in its history (the ladder is {@link FollowUpService}'s, leaders' decisions {@link
 * DirectiveDecisionService}'s). Every method may be called again for the same step (a retried job)
 * without doing anything twice.
 */
@Service
public class DirectiveService {

  static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DirectiveStore store;
  private final DirectiveHistory history;
  private final Catalog catalog;
  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final DirectiveValidator validator;
  private final SourceDocumentStore sources;

  public DirectiveService(
      DirectiveStore store,
      SourceDocumentStore sources,
      DirectiveHistory history,
      Catalog catalog,
      WorkingDayCalendar calendar,
      Clock clock) {
    this.store = store;
    this.sources = sources;
    this.history = history;
    this.catalog = catalog;
    this.calendar = calendar;
    this.clock = clock;
    this.validator = new DirectiveValidator(catalog, calendar);
  }

  public int workingDaysBetween(LocalDate from, LocalDate to) {
    return calendar.workingDaysBetween(from, to);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  /**
   * Validates and indexes a new directive.
   *
   * @throws DirectiveValidationException with every problem of the input
   * @throws DuplicateDirectiveException if another instance tracks the same directive id
   */
  public Directive register(DirectiveInput input, long processInstanceKey) {
    return register(input, processInstanceKey, null);
  }

  /**
   * Registers the directive of this instance once; a retried step finds it and changes nothing.
   *
   * @param registeredBy the person who put it in (an import's uploader), or null
   */
  public Directive register(
      DirectiveInput input,
      long processInstanceKey,
      vn.gov.ubnd.workflow.accounts.Person registeredBy) {
    DirectiveValidator.ValidDirective valid =
        withRegisteredSource(validator.validate(input, today()), registeredBy);
    Directive directive = Directive.registered(valid, processInstanceKey, now());
    DirectiveEvent registered =
        new DirectiveEvent(
            directive.directiveId() + ":registered",
            directive.directiveId(),
            "REGISTERED",
            now(),
            catalog.office().code(),
            "Giao nhiệm vụ cho "
                + directive.leadAgencyName()
                + (directive.deadline() == null
                    ? ", không có thời hạn"
                    : ", thời hạn " + VN_DATE.format(directive.deadline()))
                + (valid.requestedDeadline() != null
                        && !valid.requestedDeadline().equals(valid.deadline())
                    ? " (hạn "
                        + VN_DATE.format(valid.requestedDeadline())
                        + " trùng ngày nghỉ, chuyển sang ngày làm việc kế tiếp)"
                    : ""),
            List.of(directive.leadAgency()),
            directive.deadline(),
            registeredBy);
    if (!store.create(directive, registered)) {
      Directive existing = store.find(directive.directiveId()).orElseThrow();
      if (existing.processInstanceKey() != processInstanceKey) {
        throw new DuplicateDirectiveException(
            directive.directiveId(), existing.processInstanceKey());
      }
      return existing; // this instance registered it already: a retried job
    }
    return directive;
  }

  /**
   * The rule of the source documents' register: a number not registered yet is registered from this
   * directive; a registered one gives the directive its document (blanks filled from it), and a
   * directive that states another date of issue or another kind for it is refused, naming both.
   */
  private DirectiveValidator.ValidDirective withRegisteredSource(
      DirectiveValidator.ValidDirective valid, vn.gov.ubnd.workflow.accounts.Person by) {
    SourceDocument given = valid.sourceDocument();
    if (given == null) {
      return valid;
    }
    SourceDocument registered =
        sources.registerOnce(new RegisteredSource(given, now(), by)).document();
    List<String> problems = new java.util.ArrayList<>();
    if (given.date() != null
        && registered.date() != null
        && !given.date().equals(registered.date())) {
      problems.add(
          "Văn bản giao số "
              + registered.number()
              + " đã có trong sổ với ngày "
              + VN_DATE.format(registered.date())
              + ", nhiệm vụ này ghi ngày "
              + VN_DATE.format(given.date())
              + ": sửa ngày văn bản cho khớp, hoặc để trống để lấy theo sổ.");
    }
    boolean kindGiven =
        valid.input().sourceDocument() != null
            && SourceKind.parse(valid.input().sourceDocument().kind()).isPresent();
    if (kindGiven && registered.kind() != null && given.kind() != registered.kind()) {
      problems.add(
          "Văn bản giao số "
              + registered.number()
              + " đã có trong sổ là «"
              + registered.kind().label()
              + "», nhiệm vụ này ghi «"
              + given.kind().label()
              + "»: sửa loại văn bản cho khớp, hoặc để trống để lấy theo sổ.");
    }
    if (!problems.isEmpty()) {
      throw new DirectiveValidationException(problems);
    }
    return valid.withSourceDocument(given.filledFrom(registered));
  }

  public void recordProgress(DirectiveStep step, String note) {
    if (note == null || note.isBlank()) {
      throw new InvalidProcessDataException("báo cáo tiến độ không có nội dung (progressNote)");
    }
    store.update(
        step.directiveId(),
        DirectiveHistory.ownedBy(step, d -> d.withProgress(note.trim(), now())),
        d -> history.event(d, step, "PROGRESS", d.leadAgency(), "Báo cáo tiến độ: " + note.trim()));
  }

  public Directive recordCompletion(
      DirectiveStep step, String completionDate, String result, String evidence) {
    return recordCompletion(step, completionDate, result, evidence, null);
  }

  /**
   * Records the completion the agency reported ({@code step}'s person) and the office confirmed.
   *
   * @param confirmedBy who confirmed it, or null
   */
  public Directive recordCompletion(
      DirectiveStep step,
      String completionDate,
      String result,
      String evidence,
      vn.gov.ubnd.workflow.accounts.Person confirmedBy) {
    LocalDate completedOn;
    try {
      completedOn = LocalDate.parse(completionDate.substring(0, 10));
    } catch (RuntimeException e) {
      throw new InvalidProcessDataException(
          "ngày hoàn thành \""
              + completionDate
              + "\" không hợp lệ: sửa biến completionDate (năm-tháng-ngày) rồi thử lại");
    }
    return store.update(
        step.directiveId(),
        DirectiveHistory.ownedBy(
            step,
            d ->
                d.status() == Directive.Status.COMPLETED
                    ? d
                    : d.withCompletion(completedOn, result, evidence, now())),
        done ->
            history.event(
                done,
                step,
                done.completedOnTime() ? "COMPLETED_ON_TIME" : "COMPLETED_LATE",
                catalog.office().code(),
                "Hoàn thành ngày "
                    + VN_DATE.format(done.completedOn())
                    + (done.completedOnTime() ? " (đúng hạn)" : " (quá hạn)")
                    + (confirmedBy == null || confirmedBy.username() == null
                        ? ""
                        : "; Văn phòng xác nhận: " + confirmedBy.label())));
  }

  public Directive recordWithdrawal(DirectiveStep step, String reason) {
    return store.update(
        step.directiveId(),
        DirectiveHistory.ownedBy(
            step,
            d ->
                d.status() == Directive.Status.WITHDRAWN
                    ? d
                    : d.withWithdrawal(today(), reason, now())),
        withdrawn ->
            history.event(
                withdrawn,
                step,
                "WITHDRAWN",
                catalog.office().code(),
                "Thôi thực hiện nhiệm vụ"
                    + (reason == null || reason.isBlank() ? "" : ": " + reason.trim())));
  }
}

package vn.gov.ubnd.workflow.directives;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.council.AnswerCategory;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * A directive's own life: registration, progress, completion and withdrawal, each recorded on the
 * directive and in its history (the ladder is {@link FollowUpService}'s, leaders' decisions {@link
 * DirectiveDecisionService}'s). Every method may be called again for the same step (a retried job)
 * without doing anything twice.
 */
@Service
class DirectiveService {

  private final DirectiveStore store;
  private final DirectiveHistory history;
  private final Catalog catalog;
  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final DirectiveValidator validator;
  private final SourceRegister sourceRegister;

  public DirectiveService(
      DirectiveStore store,
      SourceRegister sourceRegister,
      DirectiveHistory history,
      Catalog catalog,
      WorkingDayCalendar calendar,
      DirectiveValidator validator,
      Clock clock) {
    this.store = store;
    this.sourceRegister = sourceRegister;
    this.history = history;
    this.catalog = catalog;
    this.calendar = calendar;
    this.clock = clock;
    this.validator = validator;
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
  public Directive register(DirectiveInput input, long processInstanceKey, Person registeredBy) {
    DirectiveValidator.ValidDirective valid =
        sourceRegister.withRegisteredSource(
            validator.validate(input, today()), registeredBy, now());
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
                    : ", thời hạn " + OfficeInput.vn(directive.deadline()))
                + (valid.requestedDeadline() != null
                        && !valid.requestedDeadline().equals(valid.deadline())
                    ? " (hạn "
                        + OfficeInput.vn(valid.requestedDeadline())
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
   * A coordinating agency's contribution, kept on the directive and in its history; sent again (a
   * retried job, a message delivered twice), it is kept once.
   */
  public Directive recordContribution(DirectiveStep step, Contribution contribution) {
    if (contribution == null
        || contribution.contributionId() == null
        || contribution.text() == null
        || contribution.text().isBlank()) {
      throw new InvalidProcessDataException(
          "ý kiến phối hợp không có nội dung (biến contribution): gửi lại từ Cổng xử lý công"
              + " việc");
    }
    return store.update(
        step.directiveId(),
        DirectiveHistory.ownedBy(
            step,
            d -> {
              if (!d.coordinatingAgencies().contains(contribution.agency())) {
                throw new InvalidProcessDataException(
                    contribution.agency()
                        + " không phải đơn vị phối hợp của nhiệm vụ "
                        + d.directiveId()
                        + ": chỉ đơn vị phối hợp gửi ý kiến phối hợp");
              }
              return d.withContribution(contribution, now());
            }),
        d ->
            history.event(
                d,
                step,
                contribution.contributionId(),
                "CONTRIBUTION",
                contribution.agency(),
                "Ý kiến phối hợp của "
                    + contribution.agencyName()
                    + ": "
                    + contribution.text().trim()
                    + (contribution.file() == null
                        ? ""
                        : " (kèm tệp " + contribution.file().fileName() + ")")));
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
    return recordCompletion(step, completionDate, result, evidence, null, null);
  }

  /**
   * Records the completion the agency reported ({@code step}'s person) and the office confirmed.
   *
   * @param answerCategory a petition's answer as the office accepted it, or null
   * @param confirmedBy who confirmed it, or null
   */
  public Directive recordCompletion(
      DirectiveStep step,
      String completionDate,
      String result,
      String evidence,
      AnswerCategory answerCategory,
      Person confirmedBy) {
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
                    : d.withCompletion(completedOn, result, evidence, answerCategory, now())),
        done ->
            history.event(
                done,
                step,
                done.completedOnTime() ? "COMPLETED_ON_TIME" : "COMPLETED_LATE",
                catalog.office().code(),
                (answerCategory == null
                        ? "Hoàn thành ngày "
                        : "Trả lời kiến nghị (" + answerCategory.label() + ") ngày ")
                    + OfficeInput.vn(done.completedOn())
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

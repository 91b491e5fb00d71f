package vn.gov.ubnd.workflow.directives;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Department;
import vn.gov.ubnd.workflow.catalog.Leader;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;
import vn.gov.ubnd.workflow.notify.Notice;
import vn.gov.ubnd.workflow.notify.Notifier;
import vn.gov.ubnd.workflow.notify.Recipient;

/**
 * The rules of directive follow-up: registration, the ladder, extension, completion and withdrawal,
 * each recorded on the directive and in its history. Every method may be called again for the same
 * step (a retried job) without doing anything twice.
 */
@Service
public class DirectiveService {

  static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Working days a leader has to decide on an overdue directive. */
  private static final int DECISION_WORKING_DAYS = 2;

  private final DirectiveStore store;
  private final Catalog catalog;
  private final WorkingDayCalendar calendar;
  private final Notifier notifier;
  private final Clock clock;
  private final DirectiveValidator validator;
  private final FollowUpPlanner planner;

  public DirectiveService(
      DirectiveStore store,
      Catalog catalog,
      WorkingDayCalendar calendar,
      Notifier notifier,
      Clock clock) {
    this.store = store;
    this.catalog = catalog;
    this.calendar = calendar;
    this.notifier = notifier;
    this.clock = clock;
    this.validator = new DirectiveValidator(catalog, calendar);
    this.planner = new FollowUpPlanner(calendar);
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
    DirectiveValidator.ValidDirective valid = validator.validate(input, today());
    Directive directive =
        new Directive(
            input.directiveId().trim(),
            input.title().trim(),
            input.content() == null ? "" : input.content().trim(),
            valid.sourceDocument(),
            valid.workProgrammeItem(),
            valid.centralGovernmentTask(),
            valid.leadAgency().code(),
            valid.leadAgency().name(),
            valid.coordinatingAgencies(),
            valid.leaderInCharge().code(),
            valid.leaderInCharge().name(),
            valid.assignedOn(),
            valid.deadline(),
            valid.deadline(),
            0,
            Directive.Status.IN_PROGRESS,
            false,
            0,
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            processInstanceKey,
            now());
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

  public List<PlannedFollowUp> planFollowUps(DirectiveStep step, List<LadderStep> ladder) {
    Directive directive = require(step);
    if (directive.deadline() == null) {
      return List.of();
    }
    boolean leaderIsChair = catalog.chair().code().equals(directive.leaderInCharge());
    return planner.plan(directive.deadline(), ladder, leaderIsChair, now());
  }

  /**
   * A follow-up step that was sent, with what the process needs for a leader's decision task.
   *
   * @param level ladder level
   * @param code ladder code
   * @param name Vietnamese name of the step
   * @param recipientName who received it
   * @param candidateGroup Tasklist group of the recipient, for a decision task
   * @param decisionDue ISO date-time by which a leader's decision is expected
   * @param needsDecision whether the recipient gets a task to decide
   */
  public record SentFollowUp(
      int level,
      String code,
      String name,
      String recipientName,
      String candidateGroup,
      String decisionDue,
      boolean needsDecision) {}

  public SentFollowUp sendFollowUp(DirectiveStep at, PlannedFollowUp step) {
    String directiveId = at.directiveId();
    long stepKey = at.stepKey();
    Directive directive = require(at);
    Department agency = catalog.department(directive.leadAgency()).orElseThrow();
    Leader inCharge = catalog.leader(directive.leaderInCharge()).orElseThrow();
    Recipient agencyHead = new Recipient(agency.headTitle(), agency.email());
    Recipient office = new Recipient(catalog.office().name(), catalog.office().email());
    Recipient to;
    String group;
    List<Recipient> cc = new ArrayList<>();
    switch (step.recipient()) {
      case "LEAD_AGENCY" -> {
        to = agencyHead;
        group = agency.candidateGroup();
        cc.add(office);
      }
      case "LEADER_IN_CHARGE" -> {
        to = new Recipient(inCharge.title() + " " + inCharge.name(), inCharge.email());
        group = inCharge.candidateGroup();
        cc.add(agencyHead);
        cc.add(office);
      }
      case "CHAIR" -> {
        Leader chair = catalog.chair();
        to = new Recipient(chair.title() + " " + chair.name(), chair.email());
        group = chair.candidateGroup();
        cc.add(agencyHead);
        cc.add(office);
      }
      default ->
          throw new InvalidProcessDataException(
              "bậc đôn đốc "
                  + step.code()
                  + " có người nhận không biết: "
                  + step.recipient()
                  + " (sửa bảng quyết định escalation-ladder: LEAD_AGENCY, LEADER_IN_CHARGE hoặc CHAIR)");
    }
    boolean overdueStep = step.level() >= 1;
    String deadlineText =
        directive.deadline() == null ? "không có" : VN_DATE.format(directive.deadline());
    String subject =
        (overdueStep ? "[Quá hạn] " : "[Nhắc việc] ") + step.name() + ": " + directive.title();
    String body =
        "Nhiệm vụ: "
            + directive.title()
            + " (số hiệu "
            + directive.directiveId()
            + ")\n"
            + "Đơn vị chủ trì: "
            + directive.leadAgencyName()
            + "\n"
            + "Thời hạn: "
            + deadlineText
            + "\n"
            + (overdueStep
                ? "Nhiệm vụ đã quá thời hạn mà chưa được báo cáo hoàn thành. Đề nghị khẩn trương thực hiện và báo cáo kết quả.\n"
                : "Nhiệm vụ sắp đến hạn. Đề nghị đơn vị chủ trì hoàn thành và báo cáo đúng thời hạn.\n")
            + "Văn phòng UBND tỉnh theo dõi, đôn đốc.";
    String noticeId =
        directiveId + ":follow-up:" + step.level() + ":" + deadlineText + ":" + stepKey;
    notifier.send(new Notice(noticeId, step.code(), subject, body, List.of(to), cc, directiveId));
    OffsetDateTime now = now();
    List<String> recipients = new ArrayList<>();
    recipients.add(to.toString());
    cc.forEach(r -> recipients.add(r.toString()));
    store.update(
        directiveId,
        d ->
            d.withFollowUp(
                new FollowUp(step.level(), step.code(), now, d.deadline(), recipients),
                overdueStep,
                now),
        d ->
            new DirectiveEvent(
                directiveId + ":follow-up:" + stepKey,
                directiveId,
                step.code(),
                now,
                catalog.office().code(),
                step.name() + " gửi " + to.name(),
                recipients,
                directive.deadline(),
                null));
    String decisionDue =
        calendar
            .addWorkingDays(today(), DECISION_WORKING_DAYS)
            .atTime(17, 0)
            .atZone(FollowUpPlanner.VIETNAM)
            .toOffsetDateTime()
            .toString();
    return new SentFollowUp(
        step.level(),
        step.code(),
        step.name(),
        to.name(),
        group,
        decisionDue,
        step.needsDecision());
  }

  public void recordProgress(DirectiveStep step, String note) {
    if (note == null || note.isBlank()) {
      throw new InvalidProcessDataException("báo cáo tiến độ không có nội dung (progressNote)");
    }
    store.update(
        step.directiveId(),
        ownedBy(step, d -> d.withProgress(note.trim(), now())),
        d ->
            event(
                d, step.stepKey(), "PROGRESS", d.leadAgency(), "Báo cáo tiến độ: " + note.trim()));
  }

  /**
   * The outcome of checking a leader's decision on more time.
   *
   * @param valid whether the decision can be applied
   * @param problem what is wrong, for the leader's form, when not
   */
  public record DecisionCheck(boolean valid, String problem) {}

  public DecisionCheck recordExtensionDecision(
      DirectiveStep step, boolean approved, String newDeadline, String note, String decidedBy) {
    long stepKey = step.stepKey();
    Directive directive = require(step);
    if (approved) {
      String problem = checkNewDeadline(directive, newDeadline);
      if (problem != null) {
        return new DecisionCheck(false, problem);
      }
      recordApprovedExtension(
          directive, newDeadline, decidedBy, "Đồng ý gia hạn đến", note, stepKey);
    } else {
      if (note == null || note.isBlank()) {
        return new DecisionCheck(false, "Khi không đồng ý gia hạn, cần ghi rõ lý do.");
      }
      store.record(
          event(
              directive,
              stepKey,
              "EXTENSION_REFUSED",
              decidedBy,
              "Không đồng ý gia hạn: " + note.trim()));
    }
    return new DecisionCheck(true, null);
  }

  public DecisionCheck recordLeaderDirection(
      DirectiveStep step,
      LeaderDirectionChoice direction,
      String newDeadline,
      String note,
      String decidedBy) {
    String directiveId = step.directiveId();
    long stepKey = step.stepKey();
    Directive directive = require(step);
    switch (direction) {
      case URGE -> {
        Department agency = catalog.department(directive.leadAgency()).orElseThrow();
        notifier.send(
            new Notice(
                directiveId + ":direction:" + stepKey,
                "LEADER_DIRECTION",
                "[Chỉ đạo] Đôn đốc thực hiện nhiệm vụ: " + directive.title(),
                "Lãnh đạo UBND tỉnh chỉ đạo: "
                    + (note == null || note.isBlank()
                        ? "khẩn trương hoàn thành nhiệm vụ."
                        : note.trim()),
                List.of(new Recipient(agency.headTitle(), agency.email())),
                List.of(new Recipient(catalog.office().name(), catalog.office().email())),
                directiveId));
        store.record(
            event(
                directive,
                stepKey,
                "LEADER_URGED",
                decidedBy,
                "Lãnh đạo chỉ đạo đôn đốc" + (note == null ? "" : ": " + note)));
      }
      case EXTEND -> {
        String problem = checkNewDeadline(directive, newDeadline);
        if (problem != null) {
          return new DecisionCheck(false, problem);
        }
        recordApprovedExtension(
            directive, newDeadline, decidedBy, "Lãnh đạo cho gia hạn đến", null, stepKey);
      }
      case WITHDRAW -> {
        if (note == null || note.isBlank()) {
          return new DecisionCheck(false, "Khi cho thôi thực hiện nhiệm vụ, cần ghi rõ lý do.");
        }
      }
    }
    return new DecisionCheck(true, null);
  }

  private String checkNewDeadline(Directive directive, String newDeadline) {
    if (newDeadline == null || newDeadline.isBlank()) {
      return "Cần ghi thời hạn mới.";
    }
    LocalDate date;
    try {
      date = LocalDate.parse(newDeadline.substring(0, Math.min(10, newDeadline.length())));
    } catch (RuntimeException e) {
      return "Thời hạn mới \"" + newDeadline + "\" không phải ngày hợp lệ.";
    }
    if (directive.deadline() != null && !date.isAfter(directive.deadline())) {
      return "Thời hạn mới ("
          + VN_DATE.format(date)
          + ") phải sau thời hạn hiện tại ("
          + VN_DATE.format(directive.deadline())
          + ").";
    }
    if (date.isBefore(today())) {
      return "Thời hạn mới (" + VN_DATE.format(date) + ") đã qua.";
    }
    return null;
  }

  /** Applies an approved extension; returns the deadline now in force (on a working day). */
  public Directive applyExtension(DirectiveStep step, String newDeadline) {
    LocalDate deadline = calendar.onOrNextWorkingDay(LocalDate.parse(newDeadline.substring(0, 10)));
    return store.update(
        step.directiveId(),
        // Applied already (a retried job): the same deadline, no second count.
        ownedBy(step, d -> deadline.equals(d.deadline()) ? d : d.withExtension(deadline, now())),
        d ->
            event(
                d,
                step.stepKey(),
                "EXTENDED",
                catalog.office().code(),
                "Gia hạn lần " + d.extensionCount() + " đến " + VN_DATE.format(deadline)));
  }

  public Directive recordCompletion(
      DirectiveStep step, String completionDate, String result, String evidence) {
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
        ownedBy(
            step,
            d ->
                d.status() == Directive.Status.COMPLETED
                    ? d
                    : d.withCompletion(completedOn, result, evidence, now())),
        done ->
            event(
                done,
                step.stepKey(),
                done.completedOnTime() ? "COMPLETED_ON_TIME" : "COMPLETED_LATE",
                catalog.office().code(),
                "Xác nhận hoàn thành ngày "
                    + VN_DATE.format(done.completedOn())
                    + (done.completedOnTime() ? " (đúng hạn)" : " (quá hạn)")));
  }

  public Directive recordWithdrawal(DirectiveStep step, String reason) {
    return store.update(
        step.directiveId(),
        ownedBy(
            step,
            d ->
                d.status() == Directive.Status.WITHDRAWN
                    ? d
                    : d.withWithdrawal(today(), reason, now())),
        withdrawn ->
            event(
                withdrawn,
                step.stepKey(),
                "WITHDRAWN",
                catalog.office().code(),
                "Thôi thực hiện nhiệm vụ"
                    + (reason == null || reason.isBlank() ? "" : ": " + reason.trim())));
  }

  private Directive require(DirectiveStep step) {
    Directive directive =
        store
            .find(step.directiveId())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "nhiệm vụ "
                            + step.directiveId()
                            + " không có trong chỉ mục: kiểm tra chỉ mục tìm kiếm rồi thử lại bước này"));
    checkOwner(directive, step);
    return directive;
  }

  /** A change that refuses a directive another instance tracks. */
  private static UnaryOperator<Directive> ownedBy(
      DirectiveStep step, UnaryOperator<Directive> change) {
    return d -> {
      checkOwner(d, step);
      return change.apply(d);
    };
  }

  /**
   * A step acts only on the directive its own instance registered: a directiveId changed in the
   * instance (by hand, or by anything that got past the forms' output mappings) must not let it act
   * on another agency's directive.
   */
  private static void checkOwner(Directive directive, DirectiveStep step) {
    if (directive.processInstanceKey() != step.processInstanceKey()) {
      throw new InvalidProcessDataException(
          "nhiệm vụ "
              + step.directiveId()
              + " do phiên quy trình "
              + directive.processInstanceKey()
              + " theo dõi, không phải phiên này ("
              + step.processInstanceKey()
              + "): biến directiveId của phiên này đã bị đổi; đặt lại đúng số hiệu nhiệm vụ của"
              + " phiên này");
    }
  }

  /** An event of a directive the caller holds already (no second read of the index). */
  private DirectiveEvent event(
      Directive directive, long stepKey, String type, String actor, String description) {
    return new DirectiveEvent(
        directive.directiveId() + ":" + type.toLowerCase() + ":" + stepKey,
        directive.directiveId(),
        type,
        now(),
        actor,
        description,
        List.of(),
        directive.deadline(),
        null);
  }

  /** Both ways to more time (the leader in charge's review, the ladder) record it alike. */
  private void recordApprovedExtension(
      Directive directive,
      String newDeadline,
      String decidedBy,
      String lead,
      String note,
      long stepKey) {
    store.record(
        event(
            directive,
            stepKey,
            "EXTENSION_APPROVED",
            decidedBy,
            lead
                + " "
                + VN_DATE.format(LocalDate.parse(newDeadline.substring(0, 10)))
                + (note == null ? "" : ": " + note)));
  }
}

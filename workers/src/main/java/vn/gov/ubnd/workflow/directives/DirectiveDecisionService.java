package vn.gov.ubnd.workflow.directives;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Department;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.notify.Notice;
import vn.gov.ubnd.workflow.notify.Notifier;
import vn.gov.ubnd.workflow.notify.Recipient;

/**
 * Leaders' decisions on a directive: an extension asked for, the direction on an overdue one (urge,
 * extend, withdraw), checked before they apply and recorded in its history.
 */
@Service
class DirectiveDecisionService {

  private final DirectiveStore store;
  private final DirectiveHistory history;
  private final Catalog catalog;
  private final WorkingDayCalendar calendar;
  private final Notifier notifier;
  private final Clock clock;

  public DirectiveDecisionService(
      DirectiveStore store,
      DirectiveHistory history,
      Catalog catalog,
      WorkingDayCalendar calendar,
      Notifier notifier,
      Clock clock) {
    this.store = store;
    this.history = history;
    this.catalog = catalog;
    this.calendar = calendar;
    this.notifier = notifier;
    this.clock = clock;
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
    Directive directive = history.require(step);
    if (approved) {
      String problem = checkNewDeadline(directive, newDeadline);
      if (problem != null) {
        return new DecisionCheck(false, problem);
      }
      recordApprovedExtension(directive, newDeadline, decidedBy, "Đồng ý gia hạn đến", note, step);
    } else {
      if (note == null || note.isBlank()) {
        return new DecisionCheck(false, "Khi không đồng ý gia hạn, cần ghi rõ lý do.");
      }
      store.record(
          history.event(
              directive,
              step,
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
    Directive directive = history.require(step);
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
            history.event(
                directive,
                step,
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
            directive, newDeadline, decidedBy, "Lãnh đạo cho gia hạn đến", null, step);
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
          + OfficeInput.vn(date)
          + ") phải sau thời hạn hiện tại ("
          + OfficeInput.vn(directive.deadline())
          + ").";
    }
    if (date.isBefore(LocalDate.now(clock))) {
      return "Thời hạn mới (" + OfficeInput.vn(date) + ") đã qua.";
    }
    return null;
  }

  /** Applies an approved extension; returns the deadline now in force (on a working day). */
  public Directive applyExtension(DirectiveStep step, String newDeadline) {
    LocalDate deadline = calendar.onOrNextWorkingDay(LocalDate.parse(newDeadline.substring(0, 10)));
    return store.update(
        step.directiveId(),
        // Applied already (a retried job): the same deadline, no second count.
        DirectiveHistory.ownedBy(
            step,
            d -> deadline.equals(d.deadline()) ? d : d.withExtension(deadline, history.now())),
        d ->
            history.event(
                d,
                step,
                "EXTENDED",
                catalog.office().code(),
                "Gia hạn lần " + d.extensionCount() + " đến " + OfficeInput.vn(deadline)));
  }

  /** Both ways to more time (the leader in charge's review, the ladder) record it alike. */
  private void recordApprovedExtension(
      Directive directive,
      String newDeadline,
      String decidedBy,
      String lead,
      String note,
      DirectiveStep step) {
    store.record(
        history.event(
            directive,
            step,
            "EXTENSION_APPROVED",
            decidedBy,
            lead
                + " "
                + OfficeInput.vn(LocalDate.parse(newDeadline.substring(0, 10)))
                + (note == null ? "" : ": " + note)));
  }
}

package vn.gov.ubnd.workflow.directives;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.notify.Notifier;
import vn.gov.ubnd.workflow.notify.Recipient;

/**
 * The escalation ladder of a directive: which steps fall when, and sending one (the notice, the
 * follow-up on the directive, its history event), once per step whatever the retries.
 */
@Service
class FollowUpService {

  /** Working days a leader has to decide on an overdue directive. */
  private static final int DECISION_WORKING_DAYS = 2;

  private final DirectiveStore store;
  private final DirectiveHistory history;
  private final Catalog catalog;
  private final WorkingDayCalendar calendar;
  private final Notifier notifier;
  private final Clock clock;
  private final FollowUpPlanner planner;
  private final FollowUpNotices notices;

  public FollowUpService(
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
    this.planner = new FollowUpPlanner(calendar);
    this.notices = new FollowUpNotices(catalog);
  }

  public List<PlannedFollowUp> planFollowUps(DirectiveStep step, List<LadderStep> ladder) {
    Directive directive = history.require(step);
    if (directive.deadline() == null) {
      return List.of();
    }
    boolean leaderIsChair = catalog.chair().code().equals(directive.leaderInCharge());
    return planner.plan(directive.deadline(), ladder, leaderIsChair, history.now());
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
    Directive directive = history.require(at);
    FollowUpNotices.Addressees addressees = notices.addressees(directive, step);
    Recipient to = addressees.to();
    List<Recipient> cc = addressees.cc();
    boolean overdueStep = step.level() >= 1;
    notifier.send(notices.notice(directive, step, addressees, stepKey));
    OffsetDateTime now = history.now();
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
            .addWorkingDays(LocalDate.now(clock), DECISION_WORKING_DAYS)
            .atTime(17, 0)
            .atZone(FollowUpPlanner.VIETNAM)
            .toOffsetDateTime()
            .toString();
    return new SentFollowUp(
        step.level(),
        step.code(),
        step.name(),
        to.name(),
        addressees.candidateGroup(),
        decisionDue,
        step.needsDecision());
  }
}

package vn.gov.ubnd.workflow.directives;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.Variable;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * Decisions on more time, by the leader in charge or on the escalation ladder, and applying them.
 */
@Component
public class DirectiveExtensionWorker {

  private final DirectiveDecisionService decisions;
  private final DirectiveService directives;

  public DirectiveExtensionWorker(DirectiveDecisionService decisions, DirectiveService directives) {
    this.decisions = decisions;
    this.directives = directives;
  }

  /**
   * Whether a decision can be applied, and why not.
   *
   * @param decisionValid false sends the task back to the leader
   * @param decisionProblem shown in the leader's form
   */
  public record Checked(boolean decisionValid, String decisionProblem) {
    static Checked of(DirectiveDecisionService.DecisionCheck check) {
      return new Checked(check.valid(), check.problem());
    }
  }

  /** The leader's answer to an extension request, with the directive it is about. */
  public record ExtensionDecision(
      String directiveId,
      String extensionDecision,
      String newDeadline,
      String extensionDecisionNote,
      String leaderInCharge,
      Person decidedBy) {}

  @JobWorker(type = "recordExtensionDecision")
  public Checked recordExtensionDecision(ActivatedJob job, @VariablesAsType ExtensionDecision in) {
    var answer = ExtensionAnswer.of(in.extensionDecision());
    if (answer.isEmpty()) {
      return new Checked(false, "Chọn đồng ý hoặc không đồng ý gia hạn.");
    }
    return Checked.of(
        decisions.recordExtensionDecision(
            DirectiveStep.of(job, in.directiveId(), in.decidedBy()),
            answer.get() == ExtensionAnswer.APPROVED,
            in.newDeadline(),
            in.extensionDecisionNote(),
            in.leaderInCharge()));
  }

  /** The leader's direction on an overdue directive, with the follow-up it answers. */
  public record LeaderDirection(
      String directiveId,
      String leaderDirection,
      String newDeadline,
      String directionNote,
      FollowUpService.SentFollowUp currentFollowUp,
      Person decidedBy) {}

  @JobWorker(type = "recordLeaderDirection")
  public Checked recordLeaderDirection(ActivatedJob job, @VariablesAsType LeaderDirection in) {
    var choice = LeaderDirectionChoice.of(in.leaderDirection());
    if (choice.isEmpty()) {
      return new Checked(false, "Chọn một hướng chỉ đạo: đôn đốc, gia hạn hoặc thôi thực hiện.");
    }
    return Checked.of(
        decisions.recordLeaderDirection(
            DirectiveStep.of(job, in.directiveId(), in.decidedBy()),
            choice.get(),
            in.newDeadline(),
            in.directionNote(),
            in.currentFollowUp() == null ? null : in.currentFollowUp().candidateGroup()));
  }

  /**
   * The deadline in force after the extension.
   *
   * @param deadline new deadline, ISO date, moved to a working day
   * @param deadlineText the same, as the office writes it (05/03/2026)
   * @param extensionCount extensions so far
   * @param workingDaysAllowed working days from today to the new deadline, for the ladder
   */
  public record Extended(
      String deadline, String deadlineText, int extensionCount, int workingDaysAllowed) {}

  @JobWorker(type = "applyExtension")
  public Extended applyExtension(
      ActivatedJob job,
      @Variable String directiveId,
      @Variable String newDeadline,
      @Variable Person decidedBy) {
    if (newDeadline == null || newDeadline.isBlank()) {
      throw new InvalidProcessDataException(
          "biến newDeadline không có: thời hạn mới phải được ghi trong quyết định gia hạn");
    }
    Directive extended =
        decisions.applyExtension(DirectiveStep.of(job, directiveId, decidedBy), newDeadline);
    return new Extended(
        extended.deadline().toString(),
        OfficeInput.vn(extended.deadline()),
        extended.extensionCount(),
        Math.max(0, directives.workingDaysBetween(directives.today(), extended.deadline())));
  }
}

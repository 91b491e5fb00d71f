package vn.gov.ubnd.workflow.directives;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.Variable;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;

/** The follow-up ladder: plans its dates from the DMN ladder, sends each step when due. */
@Component
public class FollowUpWorker {

  private final FollowUpService followUps;

  public FollowUpWorker(FollowUpService followUps) {
    this.followUps = followUps;
  }

  /**
   * The steps still to come and the next one (null when none is left).
   *
   * @param followUpPlan steps after the next one
   * @param nextFollowUp the step the process waits for now
   */
  public record Plan(List<PlannedFollowUp> followUpPlan, PlannedFollowUp nextFollowUp) {
    static Plan of(List<PlannedFollowUp> steps) {
      return steps.isEmpty()
          ? new Plan(List.of(), null)
          : new Plan(List.copyOf(steps.subList(1, steps.size())), steps.get(0));
    }
  }

  @JobWorker(type = "planFollowUps")
  public Plan planFollowUps(
      ActivatedJob job, @Variable String directiveId, @Variable LadderStep[] ladder) {
    if (ladder == null) {
      throw new InvalidProcessDataException(
          "biến ladder không có: bước \"Xác định thang đôn đốc\" (DMN escalation-ladder) phải chạy trước");
    }
    return Plan.of(
        followUps.planFollowUps(DirectiveStep.of(job, directiveId, null), List.of(ladder)));
  }

  /**
   * After a step was sent.
   *
   * @param currentFollowUp the step just sent, with the group of a leader who must decide
   * @param followUpPlan steps after the next one
   * @param nextFollowUp the next step, or null
   * @param escalationLevel the highest level reached
   */
  public record Sent(
      FollowUpService.SentFollowUp currentFollowUp,
      List<PlannedFollowUp> followUpPlan,
      PlannedFollowUp nextFollowUp,
      int escalationLevel) {}

  @JobWorker(type = "sendFollowUpNotice")
  public Sent sendFollowUpNotice(
      ActivatedJob job,
      @Variable String directiveId,
      @Variable PlannedFollowUp nextFollowUp,
      @Variable PlannedFollowUp[] followUpPlan) {
    if (nextFollowUp == null) {
      throw new InvalidProcessDataException("biến nextFollowUp không có: không còn bậc nào để gửi");
    }
    FollowUpService.SentFollowUp sent =
        followUps.sendFollowUp(DirectiveStep.of(job, directiveId, null), nextFollowUp);
    Plan rest = Plan.of(followUpPlan == null ? List.of() : List.of(followUpPlan));
    return new Sent(sent, rest.followUpPlan(), rest.nextFollowUp(), nextFollowUp.level());
  }
}

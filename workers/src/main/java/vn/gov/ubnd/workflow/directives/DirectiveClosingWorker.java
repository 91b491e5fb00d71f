package vn.gov.ubnd.workflow.directives;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.council.AnswerCategory;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;

/** The two ways a directive ends: confirmed completion, or withdrawal. */
@Component
public class DirectiveClosingWorker {

  private final DirectiveService directives;

  public DirectiveClosingWorker(DirectiveService directives) {
    this.directives = directives;
  }

  /**
   * How it ended.
   *
   * @param directiveStatus COMPLETED or WITHDRAWN
   * @param completedOnTime for a completion: by the deadline in force
   */
  public record Closed(String directiveStatus, Boolean completedOnTime) {}

  /** What the agency reported on completing the directive. */
  public record CompletionReport(
      String directiveId,
      String completionDate,
      String result,
      String evidenceReference,
      String answerCategory,
      Person reportedBy,
      Person confirmedBy) {}

  @JobWorker(type = "recordCompletion")
  public Closed recordCompletion(ActivatedJob job, @VariablesAsType CompletionReport in) {
    if (in.completionDate() == null || in.completionDate().isBlank()) {
      throw new InvalidProcessDataException(
          "biến completionDate không có: đơn vị chủ trì phải ghi ngày hoàn thành trong báo cáo");
    }
    Directive done =
        directives.recordCompletion(
            DirectiveStep.of(job, in.directiveId(), in.reportedBy()),
            in.completionDate(),
            in.result(),
            in.evidenceReference(),
            answerCategory(in.answerCategory()),
            in.confirmedBy());
    return new Closed(done.status().name(), done.completedOnTime());
  }

  /** A petition's category as its answer form sent it; none for a directive. */
  static AnswerCategory answerCategory(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    return AnswerCategory.parse(typed)
        .orElseThrow(
            () ->
                new InvalidProcessDataException(
                    "biến answerCategory \""
                        + typed
                        + "\" không phải một loại kết quả trả lời kiến nghị: sửa thành RESOLVED,"
                        + " IN_PROGRESS, EXPLAINED hoặc NOT_RESOLVABLE rồi thử lại"));
  }

  /** Why the directive is withdrawn: the office's message or the leader's direction. */
  public record Withdrawal(
      String directiveId, String withdrawalReason, String directionNote, Person decidedBy) {}

  @JobWorker(type = "recordWithdrawal")
  public Closed recordWithdrawal(ActivatedJob job, @VariablesAsType Withdrawal in) {
    String reason =
        in.withdrawalReason() != null && !in.withdrawalReason().isBlank()
            ? in.withdrawalReason()
            : in.directionNote();
    Directive withdrawn =
        directives.recordWithdrawal(
            DirectiveStep.of(job, in.directiveId(), in.decidedBy()), reason);
    return new Closed(withdrawn.status().name(), null);
  }
}

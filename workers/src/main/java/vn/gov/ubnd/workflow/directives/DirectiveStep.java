package vn.gov.ubnd.workflow.directives;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;

/**
 * One step of a directive's process: which directive it acts on, the instance that tracks it (a
 * step may act only on its own instance's directive), the step's own key, which makes what it
 * records idempotent when the step is retried, and the person whose task led to it.
 *
 * @param directiveId the directive, as the process holds it
 * @param processInstanceKey the instance the step belongs to
 * @param stepKey the element instance of the step
 * @param performedBy who completed the task the step records (in the portal), or null
 */
record DirectiveStep(
    String directiveId, long processInstanceKey, long stepKey, Person performedBy) {

  public DirectiveStep(String directiveId, long processInstanceKey, long stepKey) {
    this(directiveId, processInstanceKey, stepKey, null);
  }

  /** The step a job is, on the directive its instance names. */
  static DirectiveStep of(ActivatedJob job, String directiveId, Person performedBy) {
    if (directiveId == null || directiveId.isBlank()) {
      throw new InvalidProcessDataException(
          "biến directiveId không có: phiên quy trình thiếu số hiệu nhiệm vụ");
    }
    return new DirectiveStep(
        directiveId,
        job.getProcessInstanceKey(),
        job.getElementInstanceKey(),
        performedBy == null || performedBy.username() == null ? null : performedBy);
  }
}

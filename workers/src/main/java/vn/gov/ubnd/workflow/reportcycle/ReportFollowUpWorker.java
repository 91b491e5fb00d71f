package vn.gov.ubnd.workflow.reportcycle;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * Reminders and follow-ups of the cycle: departments before and after their deadline, the chair.
 */
@Component
public class ReportFollowUpWorker {

  private final ReportCycleNotices notices;

  public ReportFollowUpWorker(ReportCycleNotices notices) {
    this.notices = notices;
  }

  @JobWorker(type = "sendSectionReminder")
  public void sendSectionReminder(
      ActivatedJob job,
      @Variable SectionAssignment assignment,
      @Variable String cycleTitle,
      @Variable String sessionName) {
    notices.remind(assignment, cycleTitle, sessionName, job.getElementInstanceKey());
  }

  /** The assignment is late from now on. */
  public record MarkedLate(boolean late) {}

  @JobWorker(type = "sendSectionFollowUp")
  public MarkedLate sendSectionFollowUp(
      ActivatedJob job,
      @Variable SectionAssignment assignment,
      @Variable String cycleTitle,
      @Variable String sessionName) {
    notices.followUp(assignment, cycleTitle, sessionName, job.getElementInstanceKey());
    return new MarkedLate(true);
  }

  /** The assignment's outcome when the cut-off closed it. */
  public record Closed(SectionResult sectionResult) {}

  @JobWorker(type = "closeMissingSection")
  public Closed closeMissingSection(@Variable SectionAssignment assignment) {
    return new Closed(
        new SectionResult(
            assignment.departmentCode(),
            assignment.departmentName(),
            SectionOutcome.MISSING,
            true,
            null));
  }

  @JobWorker(type = "sendSignOffReminder")
  public void sendSignOffReminder(
      ActivatedJob job,
      @Variable String cycleTitle,
      @Variable String sessionName,
      @Variable String submissionDueDateText) {
    notices.remindSignOff(
        cycleTitle, sessionName, submissionDueDateText, job.getElementInstanceKey());
  }
}

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

  private final ReportCycleService cycles;

  public ReportFollowUpWorker(ReportCycleService cycles) {
    this.cycles = cycles;
  }

  @JobWorker(type = "sendSectionReminder")
  public void sendSectionReminder(
      ActivatedJob job,
      @Variable SectionAssignment assignment,
      @Variable String cycleTitle,
      @Variable String sessionName) {
    cycles.remind(assignment, cycleTitle, sessionName, job.getElementInstanceKey());
  }

  /** The assignment is late from now on. */
  public record MarkedLate(boolean late) {}

  @JobWorker(type = "sendSectionFollowUp")
  public MarkedLate sendSectionFollowUp(
      ActivatedJob job,
      @Variable SectionAssignment assignment,
      @Variable String cycleTitle,
      @Variable String sessionName) {
    cycles.followUp(assignment, cycleTitle, sessionName, job.getElementInstanceKey());
    return new MarkedLate(true);
  }

  /** The assignment's outcome when the cut-off closed it. */
  public record Closed(SectionResult sectionResult) {}

  @JobWorker(type = "closeMissingSection")
  public Closed closeMissingSection(@Variable SectionAssignment assignment) {
    return new Closed(
        new SectionResult(
            assignment.departmentCode(), assignment.departmentName(), "MISSING", true, null));
  }

  @JobWorker(type = "sendSignOffReminder")
  public void sendSignOffReminder(
      ActivatedJob job,
      @Variable String cycleTitle,
      @Variable String sessionName,
      @Variable String submissionDueDateText) {
    cycles.remindSignOff(
        cycleTitle, sessionName, submissionDueDateText, job.getElementInstanceKey());
  }
}

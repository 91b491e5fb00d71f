package vn.gov.ubnd.workflow.councilreport;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.documents.IssuedReport;

/** Numbers the signed answer report in the committee's series and writes the final document. */
@Component
public class AnswerReportIssueWorker {

  private final AnswerReports reports;

  public AnswerReportIssueWorker(AnswerReports reports) {
    this.reports = reports;
  }

  /** The report, and who signed as the office chose. */
  public record IssueRequest(String answerReportId, String signingLeader) {}

  @JobWorker(type = "issueAnswerReport")
  public IssuedReport.Variables issueAnswerReport(
      ActivatedJob job, @VariablesAsType IssueRequest in) {
    return reports
        .issue(job.getProcessInstanceKey(), in.answerReportId(), in.signingLeader())
        .variables();
  }
}

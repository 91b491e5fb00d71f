package vn.gov.ubnd.workflow.councilreport;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;

/** Numbers the signed answer report in the committee's series and writes the final document. */
@Component
public class AnswerReportIssueWorker {

  private final AnswerReports reports;

  public AnswerReportIssueWorker(AnswerReports reports) {
    this.reports = reports;
  }

  /** The report, and who signed as the office chose. */
  public record IssueRequest(String answerReportId, String signingLeader) {}

  /** The issued report: "15/BC-UBND", its date and its file. */
  public record Issued(
      String documentNumber,
      String issuedOn,
      String finalDocumentName,
      String finalDocumentUrl,
      String signerName) {}

  @JobWorker(type = "issueAnswerReport")
  public Issued issueAnswerReport(ActivatedJob job, @VariablesAsType IssueRequest in) {
    AnswerReports.Issued issued =
        reports.issue(job.getProcessInstanceKey(), in.answerReportId(), in.signingLeader());
    return new Issued(
        issued.number().formatted(),
        issued.issuedOn().toString(),
        issued.file().name(),
        issued.file().url(),
        issued.signerName());
  }
}

package vn.gov.ubnd.workflow.monthlyreport;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.documents.IssuedReport;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;
import vn.gov.ubnd.workflow.input.OfficeInput;

/** Numbers the signed monthly report in the office's series and writes the final document. */
@Component
public class MonthlyReportIssueWorker {

  private final MonthlyReportIssuing reports;

  public MonthlyReportIssueWorker(MonthlyReportIssuing reports) {
    this.reports = reports;
  }

  /** Who signs, from the sign-off form, and the report's own id (none before it existed). */
  public record IssueRequest(String signer, String deputyChief, String reportId) {}

  @JobWorker(type = "issueMonthlyReport")
  public IssuedReport.Variables issueMonthlyReport(
      ActivatedJob job, @VariablesAsType IssueRequest in) {
    return reports
        .issue(
            job.getProcessInstanceKey(),
            MonthlyReportIssuing.reference(in.reportId(), job.getProcessInstanceKey()),
            signer(in.signer()),
            in.deputyChief())
        .variables();
  }

  static OfficeSigner signer(String value) {
    if (OfficeInput.blank(value)) {
      return OfficeSigner.CHIEF;
    }
    try {
      return OfficeSigner.valueOf(value.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidProcessDataException(
          "Người ký (signer) \""
              + OfficeInput.shown(value)
              + "\" không hợp lệ: ghi CHIEF (Chánh Văn phòng ký) hoặc DEPUTY (Phó Chánh Văn phòng"
              + " ký thay).");
    }
  }
}

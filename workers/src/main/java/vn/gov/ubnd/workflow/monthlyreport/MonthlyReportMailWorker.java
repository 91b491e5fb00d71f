package vn.gov.ubnd.workflow.monthlyreport;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.Variable;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.notify.Notice;
import vn.gov.ubnd.workflow.notify.Recipient;

/** Mails the issued monthly report to the committee's leaders (once, whatever the retries). */
@Component
public class MonthlyReportMailWorker {

  private final MonthlyReportIssuing issuing;
  private final MonthlyReportMailing mailing;

  public MonthlyReportMailWorker(MonthlyReportIssuing issuing, MonthlyReportMailing mailing) {
    this.issuing = issuing;
    this.mailing = mailing;
  }

  @JobWorker(type = "sendMonthlyReport")
  public Map<String, Object> sendMonthlyReport(ActivatedJob job, @Variable String reportId) {
    long key = job.getProcessInstanceKey();
    Notice notice =
        mailing.send(
            key, MonthlyReportIssuing.reference(reportId, key), issuing.finalDocument(key));
    List<String> to = notice.to().stream().map(Recipient::toString).toList();
    return Map.of("mailedTo", to, "mailNoticeId", notice.noticeId());
  }
}

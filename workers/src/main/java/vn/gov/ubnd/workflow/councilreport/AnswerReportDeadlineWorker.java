package vn.gov.ubnd.workflow.councilreport;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Office;
import vn.gov.ubnd.workflow.notify.Notice;
import vn.gov.ubnd.workflow.notify.Notifier;
import vn.gov.ubnd.workflow.notify.Recipient;

/**
 * Warns the office, its chief in copy, that an answer report not issued yet is due soon, then that
 * it is late; once per warning whatever the retries.
 */
@Component
public class AnswerReportDeadlineWorker {

  private final Catalog catalog;
  private final Notifier notifier;

  public AnswerReportDeadlineWorker(Catalog catalog, Notifier notifier) {
    this.catalog = catalog;
    this.notifier = notifier;
  }

  /** The report and its due date. */
  public record Deadline(String reportTitle, String dueDateText) {}

  @JobWorker(type = "warnAnswerReportDue")
  public void warnAnswerReportDue(ActivatedJob job, @VariablesAsType Deadline in) {
    notifier.send(
        notice(
            "due-soon:" + job.getElementInstanceKey(),
            "ANSWER_REPORT_DUE_SOON",
            "[Nhắc việc] " + in.reportTitle() + ": hạn gửi Thường trực HĐND " + in.dueDateText(),
            in.reportTitle()
                + " phải gửi Thường trực HĐND tỉnh trước ngày "
                + in.dueDateText()
                + " mà chưa được ký ban hành. Đề nghị Văn phòng hoàn thiện dự thảo, trình lãnh đạo"
                + " ký kịp thời hạn."));
  }

  @JobWorker(type = "warnAnswerReportOverdue")
  public void warnAnswerReportOverdue(ActivatedJob job, @VariablesAsType Deadline in) {
    notifier.send(
        notice(
            "overdue:" + job.getElementInstanceKey(),
            "ANSWER_REPORT_OVERDUE",
            "[Quá hạn] " + in.reportTitle() + " chưa gửi Thường trực HĐND",
            "Đã đến hạn "
                + in.dueDateText()
                + " mà "
                + lowerFirst(in.reportTitle())
                + " chưa được ký ban hành, gửi Thường trực HĐND tỉnh. Đề nghị Chánh Văn phòng chỉ"
                + " đạo hoàn thành ngay."));
  }

  private Notice notice(String id, String kind, String subject, String body) {
    Office office = catalog.office();
    return new Notice(
        "council-answer-report:" + id,
        kind,
        subject,
        body,
        List.of(new Recipient(office.name(), office.email())),
        List.of(),
        "council-answer-report");
  }

  private static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}

package vn.gov.ubnd.workflow.councilreport;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.documents.DocumentStorage;
import vn.gov.ubnd.workflow.notify.CouncilSubmitter;
import vn.gov.ubnd.workflow.notify.NotifyProperties;
import vn.gov.ubnd.workflow.notify.Submission;
import vn.gov.ubnd.workflow.reportcycle.ReportCycleProperties;

/**
 * Sends the issued answer report to the Council's Standing Committee through the council report's
 * channels, once whatever the retries, and records whether it left after its due date.
 */
@Component
public class AnswerReportSubmissionWorker {

  private final DocumentStorage storage;
  private final CouncilSubmitter submitter;
  private final ReportCycleProperties properties;
  private final NotifyProperties notify;
  private final Catalog catalog;
  private final Clock clock;

  public AnswerReportSubmissionWorker(
      DocumentStorage storage,
      CouncilSubmitter submitter,
      ReportCycleProperties properties,
      NotifyProperties notify,
      Catalog catalog,
      Clock clock) {
    this.storage = storage;
    this.submitter = submitter;
    this.properties = properties;
    this.notify = notify;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** What the submission reads. */
  public record SendRequest(
      String answerReportId,
      String finalDocumentName,
      String documentNumber,
      String issuedOn,
      String reportTitle,
      String sessionName,
      String dueDate) {}

  /**
   * The submission.
   *
   * @param submissionChannels EMAIL and/or HTTP
   * @param submittedLate later than its due date before the session
   */
  public record Sent(String submittedAt, List<String> submissionChannels, boolean submittedLate) {}

  @JobWorker(type = "sendAnswerReport")
  public Sent sendAnswerReport(ActivatedJob job, @VariablesAsType SendRequest in)
      throws IOException {
    byte[] content = storage.issuedContent(in.finalDocumentName());
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("documentNumber", in.documentNumber());
    metadata.put("issuedOn", in.issuedOn());
    metadata.put("summary", in.reportTitle());
    metadata.put("session", in.sessionName());
    metadata.put("issuingBody", catalog.province().issuingBody());
    Submission submission =
        new Submission(
            "council-answer-report-" + in.answerReportId(),
            "Báo cáo số " + in.documentNumber() + ": " + in.reportTitle(),
            "Ủy ban nhân dân tỉnh gửi Thường trực Hội đồng nhân dân tỉnh Báo cáo số "
                + in.documentNumber()
                + " về "
                + in.reportTitle().replaceFirst("^Báo cáo ", "")
                + ".",
            in.finalDocumentName(),
            content,
            metadata);
    ReportCycleProperties.Council council = properties.council();
    List<String> channels =
        submitter.submit(
            submission,
            new CouncilSubmitter.Channels(
                notify.from(), council.mailTo(), council.httpEndpoint(), council.httpToken()));
    boolean late = LocalDate.now(clock).isAfter(LocalDate.parse(in.dueDate()));
    return new Sent(OffsetDateTime.now(clock).toString(), channels, late);
  }
}

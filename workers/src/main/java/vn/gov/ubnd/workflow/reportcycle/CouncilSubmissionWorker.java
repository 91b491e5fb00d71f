package vn.gov.ubnd.workflow.reportcycle;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.documents.DocumentStorage;
import vn.gov.ubnd.workflow.notify.CouncilSubmitter;
import vn.gov.ubnd.workflow.notify.NotifyProperties;
import vn.gov.ubnd.workflow.notify.Submission;

/** Sends the issued report to the council's standing board and records when. */
@Component
public class CouncilSubmissionWorker {

  private final ReportIssuing issuing;
  private final ReportCycleNotices notices;
  private final DocumentStorage storage;
  private final CouncilSubmitter submitter;
  private final ReportCycleProperties properties;
  private final NotifyProperties notify;
  private final Clock clock;

  public CouncilSubmissionWorker(
      ReportIssuing issuing,
      ReportCycleNotices notices,
      DocumentStorage storage,
      CouncilSubmitter submitter,
      ReportCycleProperties properties,
      NotifyProperties notify,
      Clock clock) {
    this.issuing = issuing;
    this.notices = notices;
    this.storage = storage;
    this.submitter = submitter;
    this.properties = properties;
    this.notify = notify;
    this.clock = clock;
  }

  /**
   * The submission.
   *
   * @param submittedAt when it left
   * @param submissionChannels EMAIL and/or HTTP
   * @param submittedLate later than the lead time before the session
   */
  public record Submitted(
      String submittedAt, List<String> submissionChannels, boolean submittedLate) {}

  /** What the submission reads: the issued file, its number and date, and the session. */
  public record SubmissionRequest(
      String finalDocumentName,
      String documentNumber,
      String issuedOn,
      String cycleTitle,
      String sessionName,
      String sessionOpeningDate,
      String submissionDueDate,
      String cycleId) {}

  @JobWorker(type = "submitToCouncil")
  public Submitted submitToCouncil(ActivatedJob job, @VariablesAsType SubmissionRequest in)
      throws IOException {
    byte[] content = storage.issuedContent(in.finalDocumentName());
    Submission submission =
        new Submission(
            "report-cycle-" + CycleRef.of(in.cycleId(), job.getProcessInstanceKey()),
            "Báo cáo số " + in.documentNumber() + ": " + in.cycleTitle(),
            "Ủy ban nhân dân tỉnh gửi Thường trực Hội đồng nhân dân tỉnh Báo cáo số "
                + in.documentNumber()
                + " về "
                + in.cycleTitle()
                + " phục vụ "
                + in.sessionName()
                + ".",
            in.finalDocumentName(),
            content,
            issuing.submissionMetadata(
                in.documentNumber(),
                in.issuedOn(),
                in.cycleTitle(),
                in.sessionName(),
                in.sessionOpeningDate()));
    ReportCycleProperties.Council council = properties.council();
    List<String> channels =
        submitter.submit(
            submission,
            new CouncilSubmitter.Channels(
                notify.from(), council.mailTo(), council.httpEndpoint(), council.httpToken()));
    LocalDate due = LocalDate.parse(in.submissionDueDate());
    boolean late = LocalDate.now(clock).isAfter(due);
    if (late) {
      notices.warnLateSubmission(
          in.documentNumber(), in.sessionName(), due, job.getElementInstanceKey());
    }
    return new Submitted(OffsetDateTime.now(clock).toString(), channels, late);
  }
}

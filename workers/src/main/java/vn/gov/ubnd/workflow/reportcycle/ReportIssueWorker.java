package vn.gov.ubnd.workflow.reportcycle;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import java.util.List;
import org.springframework.stereotype.Component;

/** Numbers the signed report from the outgoing register and writes the final document. */
@Component
public class ReportIssueWorker {

  private final ReportIssuing issuing;

  public ReportIssueWorker(ReportIssuing issuing) {
    this.issuing = issuing;
  }

  /**
   * The issued report.
   *
   * @param documentNumber "05/BC-UBND"
   * @param issuedOn ISO date
   * @param placeAndDate the date line
   * @param finalDocumentName file name in the storage
   * @param finalDocumentUrl where to download it
   * @param signerName who signed
   */
  public record Issued(
      String documentNumber,
      String issuedOn,
      String placeAndDate,
      String finalDocumentName,
      String finalDocumentUrl,
      String signerName) {}

  /** What issuing reads: the heading, the final sections and who signs. */
  public record IssueRequest(
      String reportKind,
      Integer year,
      String reportTitle,
      String sessionName,
      List<DraftSection> draftSections,
      String signOffSigner,
      String delegateLeader,
      Integer quarter,
      List<SectionResult> sectionResults,
      String cycleId) {}

  @JobWorker(type = "issueDocument")
  public Issued issueDocument(ActivatedJob job, @VariablesAsType IssueRequest in) {
    ReportIssuing.Issued issued =
        issuing.issue(
            CycleRef.of(in.cycleId(), job.getProcessInstanceKey()),
            new ReportCompiler.Context(
                ReportKind.of(in.reportKind()),
                in.year(),
                in.reportTitle(),
                in.sessionName(),
                in.quarter()),
            in.draftSections(),
            in.sectionResults() == null ? List.of() : in.sectionResults(),
            ChairSigner.of(in.signOffSigner()),
            in.delegateLeader());
    return new Issued(
        issued.number().formatted(),
        issued.issuedOn().toString(),
        issued.placeAndDate(),
        issued.file().name(),
        issued.file().url(),
        issued.signerName());
  }
}

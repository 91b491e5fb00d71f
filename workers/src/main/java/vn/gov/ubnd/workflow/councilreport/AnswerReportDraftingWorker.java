package vn.gov.ubnd.workflow.councilreport;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Leader;

/**
 * Drafts the answer report from the session's items as they stand, for the office to review, and
 * composes the copy the chosen leader signs.
 */
@Component
public class AnswerReportDraftingWorker {

  private final AnswerReports reports;
  private final Catalog catalog;

  public AnswerReportDraftingWorker(AnswerReports reports, Catalog catalog) {
    this.reports = reports;
    this.catalog = catalog;
  }

  /** What a draft reads: the report, the office's assessment so far, the last version. */
  public record DraftRequest(
      String councilReportKind,
      String sessionName,
      String overallAssessment,
      Integer draftVersion,
      String signingLeader) {}

  /**
   * The new draft.
   *
   * @param resultText the report's first sentence, for the review form
   * @param itemCount how many petitions or commitments it lists
   */
  public record Drafted(
      String draftDocumentName,
      String draftDocumentUrl,
      int draftVersion,
      String resultText,
      int itemCount) {}

  @JobWorker(type = "draftAnswerReport")
  public Drafted draftAnswerReport(ActivatedJob job, @VariablesAsType DraftRequest in) {
    return drafted(job, in);
  }

  /**
   * The copy to sign, and who signs it.
   *
   * @param signingLeaderGroup the Tasklist group of the leader the office chose
   */
  public record SigningCopy(
      String draftDocumentName,
      String draftDocumentUrl,
      int draftVersion,
      String resultText,
      int itemCount,
      String signingLeaderName,
      String signingLeaderGroup) {}

  @JobWorker(type = "composeAnswerReportForSigning")
  public SigningCopy composeAnswerReportForSigning(
      ActivatedJob job, @VariablesAsType DraftRequest in) {
    String signer = reports.signature(in.signingLeader()).signerName();
    Leader leader = catalog.leader(in.signingLeader().trim()).orElseThrow();
    Drafted d = drafted(job, in);
    return new SigningCopy(
        d.draftDocumentName(),
        d.draftDocumentUrl(),
        d.draftVersion(),
        d.resultText(),
        d.itemCount(),
        signer,
        leader.candidateGroup());
  }

  private Drafted drafted(ActivatedJob job, DraftRequest in) {
    int version = (in.draftVersion() == null ? 0 : in.draftVersion()) + 1;
    AnswerReports.Draft draft =
        reports.draft(
            job.getProcessInstanceKey(),
            CouncilReportKind.of(in.councilReportKind()),
            in.sessionName(),
            in.overallAssessment(),
            version);
    return new Drafted(
        draft.file().name(), draft.file().url(), version, draft.resultText(), draft.itemCount());
  }
}

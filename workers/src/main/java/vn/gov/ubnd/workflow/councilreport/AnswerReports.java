package vn.gov.ubnd.workflow.councilreport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Leader;
import vn.gov.ubnd.workflow.council.CouncilProperties;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.documents.DocumentAccess;
import vn.gov.ubnd.workflow.documents.DocumentNumber;
import vn.gov.ubnd.workflow.documents.DocumentStorage;
import vn.gov.ubnd.workflow.documents.DocxReportWriter;
import vn.gov.ubnd.workflow.documents.IssuedReport;
import vn.gov.ubnd.workflow.documents.OutgoingRegister;
import vn.gov.ubnd.workflow.documents.PlaceAndDate;
import vn.gov.ubnd.workflow.documents.RegisterStore;
import vn.gov.ubnd.workflow.documents.ReportDocument;
import vn.gov.ubnd.workflow.documents.StoredFile;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;
import vn.gov.ubnd.workflow.reportcycle.ReportTemplates;

/**
 * The answer reports to the Council (voters' petitions, the questioning resolution) as documents:
 * planned against the next session, drafted from the session's items with the office's assessment,
 * signed by the chair or a vice-chair (KT.), numbered in the committee's series. A retried step
 * writes the same file and gets the same number.
 */
@Service
class AnswerReports {

  private final SessionItems items;
  private final AnswerReportStore store;
  private final Catalog catalog;
  private final CouncilProperties properties;
  private final DocumentStorage storage;
  private final OutgoingRegister register;
  private final String series;
  private final Clock clock;
  private final DocxReportWriter writer = new DocxReportWriter();

  public AnswerReports(
      SessionItems items,
      AnswerReportStore store,
      Catalog catalog,
      CouncilProperties properties,
      DocumentStorage storage,
      RegisterStore registerStore,
      ReportTemplates templates,
      Clock clock) {
    this.items = items;
    this.store = store;
    this.catalog = catalog;
    this.properties = properties;
    this.storage = storage;
    this.register = new OutgoingRegister(registerStore);
    this.series = templates.numbering().series();
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The request checked against the index's sessions and the calendar; or every problem. */
  public AnswerReportPlan plan(String kind, String session, String nextSessionOpening) {
    List<String> known = List.of();
    long matching = 0;
    try {
      CouncilReportKind k = CouncilReportKind.of(kind);
      known = items.sessions(k.items());
      matching = session != null && known.contains(session.trim()) ? 1 : 0;
    } catch (InvalidProcessDataException e) {
      // AnswerReportPlan names the kind's problem with the others.
    }
    return AnswerReportPlan.of(
        kind,
        session,
        nextSessionOpening,
        matching,
        known,
        today(),
        properties.answerReportDaysBeforeSession(),
        properties.answerReportWarningDays());
  }

  /**
   * A draft of the report.
   *
   * @param resultText the first part's sentence, for the review form
   */
  public record Draft(StoredFile file, String resultText, int itemCount) {}

  /** Drafts the report from today's figures and the office's assessment; keeps what it printed. */
  public Draft draft(
      long key, CouncilReportKind kind, String session, String assessment, int version) {
    LocalDate today = today();
    List<Directive> list = items.items(kind.items(), session);
    ReportDocument doc;
    String resultText;
    if (kind == CouncilReportKind.PETITIONS) {
      PetitionFigures figures = items.petitionFigures(session, today);
      PetitionReportComposer composer = new PetitionReportComposer(catalog);
      doc = composer.draft(session, figures, list, assessment);
      resultText = composer.resultSentence(figures);
    } else {
      CommitmentFigures figures = CommitmentFigures.counted(list, session, today);
      QuestioningReportComposer composer = new QuestioningReportComposer(catalog);
      doc = composer.draft(session, figures, list, today, assessment);
      resultText = composer.resultSentence(figures);
    }
    store.save(
        new AnswerReport(
            key, kind, session, doc, version, null, null, null, OffsetDateTime.now(clock)));
    StoredFile file =
        storage.store(
            "tra-loi-hdnd-" + key + DocumentAccess.DRAFT_MARK + version + ".docx",
            writer.write(doc),
            "DRAFT",
            Long.toString(key),
            doc.summary(),
            null);
    return new Draft(file, resultText, list.size());
  }

  /** The leaders who may sign, as the review form offers them. */
  public List<Leader> signers() {
    return catalog.leaders();
  }

  /** The signature block of the leader: the chair signs for the committee, a vice-chair KT. */
  public ReportDocument.SignatureBlock signature(String leaderCode) {
    Leader leader =
        catalog
            .leader(leaderCode == null ? "" : leaderCode.trim())
            .orElseThrow(
                () ->
                    new InvalidProcessDataException(
                        "Lãnh đạo ký (signingLeader) \""
                            + (leaderCode == null ? "" : leaderCode)
                            + "\" không có trong danh mục lãnh đạo UBND tỉnh: chọn Chủ tịch hoặc"
                            + " một Phó Chủ tịch."));
    return leader.role() == Leader.Role.CHAIR
        ? new ReportDocument.SignatureBlock(
            List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), leader.name())
        : new ReportDocument.SignatureBlock(
            List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), leader.name());
  }

  /**
   * Numbers the content the leader signed and writes the final document.
   *
   * @param reportId the report's own id, under which its number is taken once
   */
  public IssuedReport issue(long key, String reportId, String signingLeader) {
    AnswerReport report =
        store
            .find(key)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the answer report of instance " + key + " has no draft in the index"));
    ReportDocument.SignatureBlock signature = signature(signingLeader);
    ReportDocument signed = report.document();
    // A retried step gets the number and the date of its first attempt.
    var entry =
        register.take(series, "council-answer-report-" + reportId, today(), signed.summary());
    DocumentNumber number = new DocumentNumber(entry.year(), entry.sequence(), series);
    ReportDocument doc =
        new ReportDocument(
            signed.parentBody(),
            signed.issuingBody(),
            "Số: " + number.formatted(),
            PlaceAndDate.format(catalog.province().place(), entry.issuedOn()),
            signed.summary(),
            signed.opening(),
            signed.sections(),
            signed.closing(),
            signed.recipients(),
            signature,
            false);
    StoredFile file =
        storage.store(
            number.fileName("tra-loi-hdnd"),
            writer.write(doc),
            "FINAL",
            Long.toString(key),
            doc.summary(),
            number.formatted());
    store.save(
        new AnswerReport(
            key,
            report.kind(),
            report.session(),
            signed,
            report.draftVersion(),
            number.formatted(),
            entry.issuedOn(),
            file.name(),
            OffsetDateTime.now(clock)));
    return new IssuedReport(number, entry.issuedOn(), file, signature.signerName());
  }
}

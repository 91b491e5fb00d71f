package vn.gov.ubnd.workflow.reportcycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Leader;
import vn.gov.ubnd.workflow.documents.DocumentAccess;
import vn.gov.ubnd.workflow.documents.DocumentNumber;
import vn.gov.ubnd.workflow.documents.DocumentStorage;
import vn.gov.ubnd.workflow.documents.DocxReportWriter;
import vn.gov.ubnd.workflow.documents.OutgoingRegister;
import vn.gov.ubnd.workflow.documents.PlaceAndDate;
import vn.gov.ubnd.workflow.documents.RegisterStore;
import vn.gov.ubnd.workflow.documents.ReportDocument;
import vn.gov.ubnd.workflow.documents.StoredFile;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;

/**
 * The council report as a document: its drafts, who signs it, its number from the outgoing register
 * and the final .docx. A retried step writes the same file and gets the same number.
 */
@Service
class ReportIssuing {

  private final Catalog catalog;
  private final ReportTemplates templates;
  private final DocumentStorage storage;
  private final OutgoingRegister register;
  private final Clock clock;
  private final ReportCompiler compiler;
  private final DocxReportWriter writer = new DocxReportWriter();

  public ReportIssuing(
      Catalog catalog,
      ReportTemplates templates,
      DocumentStorage storage,
      RegisterStore registerStore,
      Clock clock) {
    this.catalog = catalog;
    this.templates = templates;
    this.storage = storage;
    this.register = new OutgoingRegister(registerStore);
    this.compiler = new ReportCompiler(templates.indicatorRule().rule());
    this.clock = clock;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The signer of the report.
   *
   * @param lines the signature block's lines
   * @param name the signer's name
   */
  public record Signer(List<String> lines, String name) {}

  public Signer signer(ChairSigner signOffSigner, String delegateLeader) {
    if (signOffSigner == ChairSigner.DELEGATE) {
      Leader vice =
          catalog
              .leader(delegateLeader)
              .filter(l -> l.role() == Leader.Role.VICE_CHAIR)
              .orElseThrow(
                  () ->
                      new InvalidProcessDataException(
                          "Chủ tịch giao ký thay nhưng \""
                              + delegateLeader
                              + "\" không phải Phó Chủ tịch trong danh mục"));
      return new Signer(
          List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), vice.name());
    }
    return new Signer(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), catalog.chair().name());
  }

  public ReportDocument document(
      ReportCompiler.Context context,
      List<DraftSection> draft,
      List<SectionResult> results,
      String number,
      String placeAndDate,
      Signer signer,
      boolean isDraft) {
    ReportTemplate template = templates.template(context.kind());
    return new ReportDocument(
        catalog.province().parentBody(),
        catalog.province().issuingBody(),
        number,
        placeAndDate,
        context.fill(template.summary()),
        context.fill(template.opening()),
        compiler.build(template, context, draft, results),
        context.fill(template.closing()),
        templates.recipients(),
        new ReportDocument.SignatureBlock(signer.lines(), signer.name()),
        isDraft,
        template.documentType());
  }

  public StoredFile writeDraft(
      String cycle,
      int version,
      ReportCompiler.Context context,
      List<DraftSection> draft,
      List<SectionResult> results) {
    String series = templates.numbering().series();
    ReportDocument doc =
        document(
            context,
            draft,
            results,
            "Số:      /" + series,
            PlaceAndDate.blank(catalog.province().place(), today().getYear()),
            signer(ChairSigner.SELF, null),
            true);
    return storage.store(
        "bao-cao-" + cycle + DocumentAccess.DRAFT_MARK + version + ".docx",
        writer.write(doc),
        "DRAFT",
        cycle,
        doc.summary(),
        null);
  }

  /**
   * The issued report.
   *
   * @param number its number
   * @param issuedOn its date
   * @param placeAndDate its date line
   * @param file the final document
   * @param signerName who signed
   */
  public record Issued(
      DocumentNumber number,
      LocalDate issuedOn,
      String placeAndDate,
      StoredFile file,
      String signerName) {}

  public Issued issue(
      String cycle,
      ReportCompiler.Context context,
      List<DraftSection> draft,
      List<SectionResult> results,
      ChairSigner signOffSigner,
      String delegateLeader) {
    Signer signer = signer(signOffSigner, delegateLeader);
    String summary = context.fill(templates.template(context.kind()).summary());
    String series = templates.numbering().series();
    // A retried step gets the number and the date of its first attempt.
    var entry = register.take(series, "report-cycle-" + cycle, today(), summary);
    LocalDate issuedOn = entry.issuedOn();
    DocumentNumber number = new DocumentNumber(entry.year(), entry.sequence(), series);
    String placeAndDate = PlaceAndDate.format(catalog.province().place(), issuedOn);
    ReportDocument doc =
        document(context, draft, results, "Số: " + number.formatted(), placeAndDate, signer, false);
    StoredFile file =
        storage.store(
            number.fileName("bao-cao"),
            writer.write(doc),
            "FINAL",
            cycle,
            doc.summary(),
            number.formatted());
    return new Issued(number, issuedOn, placeAndDate, file, signer.name());
  }

  public Map<String, String> submissionMetadata(
      String number, String issuedOn, String summary, String session, String opening) {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("documentNumber", number);
    metadata.put("issuedOn", issuedOn);
    metadata.put("summary", summary);
    metadata.put("session", session);
    metadata.put("sessionOpeningDate", opening);
    metadata.put("issuingBody", catalog.province().issuingBody());
    return metadata;
  }
}

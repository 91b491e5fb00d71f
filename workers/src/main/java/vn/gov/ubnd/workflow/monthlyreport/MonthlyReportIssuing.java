package vn.gov.ubnd.workflow.monthlyreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.documents.DocumentNumber;
import vn.gov.ubnd.workflow.documents.DocumentStorage;
import vn.gov.ubnd.workflow.documents.DocxReportWriter;
import vn.gov.ubnd.workflow.documents.IssuedReport;
import vn.gov.ubnd.workflow.documents.OutgoingRegister;
import vn.gov.ubnd.workflow.documents.PlaceAndDate;
import vn.gov.ubnd.workflow.documents.RegisterEntry;
import vn.gov.ubnd.workflow.documents.RegisterStore;
import vn.gov.ubnd.workflow.documents.ReportDocument;
import vn.gov.ubnd.workflow.documents.StoredFile;

/**
 * The signed monthly report issued: the next number of the office's series (the one it took before,
 * when the step runs again), the final .docx and the report marked issued.
 */
@Service
class MonthlyReportIssuing {

  private final Catalog catalog;
  private final MonthlyReportProperties properties;
  private final MonthlyReportStore reports;
  private final DocumentStorage storage;
  private final OutgoingRegister register;
  private final Clock clock;
  private final MonthlyReportComposer composer;
  private final OfficeSignatures signatures;
  private final DocxReportWriter writer = new DocxReportWriter();

  public MonthlyReportIssuing(
      Catalog catalog,
      MonthlyReportProperties properties,
      MonthlyReportStore reports,
      DocumentStorage storage,
      RegisterStore registerStore,
      Clock clock) {
    this.catalog = catalog;
    this.properties = properties;
    this.reports = reports;
    this.storage = storage;
    this.register = new OutgoingRegister(registerStore);
    this.clock = clock;
    this.composer = new MonthlyReportComposer(catalog.province(), properties.recipients());
    this.signatures = new OfficeSignatures(catalog.office());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * What the report's number and mail are claimed under: its own id, or for an instance drafted
   * before reports had one, its instance key (so that its retried steps find their claims).
   */
  static String reference(String reportId, long processInstanceKey) {
    return reportId == null || reportId.isBlank() ? Long.toString(processInstanceKey) : reportId;
  }

  /** Numbers the signed report in the office's series and writes the final document. */
  public IssuedReport issue(long processInstanceKey, OfficeSigner who, String deputyName) {
    return issue(processInstanceKey, Long.toString(processInstanceKey), who, deputyName);
  }

  /** The same, the number claimed under the report's reference. */
  public IssuedReport issue(
      long processInstanceKey, String reference, OfficeSigner who, String deputyName) {
    MonthlyReport report = reports.require(processInstanceKey);
    MonthlyReportComposer.Signer signer = signatures.signer(who, deputyName);
    YearMonth month = YearMonth.parse(report.month());
    String series = properties.series();
    // A retried step gets the number and the date of its first attempt.
    RegisterEntry entry =
        register.take(
            series,
            "monthly-report-" + reference,
            today(),
            MonthlyFiguresText.summary(month).replace('\n', ' '));
    DocumentNumber number = new DocumentNumber(entry.year(), entry.sequence(), series);
    ReportDocument doc =
        composer.compose(
            report.figures(),
            new MonthlyReportComposer.Narrative(report.direction(), report.fieldResults()),
            signer,
            "Số: " + number.formatted(),
            PlaceAndDate.format(catalog.province().place(), entry.issuedOn()),
            false);
    StoredFile file =
        storage.store(
            number.fileName("bao-cao-thang"),
            writer.write(doc),
            "FINAL",
            Long.toString(processInstanceKey),
            doc.summary().replace('\n', ' '),
            number.formatted());
    reports.save(
        report.issued(
            number.formatted(),
            entry.issuedOn().toString(),
            file.name(),
            OffsetDateTime.now(clock)));
    return new IssuedReport(number, entry.issuedOn(), file, signer.name());
  }

  /** Mails the issued report to the chair and the vice-chairs, the office in copy, once. */
  public byte[] finalDocument(long processInstanceKey) {
    MonthlyReport report = reports.require(processInstanceKey);
    return storage
        .find(report.finalDocumentName())
        .map(
            path -> {
              try {
                return Files.readAllBytes(path);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the issued report " + report.finalDocumentName() + " is not in the storage"));
  }
}

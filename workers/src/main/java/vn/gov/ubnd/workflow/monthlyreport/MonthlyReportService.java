package vn.gov.ubnd.workflow.monthlyreport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Leader;
import vn.gov.ubnd.workflow.catalog.Office;
import vn.gov.ubnd.workflow.documents.DocumentAccess;
import vn.gov.ubnd.workflow.documents.DocumentNumber;
import vn.gov.ubnd.workflow.documents.DocumentStorage;
import vn.gov.ubnd.workflow.documents.DocxReportWriter;
import vn.gov.ubnd.workflow.documents.OutgoingRegister;
import vn.gov.ubnd.workflow.documents.PlaceAndDate;
import vn.gov.ubnd.workflow.documents.RegisterEntry;
import vn.gov.ubnd.workflow.documents.RegisterStore;
import vn.gov.ubnd.workflow.documents.ReportDocument;
import vn.gov.ubnd.workflow.documents.StoredFile;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.notify.Notice;
import vn.gov.ubnd.workflow.notify.Notifier;
import vn.gov.ubnd.workflow.notify.Recipient;

/**
 * The monthly report's rules: which month, its figures taken once, the drafts, the number of the
 * office's series and the mail to the leaders. Every step may run again for the same instance (a
 * retried job) and does nothing twice: the figures stay those first taken, the number that first
 * given, the mail that first sent.
 */
@Service
public class MonthlyReportService {

  private static final DateTimeFormatter MONTH_INPUT =
      DateTimeFormatter.ofPattern("M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final Catalog catalog;
  private final MonthlyReportProperties properties;
  private final ReportingMonths months;
  private final MonthlyFiguresCollector collector;
  private final MonthlyReportStore reports;
  private final DocumentStorage storage;
  private final OutgoingRegister register;
  private final Notifier notifier;
  private final Clock clock;
  private final MonthlyReportComposer composer;
  private final DocxReportWriter writer = new DocxReportWriter();

  public MonthlyReportService(
      Catalog catalog,
      MonthlyReportProperties properties,
      MonthlyFiguresCollector collector,
      MonthlyReportStore reports,
      DocumentStorage storage,
      RegisterStore registerStore,
      Notifier notifier,
      Clock clock) {
    this.catalog = catalog;
    this.properties = properties;
    this.months = new ReportingMonths(properties);
    this.collector = collector;
    this.reports = reports;
    this.storage = storage;
    this.register = new OutgoingRegister(registerStore);
    this.notifier = notifier;
    this.clock = clock;
    this.composer = new MonthlyReportComposer(catalog.province(), properties.recipients());
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The month a report is asked for: "4/2026" or "04/2026" as the start form takes it, "2026-04";
   * none (the monthly timer) is the month whose period ended last.
   */
  public YearMonth month(String requested) {
    if (OfficeInput.blank(requested)) {
      return months.dueOn(today());
    }
    String value = requested.trim();
    YearMonth month;
    try {
      month =
          value.matches("\\d{4}-\\d{2}")
              ? YearMonth.parse(value)
              : YearMonth.parse(value, MONTH_INPUT);
    } catch (DateTimeParseException e) {
      throw new InvalidProcessDataException(
          "Tháng báo cáo (reportMonth) \""
              + OfficeInput.shown(value)
              + "\" không hợp lệ: ghi tháng/năm, ví dụ 4/2026.");
    }
    if (months.firstDay(month).isAfter(today())) {
      throw new InvalidProcessDataException(
          "Tháng báo cáo (reportMonth) "
              + month.getMonthValue()
              + "/"
              + month.getYear()
              + " chưa bắt đầu (kỳ số liệu từ ngày "
              + OfficeInput.vn(months.firstDay(month))
              + "): chọn tháng này hoặc một tháng đã qua.");
    }
    if (month.getYear() < OfficeInput.FIRST_YEAR) {
      throw new InvalidProcessDataException(
          "Tháng báo cáo (reportMonth) "
              + value
              + " trước năm "
              + OfficeInput.FIRST_YEAR
              + ": chọn một tháng hệ thống có số liệu.");
    }
    return month;
  }

  /**
   * The first draft.
   *
   * @param report the report with its figures
   * @param file the draft .docx
   * @param direction the month's direction, prefilled with the last report's headings
   * @param fieldResults the results by field, prefilled likewise
   */
  public record Drafted(
      MonthlyReport report, StoredFile file, String direction, String fieldResults) {}

  /** Takes the figures (once per instance), keeps them and writes the first draft. */
  public Drafted draft(long processInstanceKey, String requestedMonth) {
    MonthlyReport report =
        reports
            .find(processInstanceKey)
            .orElseGet(
                () -> {
                  YearMonth month = month(requestedMonth);
                  MonthlyFigures figures = collector.collect(months.period(month), today());
                  MonthlyReport fresh =
                      new MonthlyReport(
                          processInstanceKey,
                          month.toString(),
                          figures,
                          null,
                          null,
                          null,
                          null,
                          null,
                          OffsetDateTime.now(clock));
                  reports.save(fresh);
                  return fresh;
                });
    MonthlyReport previous = reports.lastIssuedBefore(report.month()).orElse(null);
    String direction = previous == null ? "" : headings(previous.direction());
    String fieldResults =
        previous == null || headings(previous.fieldResults()).isEmpty()
            ? String.join("\n\n", properties.fieldHeadings()) + "\n"
            : headings(previous.fieldResults());
    StoredFile file =
        writeDraft(report.withNarrative(direction, fieldResults, report.updatedAt()), 1);
    return new Drafted(report, file, direction, fieldResults);
  }

  /**
   * The headings of an earlier narrative, each followed by an empty line to write under: a line
   * ending with a colon is a heading ("Lĩnh vực kinh tế:").
   */
  static String headings(String narrative) {
    if (narrative == null) {
      return "";
    }
    List<String> headings = new ArrayList<>();
    for (String line : narrative.split("\\R")) {
      if (line.strip().endsWith(":")) {
        headings.add(line.strip());
      }
    }
    return headings.isEmpty() ? "" : String.join("\n\n", headings) + "\n";
  }

  /** The office's narrative kept and a draft with it written, for the chief. */
  public StoredFile redraft(
      long processInstanceKey, int version, String direction, String results) {
    MonthlyReport report =
        stored(processInstanceKey).withNarrative(direction, results, OffsetDateTime.now(clock));
    reports.save(report);
    return writeDraft(report, version);
  }

  private MonthlyReport stored(long processInstanceKey) {
    return reports
        .find(processInstanceKey)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the monthly report of instance "
                        + processInstanceKey
                        + " has no figures in the index (its draft step did not run)"));
  }

  private StoredFile writeDraft(MonthlyReport report, int version) {
    String series = properties.series();
    ReportDocument doc =
        composer.compose(
            report.figures(),
            new MonthlyReportComposer.Narrative(report.direction(), report.fieldResults()),
            signer(OfficeSigner.CHIEF, null),
            "Số:      /" + series,
            PlaceAndDate.blank(catalog.province().place(), today().getYear()),
            true);
    return storage.store(
        "bao-cao-thang-"
            + report.processInstanceKey()
            + DocumentAccess.DRAFT_MARK
            + version
            + ".docx",
        writer.write(doc),
        "DRAFT",
        Long.toString(report.processInstanceKey()),
        doc.summary().replace('\n', ' '),
        null);
  }

  /** The deputies the chief may let sign, as the sign-off form lists them. */
  public List<String> deputyChiefs() {
    return catalog.office().deputyChiefNames();
  }

  MonthlyReportComposer.Signer signer(OfficeSigner who, String deputyName) {
    Office office = catalog.office();
    if (who == OfficeSigner.DEPUTY) {
      if (OfficeInput.blank(deputyName) || !office.deputyChiefNames().contains(deputyName.trim())) {
        throw new InvalidProcessDataException(
            "Phó Chánh Văn phòng ký thay (deputyChief) \""
                + OfficeInput.shown(deputyName == null ? "" : deputyName)
                + "\" không có trong danh mục: chọn một trong "
                + String.join(", ", office.deputyChiefNames())
                + ".");
      }
      return new MonthlyReportComposer.Signer(
          List.of("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"), deputyName.trim());
    }
    return new MonthlyReportComposer.Signer(List.of("CHÁNH VĂN PHÒNG"), office.chiefName());
  }

  /**
   * The issued report.
   *
   * @param number "05/BC-VP"
   * @param issuedOn its date
   * @param file the final .docx
   * @param signerName who signed
   */
  public record Issued(
      DocumentNumber number, LocalDate issuedOn, StoredFile file, String signerName) {}

  /** Numbers the signed report in the office's series and writes the final document. */
  public Issued issue(long processInstanceKey, OfficeSigner who, String deputyName) {
    MonthlyReport report = stored(processInstanceKey);
    MonthlyReportComposer.Signer signer = signer(who, deputyName);
    YearMonth month = YearMonth.parse(report.month());
    String series = properties.series();
    // A retried step gets the number and the date of its first attempt.
    RegisterEntry entry =
        register.take(
            series,
            "monthly-report-" + processInstanceKey,
            today(),
            MonthlyReportComposer.summary(month).replace('\n', ' '));
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
            "bao-cao-thang-"
                + number.year()
                + "-"
                + String.format("%02d", number.sequence())
                + "-"
                + series
                + ".docx",
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
    return new Issued(number, entry.issuedOn(), file, signer.name());
  }

  /** Mails the issued report to the chair and the vice-chairs, the office in copy, once. */
  public Notice send(long processInstanceKey, byte[] document) {
    MonthlyReport report = stored(processInstanceKey);
    if (report.documentNumber() == null) {
      throw new IllegalStateException(
          "the monthly report of instance " + processInstanceKey + " is not issued yet");
    }
    YearMonth month = YearMonth.parse(report.month());
    List<Recipient> leaders =
        catalog.leaders().stream()
            .sorted(java.util.Comparator.comparing((Leader l) -> l.role()))
            .map(l -> new Recipient(l.title() + " " + l.name(), l.email()))
            .toList();
    Office office = catalog.office();
    MonthlyFigures f = report.figures();
    Notice notice =
        new Notice(
            "monthly-report:" + processInstanceKey,
            "MONTHLY_REPORT",
            "Báo cáo số "
                + report.documentNumber()
                + ": công tác chỉ đạo điều hành "
                + MonthlyReportComposer.monthText(month),
            "Văn phòng UBND tỉnh gửi các đồng chí Lãnh đạo UBND tỉnh Báo cáo số "
                + report.documentNumber()
                + " ngày "
                + OfficeInput.vn(LocalDate.parse(report.issuedOn()))
                + " về công tác chỉ đạo điều hành "
                + MonthlyReportComposer.monthText(month)
                + " của UBND tỉnh, Chủ tịch UBND tỉnh (tệp đính kèm).\n\n"
                + MonthlyReportComposer.monthSentence(f)
                + "\n"
                + MonthlyReportComposer.yearSentence(f),
            leaders,
            List.of(new Recipient(office.name(), office.email())),
            "monthly-report",
            List.of(new Notice.Attachment(report.finalDocumentName(), DOCX, document)));
    notifier.send(notice);
    return notice;
  }

  /** The issued report's bytes, to attach. */
  public byte[] finalDocument(long processInstanceKey) {
    MonthlyReport report = stored(processInstanceKey);
    return storage
        .find(report.finalDocumentName())
        .map(
            path -> {
              try {
                return java.nio.file.Files.readAllBytes(path);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the issued report " + report.finalDocumentName() + " is not in the storage"));
  }

  public MonthlyReportProperties properties() {
    return properties;
  }

  public ReportingMonths months() {
    return months;
  }
}

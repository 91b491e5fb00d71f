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
import vn.gov.ubnd.workflow.documents.DocumentAccess;
import vn.gov.ubnd.workflow.documents.DocumentStorage;
import vn.gov.ubnd.workflow.documents.DocxReportWriter;
import vn.gov.ubnd.workflow.documents.PlaceAndDate;
import vn.gov.ubnd.workflow.documents.ReportDocument;
import vn.gov.ubnd.workflow.documents.StoredFile;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * The monthly report's drafting: which month, its figures taken once, the drafts (the number is
 * {@link MonthlyReportIssuing}'s, the mail {@link MonthlyReportMailing}'s). Every step may run
 * again for the same instance (a retried job) and does nothing twice: the figures stay those first
 * taken, the number that first given, the mail that first sent.
 */
@Service
class MonthlyReportService {

  private static final DateTimeFormatter MONTH_INPUT =
      DateTimeFormatter.ofPattern("M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private final Catalog catalog;
  private final MonthlyReportProperties properties;
  private final ReportingMonths months;
  private final MonthlyFiguresCollector collector;
  private final MonthlyReportStore reports;
  private final DocumentStorage storage;
  private final Clock clock;
  private final MonthlyReportComposer composer;
  private final OfficeSignatures signatures;
  private final DocxReportWriter writer = new DocxReportWriter();

  public MonthlyReportService(
      Catalog catalog,
      MonthlyReportProperties properties,
      MonthlyFiguresCollector collector,
      MonthlyReportStore reports,
      DocumentStorage storage,
      Clock clock) {
    this.catalog = catalog;
    this.properties = properties;
    this.months = new ReportingMonths(properties);
    this.collector = collector;
    this.reports = reports;
    this.storage = storage;
    this.clock = clock;
    this.composer = new MonthlyReportComposer(catalog.province(), properties.recipients());
    this.signatures = new OfficeSignatures(catalog.office());
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

  /**
   * Takes the figures (once per instance), keeps them and writes the first draft. A report already
   * issued under the same instance key is another instance's, from before the cluster was rebuilt
   * (keys start again): an instance being drafted has issued nothing yet, so that one is replaced.
   */
  public Drafted draft(long processInstanceKey, String requestedMonth) {
    MonthlyReport report =
        reports
            .find(processInstanceKey)
            .filter(found -> found.documentNumber() == null)
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
        reports
            .require(processInstanceKey)
            .withNarrative(direction, results, OffsetDateTime.now(clock));
    reports.save(report);
    return writeDraft(report, version);
  }

  private StoredFile writeDraft(MonthlyReport report, int version) {
    String series = properties.series();
    ReportDocument doc =
        composer.compose(
            report.figures(),
            new MonthlyReportComposer.Narrative(report.direction(), report.fieldResults()),
            signatures.signer(OfficeSigner.CHIEF, null),
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

  public MonthlyReportProperties properties() {
    return properties;
  }
}

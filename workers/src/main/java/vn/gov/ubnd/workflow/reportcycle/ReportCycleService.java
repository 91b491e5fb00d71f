package vn.gov.ubnd.workflow.reportcycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Department;
import vn.gov.ubnd.workflow.catalog.Leader;
import vn.gov.ubnd.workflow.directives.DirectiveStatisticsSource;
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
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.notify.Notice;
import vn.gov.ubnd.workflow.notify.Notifier;
import vn.gov.ubnd.workflow.notify.Recipient;

/**
 * The rules of the report cycle: opening it, assigning sections, following up departments,
 * compiling the draft, numbering and issuing the report. Each step may run again for the same input
 * (a retried job) without doing anything twice.
 */
@Service
public class ReportCycleService {

  static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Catalog catalog;
  private final WorkingDayCalendar calendar;
  private final ReportTemplates templates;
  private final ReportCycleProperties properties;
  private final Notifier notifier;
  private final DirectiveStatisticsSource directives;
  private final DocumentStorage storage;
  private final OutgoingRegister register;
  private final Clock clock;
  private final ReportCompiler compiler = new ReportCompiler();
  private final DocxReportWriter writer = new DocxReportWriter();

  public ReportCycleService(
      Catalog catalog,
      WorkingDayCalendar calendar,
      ReportTemplates templates,
      ReportCycleProperties properties,
      Notifier notifier,
      DirectiveStatisticsSource directives,
      DocumentStorage storage,
      RegisterStore registerStore,
      Clock clock) {
    this.catalog = catalog;
    this.calendar = calendar;
    this.templates = templates;
    this.properties = properties;
    this.notifier = notifier;
    this.directives = directives;
    this.storage = storage;
    this.register = new OutgoingRegister(registerStore);
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public ReportTemplates templates() {
    return templates;
  }

  private static OffsetDateTime at(LocalDate day, int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(VIETNAM).toOffsetDateTime();
  }

  // ---- opening the cycle (checked by CycleValidator) ------------------------------------

  public String summaryLine(ReportKind kind, int year, String title, String session) {
    return new ReportCompiler.Context(kind, year, title, session)
        .fill(templates.template(kind).summary());
  }

  public String signOffReminderAt(ValidCycle cycle) {
    return at(
            calendar.addWorkingDays(cycle.submissionDue(), -templates.signOffLeadWorkingDays()), 8)
        .toString();
  }

  // ---- assigning sections ------------------------------------------------------------------

  public List<SectionAssignment> assign(ValidCycle cycle) {
    ReportTemplate template = templates.template(cycle.kind());
    ReportCompiler.Context context =
        new ReportCompiler.Context(cycle.kind(), cycle.year(), cycle.title(), cycle.sessionName());
    LocalDate due = cycle.responseDeadline();
    LocalDate remind = calendar.addWorkingDays(due, -templates.reminderWorkingDaysBefore());
    LocalDate cutOff = calendar.addWorkingDays(due, templates.cutOffWorkingDaysAfter());
    List<SectionAssignment> assignments = new ArrayList<>();
    for (Department d : cycle.departments()) {
      List<SectionAssignment.SectionRef> sections =
          template.sectionsOf(d.code()).stream()
              .map(
                  s ->
                      new SectionAssignment.SectionRef(
                          s.key(), s.number() + ". " + context.fill(s.title())))
              .toList();
      List<String> titles = new ArrayList<>();
      sections.forEach(s -> titles.add(s.heading()));
      titles.add("Tồn tại, hạn chế và nguyên nhân");
      titles.add("Nhiệm vụ, giải pháp kỳ tới");
      assignments.add(
          new SectionAssignment(
              d.code(),
              d.name(),
              d.candidateGroup(),
              sections,
              String.join("; ", titles),
              due.toString(),
              OfficeInput.vn(due),
              at(due, 17).toString(),
              at(remind, 8).toString(),
              due.plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime().toString(),
              at(cutOff, 17).toString()));
    }
    return assignments;
  }

  // ---- following departments up -------------------------------------------------------------

  public void remind(SectionAssignment a, String cycleTitle, String session, long stepKey) {
    Department d = catalog.department(a.departmentCode()).orElseThrow();
    notifier.send(
        new Notice(
            "report-cycle:reminder:" + a.departmentCode() + ":" + stepKey,
            "SECTION_REMINDER",
            "[Nhắc việc] Gửi báo cáo phục vụ " + session,
            d.name()
                + " chưa gửi báo cáo cho \""
                + cycleTitle
                + "\" ("
                + a.sectionTitles()
                + "). Hạn gửi: "
                + a.dueDateText()
                + ". Đề nghị gửi đúng hạn trên Tasklist.",
            List.of(new Recipient(d.name(), d.email())),
            List.of(),
            "report-cycle"));
  }

  public void followUp(SectionAssignment a, String cycleTitle, String session, long stepKey) {
    Department d = catalog.department(a.departmentCode()).orElseThrow();
    notifier.send(
        new Notice(
            "report-cycle:overdue:" + a.departmentCode() + ":" + stepKey,
            "SECTION_OVERDUE",
            "[Đôn đốc] " + d.name() + " chưa gửi báo cáo phục vụ " + session,
            "Đã quá hạn "
                + a.dueDateText()
                + " mà "
                + d.name()
                + " chưa gửi báo cáo cho \""
                + cycleTitle
                + "\". Đề nghị "
                + d.headTitle()
                + " chỉ đạo gửi ngay để Văn phòng tổng hợp trình UBND tỉnh.",
            List.of(new Recipient(d.headTitle(), d.email())),
            List.of(new Recipient(catalog.office().name(), catalog.office().email())),
            "report-cycle"));
  }

  // ---- compiling and issuing -----------------------------------------------------------------

  /** The directive statistics sentence of the reporting period, for its section. */
  public String directivesText(ReportingPeriod period) {
    LocalDate asOf = today().isBefore(period.to()) ? today() : period.to();
    return directives.statistics(period.from(), period.to(), asOf, 0).summary().sentence();
  }

  public ReportCompiler.Compiled compile(
      ReportKind kind,
      int year,
      String title,
      String session,
      List<SectionResult> results,
      ReportingPeriod period) {
    return compiler.compile(
        templates.template(kind),
        new ReportCompiler.Context(kind, year, title, session),
        results,
        directivesText(period));
  }

  /**
   * The signer of the report.
   *
   * @param lines the signature block's lines
   * @param name the signer's name
   */
  public record Signer(List<String> lines, String name) {}

  public Signer signer(String signOffSigner, String delegateLeader) {
    if ("DELEGATE".equals(signOffSigner)) {
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
      ReportKind kind,
      int year,
      String title,
      String session,
      List<DraftSection> draft,
      String number,
      String placeAndDate,
      Signer signer,
      boolean isDraft) {
    ReportTemplate template = templates.template(kind);
    ReportCompiler.Context context = new ReportCompiler.Context(kind, year, title, session);
    return new ReportDocument(
        catalog.province().parentBody(),
        catalog.province().issuingBody(),
        number,
        placeAndDate,
        context.fill(template.summary()),
        context.fill(template.opening()),
        compiler.build(template, context, draft),
        context.fill(template.closing()),
        templates.recipients(),
        new ReportDocument.SignatureBlock(signer.lines(), signer.name()),
        isDraft);
  }

  public StoredFile writeDraft(
      long cycleKey,
      int version,
      ReportKind kind,
      int year,
      String title,
      String session,
      List<DraftSection> draft) {
    String series = templates.numbering().series();
    ReportDocument doc =
        document(
            kind,
            year,
            title,
            session,
            draft,
            "Số:      /" + series,
            PlaceAndDate.blank(catalog.province().place(), today().getYear()),
            signer("SELF", null),
            true);
    return storage.store(
        "bao-cao-" + cycleKey + DocumentAccess.DRAFT_MARK + version + ".docx",
        writer.write(doc),
        "DRAFT",
        Long.toString(cycleKey),
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
      long cycleKey,
      ReportKind kind,
      int year,
      String title,
      String session,
      List<DraftSection> draft,
      String signOffSigner,
      String delegateLeader) {
    Signer signer = signer(signOffSigner, delegateLeader);
    String summary = summaryLine(kind, year, title, session);
    String series = templates.numbering().series();
    // A retried step gets the number and the date of its first attempt.
    var entry = register.take(series, "report-cycle-" + cycleKey, today(), summary);
    LocalDate issuedOn = entry.issuedOn();
    DocumentNumber number = new DocumentNumber(entry.year(), entry.sequence(), series);
    String placeAndDate = PlaceAndDate.format(catalog.province().place(), issuedOn);
    ReportDocument doc =
        document(
            kind,
            year,
            title,
            session,
            draft,
            "Số: " + number.formatted(),
            placeAndDate,
            signer,
            false);
    StoredFile file =
        storage.store(
            "bao-cao-"
                + number.year()
                + "-"
                + String.format("%02d", number.sequence())
                + "-"
                + number.symbol()
                + ".docx",
            writer.write(doc),
            "FINAL",
            Long.toString(cycleKey),
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

  public void warnLateSubmission(String number, String session, LocalDate due, long stepKey) {
    notifier.send(
        new Notice(
            "report-cycle:late-submission:" + stepKey,
            "LATE_SUBMISSION",
            "[Lưu ý] Báo cáo " + number + " gửi Thường trực HĐND sau hạn " + OfficeInput.vn(due),
            "Báo cáo số "
                + number
                + " phục vụ "
                + session
                + " được gửi ngày "
                + OfficeInput.vn(today())
                + ", sau thời hạn gửi trước kỳ họp ("
                + OfficeInput.vn(due)
                + ").",
            List.of(new Recipient(catalog.office().name(), catalog.office().email())),
            List.of(),
            "report-cycle"));
  }

  public void remindSignOff(String cycleTitle, String session, String submissionDue, long stepKey) {
    Leader chair = catalog.chair();
    notifier.send(
        new Notice(
            "report-cycle:sign-off:" + stepKey,
            "SIGN_OFF_REMINDER",
            "[Nhắc việc] Ký duyệt báo cáo trình " + session,
            "Báo cáo \""
                + cycleTitle
                + "\" đang chờ ký duyệt; cần gửi Thường trực HĐND tỉnh trước ngày "
                + submissionDue
                + ".",
            List.of(new Recipient(chair.title() + " " + chair.name(), chair.email())),
            List.of(new Recipient(catalog.office().name(), catalog.office().email())),
            "report-cycle"));
  }
}

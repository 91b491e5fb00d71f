package vn.gov.ubnd.workflow.reportcycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Department;
import vn.gov.ubnd.workflow.documents.ReportSection;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * The rules of the report cycle: opening it, assigning sections and compiling the answers (the
 * notices are {@link ReportCycleNotices}', the documents {@link ReportIssuing}'s). Each step may
 * run again for the same input (a retried job) without doing anything twice.
 */
@Service
class ReportCycleService {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final WorkingDayCalendar calendar;
  private final ReportTemplates templates;
  private final List<ReportFigures> figures;
  private final Clock clock;
  private final ReportCompiler compiler;

  public ReportCycleService(
      WorkingDayCalendar calendar,
      ReportTemplates templates,
      List<ReportFigures> figures,
      Clock clock) {
    this.calendar = calendar;
    this.templates = templates;
    this.figures = List.copyOf(figures);
    this.clock = clock;
    this.compiler = new ReportCompiler(templates.indicatorRule().rule());
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private static OffsetDateTime at(LocalDate day, int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(VIETNAM).toOffsetDateTime();
  }

  // ---- opening the cycle (checked by CycleValidator) ------------------------------------

  public String summaryLine(ReportCompiler.Context context) {
    return context.fill(templates.template(context.kind()).summary());
  }

  public String signOffReminderAt(ValidCycle cycle) {
    return at(
            calendar.addWorkingDays(cycle.submissionDue(), -templates.signOffLeadWorkingDays()), 8)
        .toString();
  }

  // ---- assigning sections ------------------------------------------------------------------

  /**
   * One assignment per department, due on the cycle's response deadline (both settled by the
   * validation step, not checked again here).
   */
  public List<SectionAssignment> assign(
      ReportCompiler.Context context, List<Department> departments, LocalDate due) {
    ReportTemplate template = templates.template(context.kind());
    LocalDate remind = calendar.addWorkingDays(due, -templates.reminderWorkingDaysBefore());
    LocalDate cutOff = calendar.addWorkingDays(due, templates.cutOffWorkingDaysAfter());
    List<SectionAssignment> assignments = new ArrayList<>();
    for (Department d : departments) {
      List<SectionAssignment.SectionRef> sections =
          template.sectionsOf(d.code()).stream()
              .map(
                  s ->
                      new SectionAssignment.SectionRef(
                          s.key(), ReportSection.heading(s.number(), context.fill(s.title()))))
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

  /**
   * The texts of the system's figures the template prints, for the reporting period as of today (or
   * its last day, once past): one per source it uses.
   */
  public Map<TemplateSection.Source, String> figureTexts(
      ReportTemplate template, ReportingPeriod period) {
    LocalDate asOf = today().isBefore(period.to()) ? today() : period.to();
    Map<TemplateSection.Source, String> texts = new EnumMap<>(TemplateSection.Source.class);
    for (ReportFigures source : figures) {
      if (template.uses(source.source())) {
        texts.put(source.source(), source.text(period, asOf, template.detailsInFootnotes()));
      }
    }
    return texts;
  }

  public ReportCompiler.Compiled compile(
      ReportCompiler.Context context, List<SectionResult> results, ReportingPeriod period) {
    ReportTemplate template = templates.template(context.kind());
    return compiler.compile(template, context, results, figureTexts(template, period));
  }
}

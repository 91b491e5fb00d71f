package vn.gov.ubnd.workflow.monthlyreport;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Catalog;

/** Drafts the monthly report: the figures and a first draft, then the draft with the narrative. */
@Component
public class MonthlyReportDraftingWorker {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final MonthlyReportService reports;
  private final WorkingDayCalendar calendar;
  private final Catalog catalog;

  public MonthlyReportDraftingWorker(
      MonthlyReportService reports, WorkingDayCalendar calendar, Catalog catalog) {
    this.reports = reports;
    this.calendar = calendar;
    this.catalog = catalog;
  }

  /** The month asked for by the start form ("4/2026"); absent when the monthly timer started it. */
  public record DraftRequest(String reportMonth) {}

  /**
   * What the review form shows and prefills.
   *
   * @param reportMonth "2026-04"
   * @param reportMonthText "tháng 4 năm 2026"
   * @param figuresText the generated sections as they will print, for the clerk to read
   * @param directionText the month's direction, prefilled with the last report's headings
   * @param fieldResultsText results by field, prefilled likewise
   * @param deputyChiefOptions the deputies the chief may let sign (form options)
   * @param reportDueAt due date of the review and the sign-off
   * @param reportId the report's own id: its number and its mail are claimed under it, never the
   *     instance key, which starts again when a cluster is rebuilt
   */
  public record Drafted(
      String reportMonth,
      String reportMonthText,
      String reportTitle,
      String figuresText,
      String draftDocumentName,
      String draftDocumentUrl,
      int draftVersion,
      String directionText,
      String fieldResultsText,
      List<Map<String, String>> deputyChiefOptions,
      String officeGroup,
      String chiefGroup,
      String reportDueAt,
      String reportId) {}

  @JobWorker(type = "draftMonthlyReport")
  public Drafted draftMonthlyReport(ActivatedJob job, @VariablesAsType DraftRequest in) {
    MonthlyReportService.Drafted drafted =
        reports.draft(job.getProcessInstanceKey(), in.reportMonth());
    MonthlyFigures f = drafted.report().figures();
    YearMonth month = YearMonth.parse(f.month());
    String monthText = MonthlyFiguresText.monthText(month);
    return new Drafted(
        f.month(),
        monthText,
        "Báo cáo công tác chỉ đạo điều hành " + monthText,
        String.join(
            "\n\n",
            "Kỳ số liệu: " + MonthlyFiguresText.periodText(f) + ".",
            MonthlyFiguresText.centralText(f),
            MonthlyFiguresText.programmeText(f),
            MonthlyFiguresText.monthSentence(f),
            MonthlyFiguresText.yearSentence(f),
            MonthlyFiguresText.overdueText(f),
            MonthlyFiguresText.documentsText(f)),
        drafted.file().name(),
        drafted.file().url(),
        1,
        drafted.direction(),
        drafted.fieldResults(),
        reports.deputyChiefs().stream().map(name -> Map.of("label", name, "value", name)).toList(),
        catalog.office().clerkGroup(),
        catalog.office().chiefGroup(),
        calendar
            .addWorkingDays(reports.today(), reports.properties().dueWorkingDays())
            .atTime(LocalTime.of(17, 0))
            .atZone(VIETNAM)
            .toOffsetDateTime()
            .toString(),
        UUID.randomUUID().toString());
  }

  /** The office's narrative as completed in the review form. */
  public record RedraftRequest(
      String directionText, String fieldResultsText, Integer draftVersion) {}

  /** The new draft. */
  public record Redrafted(String draftDocumentName, String draftDocumentUrl, int draftVersion) {}

  @JobWorker(type = "composeMonthlyReport")
  public Redrafted composeMonthlyReport(ActivatedJob job, @VariablesAsType RedraftRequest in) {
    int version = (in.draftVersion() == null ? 1 : in.draftVersion()) + 1;
    var file =
        reports.redraft(
            job.getProcessInstanceKey(), version, in.directionText(), in.fieldResultsText());
    return new Redrafted(file.name(), file.url(), version);
  }
}

package vn.gov.ubnd.workflow.reportcycle;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.documents.StoredFile;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;

/** Compiles the departments' answers into the draft, and writes the draft again after edits. */
@Component
public class ReportCompilationWorker {

  private final ReportCycleService cycles;
  private final ReportIssuing issuing;

  public ReportCompilationWorker(ReportCycleService cycles, ReportIssuing issuing) {
    this.cycles = cycles;
    this.issuing = issuing;
  }

  /**
   * The draft for the office.
   *
   * @param draftSections leaf sections and their text, edited in the next form
   * @param lateDepartments who answered after the overdue notice
   * @param missingDepartments who did not answer by the cut-off
   * @param compileNote the same, as a sentence for the office
   * @param draftVersion version of the draft document
   * @param draftDocumentUrl where to download it
   */
  public record Compiled(
      List<DraftSection> draftSections,
      List<String> lateDepartments,
      List<String> missingDepartments,
      String compileNote,
      int draftVersion,
      String draftDocumentUrl) {}

  /** What compiling reads of the cycle: its heading, the answers and the reporting period. */
  public record CompileRequest(
      String reportKind,
      Integer year,
      String reportTitle,
      String sessionName,
      List<SectionResult> sectionResults,
      String reportingPeriodFrom,
      String reportingPeriodTo,
      Integer quarter,
      String cycleId) {

    ReportCompiler.Context context() {
      return new ReportCompiler.Context(
          ReportKind.of(reportKind), year, reportTitle, sessionName, quarter);
    }

    List<SectionResult> results() {
      return sectionResults == null ? List.of() : sectionResults;
    }
  }

  @JobWorker(type = "compileReport")
  public Compiled compileReport(ActivatedJob job, @VariablesAsType CompileRequest in) {
    ReportCompiler.Context context = in.context();
    ReportCompiler.Compiled compiled =
        cycles.compile(
            context,
            in.results(),
            new ReportingPeriod(
                LocalDate.parse(in.reportingPeriodFrom()),
                LocalDate.parse(in.reportingPeriodTo())));
    StoredFile draft =
        issuing.writeDraft(
            CycleRef.of(in.cycleId(), job.getProcessInstanceKey()),
            1,
            context,
            compiled.sections(),
            in.results());
    String note =
        (compiled.missingDepartments().isEmpty()
                ? "Tất cả cơ quan được giao đã gửi báo cáo."
                : "Không gửi báo cáo: " + String.join(", ", compiled.missingDepartments()) + ".")
            + (compiled.lateDepartments().isEmpty()
                ? ""
                : " Gửi muộn (sau khi đã đôn đốc): "
                    + String.join(", ", compiled.lateDepartments())
                    + ".");
    return new Compiled(
        compiled.sections(),
        compiled.lateDepartments(),
        compiled.missingDepartments(),
        note,
        1,
        draft.url());
  }

  /** The draft written again. */
  public record Regenerated(int draftVersion, String draftDocumentUrl) {}

  /**
   * What writing the draft again reads: the heading, the edited sections, the last version and the
   * answers (whose indicators make the table).
   */
  public record DraftRequest(
      String reportKind,
      Integer year,
      String reportTitle,
      String sessionName,
      List<DraftSection> draftSections,
      Integer draftVersion,
      Integer quarter,
      List<SectionResult> sectionResults,
      String cycleId) {

    ReportCompiler.Context context() {
      return new ReportCompiler.Context(
          ReportKind.of(reportKind), year, reportTitle, sessionName, quarter);
    }
  }

  @JobWorker(type = "regenerateDraft")
  public Regenerated regenerateDraft(ActivatedJob job, @VariablesAsType DraftRequest in) {
    if (in.draftSections() == null) {
      throw new InvalidProcessDataException(
          "biến draftSections không có: bước \"Tổng hợp báo cáo\" phải chạy trước");
    }
    int version = (in.draftVersion() == null ? 1 : in.draftVersion()) + 1;
    StoredFile draft =
        issuing.writeDraft(
            CycleRef.of(in.cycleId(), job.getProcessInstanceKey()),
            version,
            in.context(),
            in.draftSections(),
            in.sectionResults() == null ? List.of() : in.sectionResults());
    return new Regenerated(version, draft.url());
  }
}

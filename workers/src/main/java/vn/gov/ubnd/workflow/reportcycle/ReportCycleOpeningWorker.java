package vn.gov.ubnd.workflow.reportcycle;

import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import io.camunda.zeebe.spring.common.exception.ZeebeBpmnError;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Department;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;
import vn.gov.ubnd.workflow.input.OfficeInput;

/** Opens a report cycle: checks what the office entered, then hands out the sections. */
@Component
public class ReportCycleOpeningWorker {

  static final String INVALID = "CYCLE_INVALID";

  private final ReportCycleService cycles;
  private final CycleValidator validator;
  private final Catalog catalog;

  public ReportCycleOpeningWorker(
      ReportCycleService cycles, CycleValidator validator, Catalog catalog) {
    this.cycles = cycles;
    this.validator = validator;
    this.catalog = catalog;
  }

  /**
   * The cycle as settled, for the rest of the process and its forms.
   *
   * @param departments the departments asked (catalog codes)
   * @param validationErrors cleared after a successful correction
   * @param cycleId the cycle's own id ({@link CycleRef}), made here once
   */
  public record Opened(
      String cycleTitle,
      String sessionOpeningDateText,
      String responseDeadline,
      String reportingPeriodFrom,
      String reportingPeriodTo,
      String submissionDueDate,
      String submissionDueDateText,
      String signOffReminderAt,
      String officeGroup,
      String officeChiefGroup,
      String chairGroup,
      List<String> departments,
      List<String> validationErrors,
      String cycleId) {}

  @JobWorker(type = "validateReportCycle")
  public Opened validateReportCycle(@VariablesAsType CycleInput input) {
    ValidCycle cycle;
    try {
      cycle = validator.validate(input);
    } catch (CycleValidationException e) {
      throw new ZeebeBpmnError(
          INVALID,
          "Thông tin kỳ báo cáo chưa hợp lệ: " + e.getMessage(),
          Map.of("validationErrors", e.problems(), "officeGroup", catalog.office().clerkGroup()));
    }
    return new Opened(
        cycles.summaryLine(cycle.context()),
        OfficeInput.vn(cycle.sessionOpening()),
        cycle.responseDeadline().toString(),
        cycle.period().from().toString(),
        cycle.period().to().toString(),
        cycle.submissionDue().toString(),
        OfficeInput.vn(cycle.submissionDue()),
        cycles.signOffReminderAt(cycle),
        catalog.office().clerkGroup(),
        catalog.office().chiefGroup(),
        catalog.chair().candidateGroup(),
        cycle.departments().stream().map(Department::code).toList(),
        List.of(),
        input.cycleId() == null || input.cycleId().isBlank() ? CycleRef.newId() : input.cycleId());
  }

  /** One assignment per department, the multi-instance input. */
  public record Assigned(List<SectionAssignment> assignments) {}

  /**
   * What assigning reads: the cycle as the validation step settled it (its departments as catalog
   * codes, its response deadline on a working day), not the office's input again.
   */
  public record AssignRequest(
      String reportKind,
      Integer year,
      String reportTitle,
      String sessionName,
      List<String> departments,
      String responseDeadline,
      Integer quarter) {}

  @JobWorker(type = "assignSections")
  public Assigned assignSections(@VariablesAsType AssignRequest in) {
    List<Department> departments =
        in.departments().stream()
            .map(
                code ->
                    catalog
                        .department(code)
                        .orElseThrow(
                            () ->
                                new InvalidProcessDataException(
                                    "cơ quan \""
                                        + code
                                        + "\" trong biến departments không có trong danh mục: sửa"
                                        + " biến về mã cơ quan đã được kiểm tra ở bước \"Kiểm tra"
                                        + " thông tin kỳ báo cáo\"")))
            .toList();
    return new Assigned(
        cycles.assign(
            new ReportCompiler.Context(
                ReportKind.of(in.reportKind()),
                in.year(),
                in.reportTitle(),
                in.sessionName(),
                in.quarter()),
            departments,
            LocalDate.parse(in.responseDeadline())));
  }
}

package vn.gov.ubnd.workflow.reportcycle;

import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import io.camunda.zeebe.spring.common.exception.ZeebeBpmnError;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Department;

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
      List<String> validationErrors) {}

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
        vn.gov.ubnd.workflow.input.OfficeInput.vn(cycle.sessionOpening()),
        cycle.responseDeadline().toString(),
        cycle.period().from().toString(),
        cycle.period().to().toString(),
        cycle.submissionDue().toString(),
        vn.gov.ubnd.workflow.input.OfficeInput.vn(cycle.submissionDue()),
        cycles.signOffReminderAt(cycle),
        catalog.office().clerkGroup(),
        catalog.office().chiefGroup(),
        catalog.chair().candidateGroup(),
        cycle.departments().stream().map(Department::code).toList(),
        List.of());
  }

  /** One assignment per department, the multi-instance input. */
  public record Assigned(List<SectionAssignment> assignments) {}

  @JobWorker(type = "assignSections")
  public Assigned assignSections(@VariablesAsType CycleInput input) {
    ValidCycle cycle = validator.validate(input);
    return new Assigned(cycles.assign(cycle));
  }
}

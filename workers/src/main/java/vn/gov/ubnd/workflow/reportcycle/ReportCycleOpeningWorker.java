package vn.gov.ubnd.workflow.reportcycle;

import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.Variable;
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
      String responseDeadlineText,
      String reportingPeriodFrom,
      String reportingPeriodTo,
      String dataCutOff,
      String submissionDueDate,
      String submissionDueDateText,
      String signOffReminderAt,
      String officeGroup,
      String officeChiefGroup,
      String chairGroup,
      List<String> departments,
      List<String> validationErrors) {}

  @JobWorker(type = "validateReportCycle")
  public Opened validateReportCycle(
      @Variable String reportKind,
      @Variable Integer year,
      @Variable String reportTitle,
      @Variable String sessionName,
      @Variable String sessionOpeningDate,
      @Variable List<String> departments,
      @Variable String responseDeadline) {
    ValidCycle cycle;
    try {
      cycle =
          validator.validate(
              new CycleInput(
                  reportKind,
                  year,
                  reportTitle,
                  sessionName,
                  sessionOpeningDate,
                  departments,
                  responseDeadline));
    } catch (CycleValidationException e) {
      throw new ZeebeBpmnError(
          INVALID,
          "Thông tin kỳ báo cáo chưa hợp lệ: " + e.getMessage(),
          Map.of("validationErrors", e.problems(), "officeGroup", catalog.office().clerkGroup()));
    }
    return new Opened(
        cycles.summaryLine(cycle.kind(), cycle.year(), cycle.title(), cycle.sessionName()),
        vn.gov.ubnd.workflow.input.OfficeInput.vn(cycle.sessionOpening()),
        cycle.responseDeadline().toString(),
        vn.gov.ubnd.workflow.input.OfficeInput.vn(cycle.responseDeadline()),
        cycle.period().from().toString(),
        cycle.period().to().toString(),
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
  public Assigned assignSections(
      @Variable String reportKind,
      @Variable Integer year,
      @Variable String reportTitle,
      @Variable String sessionName,
      @Variable String sessionOpeningDate,
      @Variable List<String> departments,
      @Variable String responseDeadline) {
    ValidCycle cycle =
        validator.validate(
            new CycleInput(
                reportKind,
                year,
                reportTitle,
                sessionName,
                sessionOpeningDate,
                departments,
                responseDeadline));
    return new Assigned(cycles.assign(cycle));
  }
}

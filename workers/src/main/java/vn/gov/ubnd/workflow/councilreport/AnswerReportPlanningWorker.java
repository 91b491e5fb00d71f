package vn.gov.ubnd.workflow.councilreport;

import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import io.camunda.zeebe.spring.common.exception.ZeebeBpmnError;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Leader;
import vn.gov.ubnd.workflow.input.OfficeInput;

/** Checks the office's request for an answer report and sets its due date before the session. */
@Component
public class AnswerReportPlanningWorker {

  static final String INVALID = "ANSWER_REPORT_INVALID";

  private final AnswerReports reports;
  private final Catalog catalog;

  public AnswerReportPlanningWorker(AnswerReports reports, Catalog catalog) {
    this.reports = reports;
    this.catalog = catalog;
  }

  /** What the start (or correction) form sent. */
  public record PlanRequest(
      String councilReportKind, String sessionName, String nextSessionOpeningDate) {}

  /**
   * The settled request, for the rest of the process and its forms.
   *
   * @param reportTitle the summary line, shown on every task
   * @param dueDate the day the report must reach the Standing Committee (ISO)
   * @param warnAt when the office is warned (the timer)
   * @param dueAt the due day at 08:00 (the timer and the tasks' due date)
   * @param signerOptions the chair and vice-chairs, as the review form offers them
   * @param answerReportId the report's own id: its number and its submission are taken once under
   *     it (an instance key may come again after a cluster is rebuilt, the register stays)
   * @param validationErrors cleared after a successful correction
   */
  public record Planned(
      String answerReportId,
      String councilReportKind,
      String sessionName,
      String reportTitle,
      String dueDate,
      String dueDateText,
      String warnAt,
      String dueAt,
      String officeGroup,
      List<Map<String, String>> signerOptions,
      List<String> validationErrors) {}

  @JobWorker(type = "planAnswerReport")
  public Planned planAnswerReport(@VariablesAsType PlanRequest in) {
    AnswerReportPlan plan;
    try {
      plan = reports.plan(in.councilReportKind(), in.sessionName(), in.nextSessionOpeningDate());
    } catch (AnswerReportPlan.Invalid e) {
      throw new ZeebeBpmnError(
          INVALID,
          "Yêu cầu lập báo cáo chưa hợp lệ: " + e.getMessage(),
          Map.of("validationErrors", e.problems(), "officeGroup", catalog.office().clerkGroup()));
    }
    return new Planned(
        UUID.randomUUID().toString(),
        plan.kind().name(),
        plan.session(),
        "Báo cáo " + lowerFirst(plan.kind().summary(plan.session())),
        plan.dueDate().toString(),
        OfficeInput.vn(plan.dueDate()),
        plan.warnAt().toString(),
        plan.dueAt().toString(),
        catalog.office().clerkGroup(),
        reports.signers().stream().map(AnswerReportPlanningWorker::option).toList(),
        List.of());
  }

  private static Map<String, String> option(Leader leader) {
    return Map.of("label", leader.title() + " " + leader.name(), "value", leader.code());
  }

  private static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}

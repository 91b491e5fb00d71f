package vn.gov.ubnd.workflow.testing;

/**
 * The element ids of processes/monthly-direction-report.bpmn the tests name, in one place: a
 * renamed element fails ModelElementsTest here, not a test somewhere with a timeout.
 */
public final class MonthlyReportModel {

  public static final String PROCESS = "monthly-direction-report";

  public static final String ENDEVENT_REPORT_SENT = "EndEvent_ReportSent";
  public static final String GATEWAY_REPORT_SIGNED = "Gateway_ReportSigned";
  public static final String STARTEVENT_MONTH_CLOSED = "StartEvent_MonthClosed";
  public static final String TASK_COMPLETE_NARRATIVE = "Task_CompleteNarrative";
  public static final String TASK_COMPOSE_MONTHLY_REPORT = "Task_ComposeMonthlyReport";
  public static final String TASK_DRAFT_MONTHLY_REPORT = "Task_DraftMonthlyReport";
  public static final String TASK_ISSUE_MONTHLY_REPORT = "Task_IssueMonthlyReport";
  public static final String TASK_SEND_MONTHLY_REPORT = "Task_SendMonthlyReport";
  public static final String TASK_SIGN_MONTHLY_REPORT = "Task_SignMonthlyReport";

  private MonthlyReportModel() {}
}

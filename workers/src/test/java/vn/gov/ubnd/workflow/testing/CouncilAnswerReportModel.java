package vn.gov.ubnd.workflow.testing;

/**
 * The element ids of processes/council-answer-report.bpmn the tests name, in one place: a renamed
 * element fails ModelElementsTest here, not a test somewhere with a timeout.
 */
public final class CouncilAnswerReportModel {

  public static final String PROCESS = "council-answer-report";

  public static final String TASK_PLAN_ANSWER_REPORT = "Task_PlanAnswerReport";
  public static final String TASK_CORRECT_ANSWER_REPORT_REQUEST = "Task_CorrectAnswerReportRequest";
  public static final String TASK_DRAFT_ANSWER_REPORT = "Task_DraftAnswerReport";
  public static final String TASK_REVIEW_ANSWER_REPORT = "Task_ReviewAnswerReport";
  public static final String TASK_COMPOSE_SIGNING_COPY = "Task_ComposeSigningCopy";
  public static final String TASK_SIGN_ANSWER_REPORT = "Task_SignAnswerReport";
  public static final String TASK_ISSUE_ANSWER_REPORT = "Task_IssueAnswerReport";
  public static final String TASK_SEND_ANSWER_REPORT = "Task_SendAnswerReport";
  public static final String TASK_WARN_ANSWER_REPORT_DUE = "Task_WarnAnswerReportDue";
  public static final String TASK_WARN_ANSWER_REPORT_OVERDUE = "Task_WarnAnswerReportOverdue";
  public static final String EVENT_ANSWER_REPORT_DUE_SOON = "Event_AnswerReportDueSoon";
  public static final String EVENT_ANSWER_REPORT_OVERDUE = "Event_AnswerReportOverdue";
  public static final String EVENT_REQUEST_INVALID = "Event_RequestInvalid";
  public static final String GATEWAY_READY_TO_SIGN = "Gateway_ReadyToSign";
  public static final String GATEWAY_REPORT_SIGNED = "Gateway_ReportSigned";
  public static final String ENDEVENT_ANSWER_REPORT_SENT = "EndEvent_AnswerReportSent";

  private CouncilAnswerReportModel() {}
}

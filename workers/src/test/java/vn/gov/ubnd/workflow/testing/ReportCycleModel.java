package vn.gov.ubnd.workflow.testing;

/**
 * The element ids of processes/report-cycle.bpmn the tests name, in one place: a renamed element
 * fails ModelElementsTest here, not a test somewhere with a timeout.
 */
public final class ReportCycleModel {

  public static final String PROCESS = "report-cycle";

  public static final String ENDEVENT_SECTION_MISSING = "EndEvent_SectionMissing";
  public static final String ENDEVENT_SUBMITTED = "EndEvent_Submitted";
  public static final String TASK_ASSIGN_SECTIONS = "Task_AssignSections";
  public static final String TASK_CLOSE_MISSING_SECTION = "Task_CloseMissingSection";
  public static final String TASK_COMPILE_REPORT = "Task_CompileReport";
  public static final String TASK_CORRECT_CYCLE = "Task_CorrectCycle";
  public static final String TASK_EDIT_DRAFT = "Task_EditDraft";
  public static final String TASK_ISSUE_DOCUMENT = "Task_IssueDocument";
  public static final String TASK_REGENERATE_DRAFT = "Task_RegenerateDraft";
  public static final String TASK_REMIND_SIGN_OFF = "Task_RemindSignOff";
  public static final String TASK_REVIEW_DRAFT = "Task_ReviewDraft";
  public static final String TASK_REVIEW_SECTION = "Task_ReviewSection";
  public static final String TASK_SIGN_OFF = "Task_SignOff";
  public static final String TASK_SUBMIT_SECTION = "Task_SubmitSection";
  public static final String TASK_SUBMIT_TO_COUNCIL = "Task_SubmitToCouncil";

  private ReportCycleModel() {}
}

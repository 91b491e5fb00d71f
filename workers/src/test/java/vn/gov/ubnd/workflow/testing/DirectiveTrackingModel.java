package vn.gov.ubnd.workflow.testing;

/**
 * The element ids of processes/directive-tracking.bpmn the tests name, in one place: a renamed
 * element fails ModelElementsTest here, not a test somewhere with a timeout.
 */
public final class DirectiveTrackingModel {

  public static final String PROCESS = "directive-tracking";

  public static final String ENDEVENT_COMPLETION_CONFIRMED = "EndEvent_CompletionConfirmed";
  public static final String ENDEVENT_DIRECTIVE_COMPLETED = "EndEvent_DirectiveCompleted";
  public static final String ENDEVENT_DIRECTIVE_WITHDRAWN = "EndEvent_DirectiveWithdrawn";
  public static final String ENDEVENT_DUPLICATE_IGNORED = "EndEvent_DuplicateIgnored";
  public static final String ENDEVENT_LADDER_DONE = "EndEvent_LadderDone";
  public static final String ENDEVENT_NO_DEADLINE = "EndEvent_NoDeadline";
  public static final String EVENT_EXTENSION_GRANTED = "Event_ExtensionGranted";
  public static final String EVENT_FOLLOW_UP_DUE = "Event_FollowUpDue";
  public static final String EVENT_WITHDRAWAL_DECIDED = "Event_WithdrawalDecided";
  public static final String GATEWAY_LEADER_DIRECTION = "Gateway_LeaderDirection";
  public static final String TASK_APPLY_EXTENSION = "Task_ApplyExtension";
  public static final String TASK_CONFIRM_COMPLETION = "Task_ConfirmCompletion";
  public static final String TASK_CORRECT_DIRECTIVE = "Task_CorrectDirective";
  public static final String TASK_DETERMINE_LADDER = "Task_DetermineLadder";
  public static final String TASK_DIRECT_OVERDUE_DIRECTIVE = "Task_DirectOverdueDirective";
  public static final String TASK_PLAN_FOLLOW_UPS = "Task_PlanFollowUps";
  public static final String TASK_RECORD_COMPLETION = "Task_RecordCompletion";
  public static final String TASK_RECORD_CONTRIBUTION = "Task_RecordContribution";
  public static final String ENDEVENT_CONTRIBUTION_RECORDED = "EndEvent_ContributionRecorded";
  public static final String TASK_RECORD_LEADER_DIRECTION = "Task_RecordLeaderDirection";
  public static final String TASK_RECORD_PROGRESS = "Task_RecordProgress";
  public static final String TASK_REGISTER_DIRECTIVE = "Task_RegisterDirective";
  public static final String TASK_REPORT_ON_DIRECTIVE = "Task_ReportOnDirective";
  public static final String TASK_REVIEW_EXTENSION = "Task_ReviewExtension";

  public static final String TASK_ANSWER_PETITION = "Task_AnswerPetition";
  public static final String ENDEVENT_PETITION_IN_PROGRESS = "EndEvent_PetitionInProgress";
  public static final String EVENT_PETITION_CARRIED_OVER = "Event_PetitionCarriedOver";
  public static final String TASK_CARRY_OVER_PETITION = "Task_CarryOverPetition";

  private DirectiveTrackingModel() {}
}

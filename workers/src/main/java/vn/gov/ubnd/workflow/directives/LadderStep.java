package vn.gov.ubnd.workflow.directives;

/**
 * One rung of the follow-up ladder, as the DMN decision {@code escalation-ladder} returns it.
 *
 * @param level 0 reminder, 1 overdue, 2 and up leaders
 * @param code REMINDER, OVERDUE, LEADER_IN_CHARGE, CHAIR
 * @param offsetWorkingDays working days from the deadline: negative before it; 0 means the start of
 *     the day after it (the moment the directive is overdue)
 * @param recipient LEAD_AGENCY, LEADER_IN_CHARGE or CHAIR
 * @param needsDecision whether the recipient gets a task to decide (urge, extend, withdraw)
 */
record LadderStep(
    int level, String code, int offsetWorkingDays, String recipient, boolean needsDecision) {}

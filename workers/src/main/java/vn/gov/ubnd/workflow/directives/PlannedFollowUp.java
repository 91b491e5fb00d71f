package vn.gov.ubnd.workflow.directives;

/**
 * A follow-up step scheduled for a date: the process waits for {@code at}, then sends it.
 *
 * @param level ladder level
 * @param code ladder code
 * @param name Vietnamese name of the step, for Operate and the forms
 * @param at when it is due, ISO date-time with offset (the timer reads it)
 * @param recipient who it goes to (LEAD_AGENCY, LEADER_IN_CHARGE, CHAIR)
 * @param needsDecision whether the recipient gets a decision task
 */
record PlannedFollowUp(
    int level, String code, String name, String at, String recipient, boolean needsDecision) {}

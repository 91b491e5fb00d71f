package vn.gov.ubnd.workflow.portal.register;

/**
 * One line of the register as its table shows it.
 *
 * @param source the document that gave it, in words ("Số 12/TB-UBND ngày 05/03/2026")
 * @param role for an agency: "Chủ trì" or "Phối hợp"; null for the office and leaders
 * @param assignedOn ISO date
 * @param deadline ISO date, or null
 * @param state where it stood at the end of the register's day
 * @param workingDaysOverdue for an overdue directive, how many working days past its deadline
 */
record RegisterRow(
    String directiveId,
    String title,
    String source,
    String leadAgencyName,
    String role,
    String leaderName,
    String assignedOn,
    String deadline,
    String state,
    String stateLabel,
    Integer workingDaysOverdue,
    int extensionCount,
    int escalationLevel) {}

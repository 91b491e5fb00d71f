package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One step of the follow-up ladder as it happened: a reminder, the overdue notice, an escalation to
 * a leader.
 *
 * @param level the ladder level (0 reminder, 1 overdue, 2 and up leaders)
 * @param levelName the level's code from the ladder decision
 * @param sentAt when it was sent
 * @param deadline the deadline in force it was about
 * @param recipients who received it
 */
public record FollowUp(
    int level,
    String levelName,
    OffsetDateTime sentAt,
    LocalDate deadline,
    List<String> recipients) {}

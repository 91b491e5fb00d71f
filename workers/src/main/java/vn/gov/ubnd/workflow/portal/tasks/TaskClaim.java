package vn.gov.ubnd.workflow.portal.tasks;

import java.time.OffsetDateTime;

/**
 * Who opened a task in the portal and took it, and who completed it there.
 *
 * @param taskId the engine's task id
 * @param username who works on it
 * @param fullName their name
 * @param claimedAt when they took it
 * @param completedBy who completed it (username), null while open
 * @param completedByName their name
 * @param completedAt when
 */
record TaskClaim(
    String taskId,
    String username,
    String fullName,
    OffsetDateTime claimedAt,
    String completedBy,
    String completedByName,
    OffsetDateTime completedAt) {

  public boolean completed() {
    return completedAt != null;
  }
}

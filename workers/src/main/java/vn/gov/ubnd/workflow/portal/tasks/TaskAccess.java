package vn.gov.ubnd.workflow.portal.tasks;

import java.util.Collections;
import vn.gov.ubnd.workflow.camunda.EngineTask;
import vn.gov.ubnd.workflow.portal.Viewer;

/**
 * Who may see and complete a task: the people of a group it is offered to, or the person the engine
 * has it assigned to. Tasklist 8.6 does not enforce candidate groups without Identity; the portal
 * does, on every read and every completion.
 */
enum TaskAccess {
  /** Offered to one of the person's groups, or assigned to them. */
  ALLOWED,
  /** Someone else's work: answered as 403, the same as a task that does not exist for them. */
  FORBIDDEN;

  public static TaskAccess of(EngineTask task, Viewer viewer) {
    if (viewer.username().equals(task.assignee())) {
      return ALLOWED;
    }
    return Collections.disjoint(task.candidateGroups(), viewer.groups()) ? FORBIDDEN : ALLOWED;
  }
}

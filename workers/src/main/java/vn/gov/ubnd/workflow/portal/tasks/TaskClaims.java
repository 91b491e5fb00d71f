package vn.gov.ubnd.workflow.portal.tasks;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import vn.gov.ubnd.workflow.accounts.Person;

/** Who took which task in the portal, and who completed it. */
interface TaskClaims {

  Optional<TaskClaim> find(String taskId);

  /** The claims of these tasks, by task id (tasks nobody opened are absent). */
  Map<String, TaskClaim> findAll(Collection<String> taskIds);

  /**
   * Takes the task for the person unless someone else has it; with {@code takeOver} the person
   * takes it from a colleague. Returns the claim in force afterwards (possibly a colleague's).
   */
  TaskClaim claim(String taskId, Person person, boolean takeOver);

  /** Records that the person completed the task. */
  void completed(String taskId, Person person);
}

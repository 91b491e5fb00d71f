package vn.gov.ubnd.workflow.camunda;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the staff portal asks of Camunda's task side: {@link TasklistTaskEngine} reads job-based
 * tasks through Tasklist's API v1 (8.6 and 8.8) and completes and starts through the line's {@link
 * EngineGateway}; Camunda user tasks get their own implementation (v2 user-task API), and nothing
 * else changes.
 */
public interface TaskEngine {

  /**
   * Every open task offered to any of the groups or assigned to the person, earliest deadline
   * first; each with the variables {@code variableNames} (none when empty).
   */
  List<EngineTask> openTasks(
      Collection<String> candidateGroups, String assignee, Collection<String> variableNames);

  /** The task as the engine knows it now (open or completed), or empty when it never existed. */
  Optional<EngineTask> task(String taskId);

  /**
   * Those of the task's variables whose names are given, as JSON values: never the instance's whole
   * set (what a person is shown is what their form reads).
   */
  Map<String, JsonNode> variables(String taskId, Collection<String> names);

  /** The schema of the form linked to the task, in the version the task was created with. */
  String formSchema(EngineTask task);

  /**
   * Records in the engine who works on the task, where the line lets a service account do so (an
   * API user of 8.6 with Identity, the v2 API); returns false where it cannot (8.6 without
   * Identity: only a signed-in Tasklist user may take a task, and only for themselves).
   */
  boolean assign(String taskId, String username);

  /**
   * Completes the task with these variables.
   *
   * @throws TaskGoneException when the task is no longer open (completed by someone else, or its
   *     instance cancelled)
   */
  void complete(String taskId, Map<String, Object> variables);

  /** Starts the latest version of the process with these variables; returns the instance key. */
  long start(String bpmnProcessId, Map<String, Object> variables);
}

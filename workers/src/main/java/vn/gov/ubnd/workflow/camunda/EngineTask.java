package vn.gov.ubnd.workflow.camunda;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A user task as the engine reports it.
 *
 * @param id the task's id (the job key of a job-based user task)
 * @param name the task's name in the model ("Gửi báo cáo của cơ quan")
 * @param elementId the task's element id in the model ("Task_SubmitSection")
 * @param processName the process's name ("Chu trình báo cáo trình HĐND tỉnh")
 * @param processDefinitionKey the deployed process version
 * @param processInstanceKey the instance
 * @param formId the linked form's id, null when the task has none
 * @param formVersion the linked form's version
 * @param candidateGroups the groups it is offered to
 * @param assignee who the engine says works on it, or null
 * @param created when it was created
 * @param due its due date, or null
 * @param open false once completed or cancelled
 * @param variables the variables asked for with the task, by name
 */
public record EngineTask(
    String id,
    String name,
    String elementId,
    String processName,
    String processDefinitionKey,
    long processInstanceKey,
    String formId,
    Long formVersion,
    List<String> candidateGroups,
    String assignee,
    OffsetDateTime created,
    OffsetDateTime due,
    boolean open,
    Map<String, JsonNode> variables) {}

package vn.gov.ubnd.workflow.camunda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Job-based user tasks, read through Tasklist's API v1 (8.6 and 8.8; deprecated in 8.8, gone in
 * 8.10) and completed and started through the gateway (Tasklist itself completes a job-based user
 * task by completing its job, whose key is the task's id). Camunda user tasks and the v2 API
 * replace both: another implementation of {@link TaskEngine}, see deploy/README.md.
 */
class TasklistTaskEngine implements TaskEngine {

  /** Tasklist's page size: the tasks are read page after page to the last. */
  private static final int PAGE = 200;

  private static final DateTimeFormatter TASKLIST_TIME =
      new DateTimeFormatterBuilder()
          .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .appendPattern("[XXX][XX]")
          .toFormatter();

  private final TasklistClient tasklist;
  private final EngineGateway engine;
  private final ObjectMapper json;
  private final boolean apiUser;

  public TasklistTaskEngine(
      TasklistProperties properties, EngineGateway engine, ObjectMapper json) {
    this.tasklist = new TasklistClient(properties, json);
    this.engine = engine;
    this.json = json;
    this.apiUser = properties.usesClientCredentials();
  }

  @Override
  public List<EngineTask> openTasks(
      Collection<String> candidateGroups, String assignee, Collection<String> variableNames) {
    Map<String, EngineTask> found = new LinkedHashMap<>();
    if (!candidateGroups.isEmpty()) {
      search(Map.of("candidateGroups", List.copyOf(candidateGroups)), variableNames, found);
    }
    if (assignee != null) {
      search(Map.of("assignee", assignee), variableNames, found);
    }
    return List.copyOf(found.values());
  }

  private void search(
      Map<String, Object> filter, Collection<String> variableNames, Map<String, EngineTask> found) {
    JsonNode searchAfter = null;
    while (true) {
      Map<String, Object> body = new LinkedHashMap<>(filter);
      body.put("state", "CREATED");
      body.put("pageSize", PAGE);
      body.put("sort", List.of(Map.of("field", "dueDate", "order", "ASC")));
      body.put(
          "includeVariables", variableNames.stream().map(name -> Map.of("name", name)).toList());
      if (searchAfter != null) {
        body.put("searchAfter", searchAfter);
      }
      JsonNode page = tasklist.post("/v1/tasks/search", body);
      for (JsonNode item : page) {
        found.putIfAbsent(item.path("id").asText(), task(item));
        searchAfter = item.path("sortValues");
      }
      if (page.size() < PAGE) {
        return;
      }
    }
  }

  @Override
  public Optional<EngineTask> task(String taskId) {
    if (!taskId.matches("\\d{1,19}")) {
      return Optional.empty();
    }
    return tasklist.get("/v1/tasks/" + taskId).map(this::task);
  }

  @Override
  public Map<String, JsonNode> variables(String taskId, Collection<String> names) {
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    if (names.isEmpty()) {
      return variables; // Tasklist reads no filter as "all of them"
    }
    for (JsonNode variable :
        tasklist.post(
            "/v1/tasks/" + taskId + "/variables/search",
            Map.of("variableNames", List.copyOf(names)))) {
      // Asked by name, answered by name: anything else Tasklist sends is not passed on.
      if (names.contains(variable.path("name").asText())) {
        variables.put(variable.path("name").asText(), value(variable.path("value")));
      }
    }
    return variables;
  }

  @Override
  public String formSchema(EngineTask task) {
    String path =
        "/v1/forms/"
            + task.formId()
            + "?processDefinitionKey="
            + task.processDefinitionKey()
            + (task.formVersion() == null ? "" : "&version=" + task.formVersion());
    return tasklist
        .get(path)
        .map(form -> form.path("schema").asText())
        .orElseThrow(
            () ->
                new EngineUnavailableException(
                    "Tasklist chưa có biểu mẫu " + task.formId() + " của việc này: thử lại sau.",
                    null));
  }

  @Override
  public boolean assign(String taskId, String username) {
    if (!apiUser) {
      // Tasklist 8.6 without Identity lets a signed-in user take a task for themselves only
      // ("User doesn't have the permission to assign another user to this task").
      return false;
    }
    tasklist.patch(
        "/v1/tasks/" + taskId + "/assign",
        Map.of("assignee", username, "allowOverrideAssignment", true));
    return true;
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    try {
      engine.completeJob(Long.parseLong(taskId), variables);
    } catch (EngineCallException e) {
      switch (e.kind()) {
        case NOT_FOUND -> throw new TaskGoneException(taskId, e);
        case BUSY -> throw gatewayUnavailable(e);
        case REFUSED -> throw e;
      }
    }
  }

  @Override
  public long start(String bpmnProcessId, Map<String, Object> variables) {
    try {
      return engine.startInstance(bpmnProcessId, variables);
    } catch (EngineCallException e) {
      throw gatewayUnavailable(e);
    }
  }

  private static EngineUnavailableException gatewayUnavailable(Exception cause) {
    return new EngineUnavailableException(
        "Hệ thống quy trình (Zeebe) đang không trả lời: thử lại sau ít phút; nếu vẫn lỗi, báo quản"
            + " trị hệ thống.",
        cause);
  }

  private EngineTask task(JsonNode item) {
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    for (JsonNode variable : item.path("variables")) {
      variables.put(variable.path("name").asText(), value(variable.path("value")));
    }
    List<String> groups = new ArrayList<>();
    item.path("candidateGroups").forEach(group -> groups.add(group.asText()));
    return new EngineTask(
        item.path("id").asText(),
        item.path("name").asText(),
        item.path("taskDefinitionId").asText(),
        item.path("processName").asText(),
        item.path("processDefinitionKey").asText(),
        item.path("processInstanceKey").asLong(),
        text(item.path("formId")),
        item.path("formVersion").isNumber() ? item.path("formVersion").asLong() : null,
        groups,
        text(item.path("assignee")),
        time(item.path("creationDate")),
        time(item.path("dueDate")),
        "CREATED".equals(item.path("taskState").asText()),
        variables);
  }

  /** Tasklist gives each value as JSON text ("\"EXP-1\""). */
  private JsonNode value(JsonNode text) {
    if (text.isMissingNode() || text.isNull()) {
      return json.nullNode();
    }
    try {
      return json.readTree(text.asText());
    } catch (IOException e) {
      return json.getNodeFactory().textNode(text.asText());
    }
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() || node.asText().isBlank() ? null : node.asText();
  }

  private static OffsetDateTime time(JsonNode node) {
    String text = text(node);
    return text == null ? null : OffsetDateTime.parse(text, TASKLIST_TIME);
  }
}

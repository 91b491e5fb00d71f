package vn.gov.ubnd.workflow.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * Operate's and Tasklist's REST APIs, as a logged-in user: they want the session cookie and the
 * X-CSRF-TOKEN header from POST /api/login (403 without). One session with each: the same
 * application in the single layout, two processes in the cluster layout.
 */
public class CamundaWebApi implements TasklistUi.TaskRecords {

  private final ObjectMapper json = new ObjectMapper();
  private final Session tasklist;
  private final Session operate;
  private final Set<String> finished = ConcurrentHashMap.newKeySet();

  private record Session(String url, HttpClient http, String csrfToken) {}

  public CamundaWebApi(String username, String password) throws IOException, InterruptedException {
    tasklist = login(LocalStack.TASKLIST, username, password);
    operate = login(LocalStack.OPERATE, username, password);
  }

  private static Session login(String url, String username, String password)
      throws IOException, InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(url + "/api/login?username=" + username + "&password=" + password))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 204 && login.statusCode() != 200) {
      throw new IllegalStateException(
          "login as " + username + " at " + url + " failed: HTTP " + login.statusCode());
    }
    return new Session(url, http, login.headers().firstValue("X-CSRF-TOKEN").orElse(""));
  }

  /** Tasklist's API: tasks, forms, and a task variable by its id; Operate's: the rest. */
  private Session sessionFor(String path) {
    boolean tasklistPath =
        path.startsWith("/v1/tasks")
            || path.startsWith("/v1/forms")
            || (path.startsWith("/v1/variables/") && !path.startsWith("/v1/variables/search"));
    return tasklistPath ? tasklist : operate;
  }

  /**
   * Waits until Tasklist has imported the given forms. On 8.6.0 a task created in the same seconds
   * as the first deployment of its form was imported without its form (Tasklist links the form when
   * it imports the task), so tests start instances only once the forms are there. Tasklist's API
   * offers no way to ask for a linked form without a task, hence its index.
   */
  public void awaitForms(List<String> formIds) {
    String query = "{\"query\":{\"terms\":{\"bpmnId\":" + json.valueToTree(formIds) + "}}}";
    Awaitility.await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(2))
        .ignoreExceptions()
        .until(
            () -> {
              HttpResponse<String> count =
                  tasklist
                      .http()
                      .send(
                          HttpRequest.newBuilder(
                                  URI.create(LocalStack.OPENSEARCH + "/tasklist-form-*/_count"))
                              .header("Content-Type", "application/json")
                              .POST(HttpRequest.BodyPublishers.ofString(query))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
              return json.readTree(count.body()).path("count").asInt() >= formIds.size();
            });
  }

  /**
   * Notes a task that is no longer open (completed in the browser, or cancelled when its element
   * was left): Tasklist may list it as open a moment longer, and the waits below must not take it
   * for a new one.
   */
  @Override
  public void finished(String taskId) {
    finished.add(taskId);
  }

  @Override
  public boolean isCompleted(String taskId) {
    try {
      return get("/v1/tasks/" + taskId).path("taskState").asText().equals("COMPLETED");
    } catch (IOException | RuntimeException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Waits until the process instance has as many open tasks at the element as expected. */
  public List<JsonNode> awaitTasks(long processInstanceKey, String elementId, int count) {
    return awaitTasks(processInstanceKey, elementId, count, Duration.ofSeconds(90));
  }

  /** As above, waiting as long as given (a fault test waits for jobs of a killed worker). */
  public List<JsonNode> awaitTasks(
      long processInstanceKey, String elementId, int count, Duration atMost) {
    AtomicReference<List<JsonNode>> found = new AtomicReference<>();
    Awaitility.await()
        .atMost(atMost)
        .pollInterval(Duration.ofSeconds(2))
        .ignoreExceptions()
        .until(
            () -> {
              List<JsonNode> tasks = new ArrayList<>();
              for (JsonNode task :
                  post(
                      "/v1/tasks/search",
                      Map.of(
                          "processInstanceKey",
                          Long.toString(processInstanceKey),
                          "state",
                          "CREATED",
                          "pageSize",
                          50))) {
                if (task.path("taskDefinitionId").asText().equals(elementId)
                    && !finished.contains(task.path("id").asText())) {
                  tasks.add(task);
                }
              }
              found.set(tasks);
              return tasks.size() == count;
            });
    return found.get();
  }

  /**
   * Assigns the task to the logged-in user and completes it with the variables, as Tasklist does.
   */
  public void complete(JsonNode task, Map<String, ?> variables)
      throws IOException, InterruptedException {
    String id = task.path("id").asText();
    patch(
        "/v1/tasks/" + id + "/assign", Map.of("assignee", "demo", "allowOverrideAssignment", true));
    List<Map<String, String>> vars = new ArrayList<>();
    for (Map.Entry<String, ?> e : variables.entrySet()) {
      vars.add(Map.of("name", e.getKey(), "value", json.writeValueAsString(e.getValue())));
    }
    patch("/v1/tasks/" + id + "/complete", Map.of("variables", vars));
  }

  /**
   * Waits until Operate knows an instance with this variable value (a JSON value, as Operate stores
   * it) and returns its key: how a test finds an instance started from a form in the browser.
   */
  public long awaitInstanceWithVariable(String name, Object value) {
    return awaitOperate(
            "/v1/variables/search",
            Map.of("name", name, "value", writeJson(value)),
            Duration.ofSeconds(90),
            items -> !items.isEmpty())
        .get(0)
        .path("processInstanceKey")
        .asLong();
  }

  /** Waits until Operate shows an incident on the process instance. */
  public void awaitIncident(long processInstanceKey) {
    awaitInstance(
        processInstanceKey,
        instance -> instance.path("incident").asBoolean(),
        Duration.ofSeconds(90));
  }

  /** Waits until Operate shows the process instance in the state ("ACTIVE", "COMPLETED"). */
  public void awaitInstanceState(long processInstanceKey, String state) {
    awaitInstanceState(processInstanceKey, state, Duration.ofSeconds(90));
  }

  /** As above, waiting as long as given. */
  public void awaitInstanceState(long processInstanceKey, String state, Duration atMost) {
    awaitInstance(
        processInstanceKey, instance -> instance.path("state").asText().equals(state), atMost);
  }

  /**
   * Waits until Operate has imported a flow-node instance of each element and returns them all.
   * Operate imports an instance's state and its flow nodes separately: "COMPLETED" can show before
   * the end event does.
   */
  public JsonNode awaitFlowNodes(long processInstanceKey, String... elementIds) {
    return awaitOperate(
        "/v1/flownode-instances/search",
        Map.of("processInstanceKey", processInstanceKey),
        Duration.ofSeconds(60),
        items -> {
          Set<String> seen = new HashSet<>();
          items.forEach(item -> seen.add(item.path("flowNodeId").asText()));
          return seen.containsAll(List.of(elementIds));
        });
  }

  /**
   * The values of a variable in every scope of the instance (each step's local one too), decoded
   * from Operate's JSON text, once Operate holds {@code count} of them.
   */
  public List<String> awaitVariableValues(long processInstanceKey, String name, int count) {
    List<String> values = new ArrayList<>();
    for (JsonNode variable :
        awaitOperate(
            "/v1/variables/search",
            Map.of("processInstanceKey", processInstanceKey, "name", name),
            Duration.ofSeconds(60),
            items -> items.size() == count)) {
      JsonNode value = readJson(variable.path("value").asText());
      values.add(value.isTextual() ? value.asText() : value.toString());
    }
    return values;
  }

  /**
   * Asks one of Operate's searches until its items satisfy the condition (Operate imports what the
   * engine did a moment later) and returns them.
   */
  private JsonNode awaitOperate(
      String path, Map<String, Object> filter, Duration atMost, Predicate<JsonNode> done) {
    AtomicReference<JsonNode> found = new AtomicReference<>();
    Awaitility.await()
        .atMost(atMost)
        .pollInterval(Duration.ofSeconds(2))
        .ignoreExceptions()
        .until(
            () -> {
              JsonNode items = post(path, Map.of("filter", filter, "size", 500)).path("items");
              found.set(items);
              return done.test(items);
            });
    return found.get();
  }

  private String writeJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode readJson(String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitInstance(
      long processInstanceKey, Predicate<JsonNode> condition, Duration atMost) {
    awaitOperate(
        "/v1/process-instances/search",
        Map.of("key", processInstanceKey),
        atMost,
        items -> !items.isEmpty() && condition.test(items.get(0)));
  }

  public JsonNode post(String path, Object body) throws IOException, InterruptedException {
    return send("POST", path, json.writeValueAsString(body));
  }

  public JsonNode patch(String path, Object body) throws IOException, InterruptedException {
    return send("PATCH", path, body == null ? "" : json.writeValueAsString(body));
  }

  public JsonNode get(String path) throws IOException, InterruptedException {
    return send("GET", path, null);
  }

  private JsonNode send(String method, String path, String body)
      throws IOException, InterruptedException {
    Session session = sessionFor(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(session.url() + path))
            .header("X-CSRF-TOKEN", session.csrfToken())
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30));
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response =
        session.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
  }
}

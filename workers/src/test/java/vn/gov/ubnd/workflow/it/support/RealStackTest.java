package vn.gov.ubnd.workflow.it.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the tests on the real local stack: a Zeebe client and a logged-in Tasklist/Operate user.
 */
@ExtendWith(LocalStack.class)
public abstract class RealStackTest {

  protected static final ObjectMapper JSON = new ObjectMapper();
  protected static ZeebeClient zeebe;
  protected static CamundaWebApi camunda;

  @BeforeAll
  public static void connectToTheStack() throws Exception {
    zeebe =
        ZeebeClient.newClientBuilder()
            .grpcAddress(URI.create(LocalStack.ZEEBE_GRPC))
            .usePlaintext()
            .build();
    camunda = new CamundaWebApi("demo", "demo");
  }

  @AfterAll
  public static void disconnectFromTheStack() {
    zeebe.close();
  }

  /** The instance's variables as Operate holds them: name → JSON text. */
  protected static java.util.Map<String, String> operateVariables(long key) throws Exception {
    java.util.Map<String, String> vars = new java.util.HashMap<>();
    for (com.fasterxml.jackson.databind.JsonNode v :
        camunda
            .post(
                "/v1/variables/search",
                java.util.Map.of(
                    "filter", java.util.Map.of("processInstanceKey", key), "size", 500))
            .path("items")) {
      vars.put(v.path("name").asText(), v.path("value").asText());
    }
    return vars;
  }

  /**
   * The instance's variables once Operate holds the named ones: Operate imports variables after an
   * instance's state and flow nodes, so a completed instance can still lack them for a while.
   */
  protected static java.util.Map<String, String> awaitOperateVariables(long key, String... names) {
    return org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(90))
        .pollInterval(java.time.Duration.ofSeconds(2))
        .ignoreExceptions()
        .until(
            () -> operateVariables(key),
            vars -> vars.keySet().containsAll(java.util.List.of(names)));
  }

  /** The person's task of the instance at the element, once the portal lists it. */
  protected static com.fasterxml.jackson.databind.JsonNode awaitPortalTask(
      String group, String key, String elementId) {
    java.util.concurrent.atomic.AtomicReference<com.fasterxml.jackson.databind.JsonNode> found =
        new java.util.concurrent.atomic.AtomicReference<>();
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(90))
        .pollInterval(java.time.Duration.ofSeconds(2))
        .ignoreExceptions()
        .until(
            () -> {
              for (com.fasterxml.jackson.databind.JsonNode task : portalTasks(group)) {
                if (key.equals(task.path("processInstanceKey").asText())
                    && elementId.equals(task.path("elementId").asText())) {
                  found.set(task);
                  return true;
                }
              }
              return false;
            });
    return found.get();
  }

  /** Every open task the portal lists for the group's person, page after page. */
  public static java.util.List<com.fasterxml.jackson.databind.JsonNode> portalTasks(String group)
      throws Exception {
    java.util.List<com.fasterxml.jackson.databind.JsonNode> tasks = new java.util.ArrayList<>();
    for (int page = 0; ; page++) {
      java.net.http.HttpResponse<String> response =
          Accounts.send(
              LocalStack.WORKERS + "/api/portal/tasks?size=200&page=" + page,
              Accounts.token(group),
              "GET",
              null);
      org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
      com.fasterxml.jackson.databind.JsonNode answer = JSON.readTree(response.body());
      answer.path("tasks").forEach(tasks::add);
      if (tasks.size() >= answer.path("total").asInt() || answer.path("tasks").isEmpty()) {
        return tasks;
      }
    }
  }

  /** The text of a generated document, downloaded as the office's clerk. */
  protected static String docx(String url) throws Exception {
    java.net.http.HttpResponse<byte[]> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        URI.create(url.replace("localhost", "127.0.0.1")))
                    .header("Authorization", "Bearer " + Accounts.token(Accounts.OFFICE))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
    return Docx.text(response.body());
  }

  /** A task variable, once Tasklist has imported it. */
  protected static com.fasterxml.jackson.databind.JsonNode variable(
      com.fasterxml.jackson.databind.JsonNode task, String name) {
    java.util.concurrent.atomic.AtomicReference<com.fasterxml.jackson.databind.JsonNode> found =
        new java.util.concurrent.atomic.AtomicReference<>();
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(90))
        .pollInterval(java.time.Duration.ofSeconds(2))
        .ignoreExceptions()
        .until(
            () -> {
              found.set(readVariable(task, name));
              return true;
            });
    return found.get();
  }

  protected static com.fasterxml.jackson.databind.JsonNode readVariable(
      com.fasterxml.jackson.databind.JsonNode task, String name) throws Exception {
    for (com.fasterxml.jackson.databind.JsonNode v :
        camunda.post(
            "/v1/tasks/" + task.path("id").asText() + "/variables/search", java.util.Map.of())) {
      if (v.path("name").asText().equals(name)) {
        String value =
            v.path("isValueTruncated").asBoolean(false)
                ? camunda.get("/v1/variables/" + v.path("id").asText()).path("value").asText()
                : v.path("value").asText();
        return JSON.readTree(value);
      }
    }
    throw new AssertionError("task " + task.path("id").asText() + " has no variable " + name);
  }
}

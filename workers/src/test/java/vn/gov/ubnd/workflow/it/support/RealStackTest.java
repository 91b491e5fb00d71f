package vn.gov.ubnd.workflow.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
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
  protected static Map<String, String> operateVariables(long key) throws Exception {
    Map<String, String> vars = new HashMap<>();
    for (JsonNode v :
        camunda
            .post(
                "/v1/variables/search",
                Map.of("filter", Map.of("processInstanceKey", key), "size", 500))
            .path("items")) {
      vars.put(v.path("name").asText(), v.path("value").asText());
    }
    return vars;
  }

  /**
   * The instance's variables once Operate holds the named ones: Operate imports variables after an
   * instance's state and flow nodes, so a completed instance can still lack them for a while.
   */
  protected static Map<String, String> awaitOperateVariables(long key, String... names) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(2))
        .ignoreExceptions()
        .until(() -> operateVariables(key), vars -> vars.keySet().containsAll(List.of(names)));
  }

  /** The person's task of the instance at the element, once the portal lists it. */
  protected static JsonNode awaitPortalTask(String group, String key, String elementId) {
    AtomicReference<JsonNode> found = new AtomicReference<>();
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(2))
        .ignoreExceptions()
        .until(
            () -> {
              for (JsonNode task : portalTasks(group)) {
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
  public static List<JsonNode> portalTasks(String group) throws Exception {
    List<JsonNode> tasks = new ArrayList<>();
    for (int page = 0; ; page++) {
      HttpResponse<String> response =
          WorkersApi.answerAs(group, "GET", "/api/portal/tasks?size=200&page=" + page, null);
      Assertions.assertThat(response.statusCode()).isEqualTo(200);
      JsonNode answer = JSON.readTree(response.body());
      answer.path("tasks").forEach(tasks::add);
      if (tasks.size() >= answer.path("total").asInt() || answer.path("tasks").isEmpty()) {
        return tasks;
      }
    }
  }

  /** The text of a generated document, downloaded as the office's clerk. */
  protected static String docx(String url) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url.replace("localhost", "127.0.0.1")))
                    .header("Authorization", "Bearer " + Accounts.token(Accounts.OFFICE))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    Assertions.assertThat(response.statusCode()).isEqualTo(200);
    return Docx.text(response.body());
  }

  /** A task variable, once Tasklist has imported it. */
  protected static JsonNode variable(JsonNode task, String name) {
    AtomicReference<JsonNode> found = new AtomicReference<>();
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(2))
        .ignoreExceptions()
        .until(
            () -> {
              found.set(readVariable(task, name));
              return true;
            });
    return found.get();
  }

  protected static JsonNode readVariable(JsonNode task, String name) throws Exception {
    for (JsonNode v :
        camunda.post("/v1/tasks/" + task.path("id").asText() + "/variables/search", Map.of())) {
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

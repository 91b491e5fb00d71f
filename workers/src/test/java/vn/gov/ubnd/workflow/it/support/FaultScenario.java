package vn.gov.ubnd.workflow.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_CONFIRM_COMPLETION;
import static vn.gov.ubnd.workflow.testing.DirectiveTrackingModel.TASK_REPORT_ON_DIRECTIVE;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_EDIT_DRAFT;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_REVIEW_DRAFT;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_REVIEW_SECTION;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_SIGN_OFF;
import static vn.gov.ubnd.workflow.testing.ReportCycleModel.TASK_SUBMIT_SECTION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import vn.gov.ubnd.workflow.testing.ReportCycleData;

/**
 * What the fault tests put through a fault: a report cycle for three departments and a directive's
 * life (registration, a progress report, the completion report, the office's confirmation), driven
 * one user task at a time through Tasklist's API as people would; and what they check once the
 * fault is over: both finished, one number without a gap in the register, every department's answer
 * in the issued report, one delivery to the council, one history event per step.
 */
public final class FaultScenario {

  /** Long enough for a restarted component and for the jobs a killed worker held (60 s). */
  public static final Duration PATIENCE = Duration.ofMinutes(5);

  public static final List<String> DEPARTMENTS = List.of("STC", "SXD", "SYT");
  private static final Map<String, String> GROUPS =
      Map.of("STC", "so-tai-chinh", "SXD", "so-xay-dung", "SYT", "so-y-te");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One thing a person does. */
  public record Step(String name, StepAction action) {}

  @FunctionalInterface
  public interface StepAction {
    void run() throws Exception;
  }

  private final ZeebeClient zeebe;
  private final AtomicReference<CamundaWebApi> camunda;
  public final String run;
  public long cycleKey;
  public long directiveKey;
  public String directiveId;
  private final Set<String> done = new HashSet<>();

  public FaultScenario(ZeebeClient zeebe, CamundaWebApi camunda, String run) {
    this.zeebe = zeebe;
    this.camunda = new AtomicReference<>(camunda);
    this.run = run;
  }

  /** Logs in again: a restarted Camunda forgets its sessions. */
  public void reconnect() throws Exception {
    camunda.set(new CamundaWebApi("demo", "demo"));
  }

  /**
   * Forgets which tasks it completed: after a restore, the tasks completed since the backup are
   * open again, with the same ids.
   */
  public void forget() {
    done.clear();
  }

  public CamundaWebApi camunda() {
    return camunda.get();
  }

  public void startCycle() {
    cycleKey =
        zeebe
            .newCreateInstanceCommand()
            .bpmnProcessId("report-cycle")
            .latestVersion()
            .variables(
                ReportCycleData.annualCycle(
                    LocalDate.now().getYear(),
                    "Kỳ họp thử lỗi " + run + ", HĐND tỉnh khóa X",
                    WorkingDays.ahead(60),
                    DEPARTMENTS,
                    WorkingDays.ahead(15)))
            .send()
            .join()
            .getProcessInstanceKey();
  }

  public void startDirective() throws Exception {
    directiveId = "FAULT-" + run;
    LocalDate day = LocalDate.now().minusDays(3);
    String csv =
        "Số hiệu;Trích yếu;Đơn vị chủ trì;Lãnh đạo phụ trách;Ngày giao;Thời hạn\n"
            + directiveId
            + ";Nhiệm vụ thử lỗi "
            + run
            + ";STC;PCT-KT;"
            + day
            + ";2099-12-31\n";
    String importId =
        JSON.readTree(WorkersApi.upload("thu-loi.csv", csv)).path("importId").asText();
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(
            () ->
                JSON.readTree(
                        WorkersApi.workers(
                            "GET", "/api/directives/imports/" + importId, null, null))
                    .path("status")
                    .asText()
                    .equals("FINISHED"));
    JsonNode row = WorkersApi.verdicts(importId).get(0);
    assertThat(row.path("problems")).as("row verdict %s", row).isEmpty();
    directiveKey = row.path("processInstanceKey").asLong();
  }

  /** The people's steps, in an order that interleaves the cycle and the directive. */
  public List<Step> steps() {
    List<Step> steps = new ArrayList<>();
    for (String code : DEPARTMENTS) {
      steps.add(
          new Step(
              code + " gửi báo cáo",
              () ->
                  complete(
                      cycleKey,
                      TASK_SUBMIT_SECTION,
                      GROUPS.get(code),
                      ReportCycleData.sectionAnswer(answer(code)))));
    }
    steps.add(
        new Step(
            "STC báo cáo tiến độ nhiệm vụ",
            () ->
                complete(
                    directiveKey,
                    TASK_REPORT_ON_DIRECTIVE,
                    null,
                    Map.of("reportKind", "PROGRESS", "progressNote", "Đã làm được một nửa."))));
    for (String code : DEPARTMENTS) {
      steps.add(
          new Step(
              "Văn phòng nhận báo cáo của " + code,
              () ->
                  complete(
                      cycleKey, TASK_REVIEW_SECTION, null, Map.of("reviewDecision", "ACCEPTED"))));
    }
    steps.add(
        new Step(
            "STC báo cáo hoàn thành nhiệm vụ",
            () ->
                complete(
                    directiveKey,
                    TASK_REPORT_ON_DIRECTIVE,
                    null,
                    Map.of(
                        "reportKind", "COMPLETED",
                        "result", "Đã hoàn thành.",
                        "completionDate", LocalDate.now().minusDays(1).toString()))));
    steps.add(new Step("Văn phòng sửa dự thảo", this::editDraft));
    steps.add(
        new Step(
            "Văn phòng xác nhận hoàn thành nhiệm vụ",
            () ->
                complete(
                    directiveKey,
                    TASK_CONFIRM_COMPLETION,
                    null,
                    Map.of("completionDecision", "CONFIRMED"))));
    steps.add(
        new Step(
            "Chánh Văn phòng duyệt dự thảo",
            () ->
                complete(cycleKey, TASK_REVIEW_DRAFT, null, Map.of("chiefDecision", "APPROVED"))));
    steps.add(
        new Step(
            "Chủ tịch ký",
            () ->
                complete(
                    cycleKey,
                    TASK_SIGN_OFF,
                    null,
                    Map.of("signOffDecision", "APPROVED", "signOffSigner", "SELF"))));
    return steps;
  }

  private String answer(String code) {
    return "Kết quả của " + code + " trong đợt thử " + run + ".";
  }

  private void editDraft() throws Exception {
    JsonNode task = awaitTask(cycleKey, TASK_EDIT_DRAFT, null);
    // Tasklist imports a task's variables after the task itself (later still while a partition
    // changes leader): wait for the draft.
    JsonNode sections = waitFor(() -> draftSections(task));
    completeTask(task, Map.of("draftSections", JSON.convertValue(sections, List.class)));
  }

  private JsonNode draftSections(JsonNode task) throws Exception {
    for (JsonNode v :
        camunda().post("/v1/tasks/" + task.path("id").asText() + "/variables/search", Map.of())) {
      if (v.path("name").asText().equals("draftSections")) {
        String value =
            v.path("isValueTruncated").asBoolean(false)
                ? camunda().get("/v1/variables/" + v.path("id").asText()).path("value").asText()
                : v.path("value").asText();
        return JSON.readTree(value);
      }
    }
    return null;
  }

  /** Completes the open task of the element (of the candidate group, if given). */
  private void complete(long key, String element, String group, Map<String, ?> variables)
      throws Exception {
    completeTask(awaitTask(key, element, group), variables);
  }

  private void completeTask(JsonNode task, Map<String, ?> variables) throws Exception {
    // A restarted Camunda may refuse the first calls while it opens: retry the whole completion.
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofSeconds(3))
        .ignoreExceptions()
        .until(
            () -> {
              try {
                camunda().complete(task, variables);
              } catch (IllegalStateException e) {
                if (camunda().isCompleted(task.path("id").asText())) {
                  return true;
                }
                if (e.getMessage().contains("HTTP 401") || e.getMessage().contains("HTTP 403")) {
                  reconnect();
                }
                throw e;
              }
              return true;
            });
    done.add(task.path("id").asText());
    camunda().finished(task.path("id").asText());
  }

  private JsonNode awaitTask(long key, String element, String group) {
    return waitFor(
        () -> {
          for (JsonNode task :
              camunda()
                  .post(
                      "/v1/tasks/search",
                      Map.of(
                          "processInstanceKey",
                          Long.toString(key),
                          "state",
                          "CREATED",
                          "pageSize",
                          50))) {
            if (task.path("taskDefinitionId").asText().equals(element)
                && !done.contains(task.path("id").asText())
                && (group == null || task.path("candidateGroups").toString().contains(group))) {
              return task;
            }
          }
          return null;
        });
  }

  /** Asks every two seconds, within {@link #PATIENCE}, until the answer is there. */
  private static <T> T waitFor(Callable<T> answer) {
    return await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofSeconds(2))
        .ignoreExceptions()
        .until(answer, Objects::nonNull);
  }

  /** Both instances finished, and nothing was lost or done twice; answers what it counted. */
  public String verifyNothingLostNothingTwice() throws Exception {
    camunda().awaitInstanceState(cycleKey, "COMPLETED", PATIENCE);
    camunda().awaitInstanceState(directiveKey, "COMPLETED", PATIENCE);
    assertThat(incidents(cycleKey)).as("open incidents of the cycle").isZero();
    assertThat(incidents(directiveKey)).as("open incidents of the directive").isZero();

    // One number for the cycle (claimed under its own id), and the year's register without a
    // duplicate or a gap.
    Map<String, String> vars = variables(cycleKey);
    String cycleId = JSON.readTree(vars.get("cycleId")).asText();
    JsonNode mine =
        search(
            "ubnd-outgoing-register",
            Map.of("term", Map.of("requestKey", "report-cycle-" + cycleId)));
    assertThat(mine.path("hits").path("total").path("value").asInt())
        .as("register entries of the cycle")
        .isEqualTo(1);
    int year = mine.path("hits").path("hits").get(0).path("_source").path("year").asInt();
    JsonNode all =
        search(
            "ubnd-outgoing-register",
            Map.of(
                "bool",
                Map.of(
                    "filter",
                    List.of(
                        Map.of("term", Map.of("series", "BC-UBND")),
                        Map.of("term", Map.of("year", year))))));
    List<Integer> sequences = new ArrayList<>();
    for (JsonNode hit : all.path("hits").path("hits")) {
      sequences.add(hit.path("_source").path("sequence").asInt());
    }
    sequences.sort(Integer::compareTo);
    List<Integer> expected = new ArrayList<>();
    for (int i = 1; i <= sequences.size(); i++) {
      expected.add(i);
    }
    assertThat(sequences).as("numbers of the %d register", year).isEqualTo(expected);

    // Every answer in the issued report.
    String finalUrl = JSON.readTree(vars.get("finalDocumentUrl")).asText();
    HttpResponse<byte[]> docx =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(finalUrl.replace("localhost", "127.0.0.1")))
                    .header("Authorization", "Bearer " + Accounts.token(Accounts.OFFICE))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    String text = Docx.text(docx.body());
    for (String code : DEPARTMENTS) {
      assertThat(text).as("the issued report").contains(answer(code));
    }

    // One delivery to the council: the stand-in inbox counts every request it receives.
    Path received =
        LocalStack.home().resolve("data/documents/council-inbox/received.log").toAbsolutePath();
    long deliveries =
        Files.readAllLines(received).stream().filter(("report-cycle-" + cycleId)::equals).count();
    assertThat(deliveries).as("HTTP deliveries of the cycle's report").isEqualTo(1);

    // One history event per step of the directive.
    JsonNode events =
        search("ubnd-directive-events", Map.of("term", Map.of("directiveId", directiveId)));
    Map<String, Integer> byType = new TreeMap<>();
    for (JsonNode hit : events.path("hits").path("hits")) {
      byType.merge(hit.path("_source").path("type").asText(), 1, Integer::sum);
    }
    assertThat(byType)
        .as("history of %s", directiveId)
        .containsEntry("REGISTERED", 1)
        .containsEntry("PROGRESS", 1)
        .containsEntry("COMPLETED_ON_TIME", 1);
    assertThat(byType.values())
        .as("history of %s: one event of each kind", directiveId)
        .allMatch(n -> n == 1);
    return String.format(
        "cycle %d: number %s (register %d: %d numbers, 1..%d, none twice), %d answers in the"
            + " report, %d HTTP delivery; directive %s: events %s",
        cycleKey,
        vars.get("documentNumber"),
        year,
        sequences.size(),
        sequences.size(),
        DEPARTMENTS.size(),
        deliveries,
        directiveId,
        byType);
  }

  private int incidents(long key) throws Exception {
    return camunda()
        .post(
            "/v1/incidents/search",
            Map.of("filter", Map.of("processInstanceKey", key, "state", "ACTIVE")))
        .path("items")
        .size();
  }

  public Map<String, String> variables(long key) throws Exception {
    Map<String, String> vars = new HashMap<>();
    for (JsonNode v :
        camunda()
            .post(
                "/v1/variables/search",
                Map.of("filter", Map.of("processInstanceKey", key), "size", 500))
            .path("items")) {
      vars.put(v.path("name").asText(), v.path("value").asText());
    }
    return vars;
  }

  public static JsonNode search(String index, Map<String, ?> query) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    http.send(
        HttpRequest.newBuilder(URI.create(LocalStack.OPENSEARCH + "/" + index + "/_refresh"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(LocalStack.OPENSEARCH + "/" + index + "/_search"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(
                            Map.of("query", query, "size", 10_000, "track_total_hits", true))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("search %s: %s", index, response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}

package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.it.support.Accounts;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.it.support.RealStackTest;
import vn.gov.ubnd.workflow.it.support.WorkersApi;
import vn.gov.ubnd.workflow.it.support.WorkingDays;

/**
 * A department's task list over HTTP, a page at a time, against what Tasklist holds for its group:
 * every open task once, in deadline order, with the right total and filter counts.
 */
class PortalTaskListIT extends RealStackTest {

  private static final int IMPORTED = 30;
  private static final int PAGE = 5;

  @Test
  void everyOpenTaskIsListedOncePageByPageWithTheRightTotal() throws Exception {
    String run = Long.toString(System.nanoTime(), 36);
    StringBuilder csv =
        new StringBuilder(
            "Số hiệu,Trích yếu,Đơn vị chủ trì,Lãnh đạo phụ trách,Ngày giao,Thời hạn\n");
    for (int i = 0; i < IMPORTED; i++) {
      // A third already past its deadline, as in a real backlog.
      csv.append("IT-" + run + "-T" + i)
          .append(",Nhiệm vụ phân trang số ")
          .append(i)
          .append(",Sở Nội vụ,PCT-KT,")
          .append(WorkingDays.ago(20))
          .append(',')
          .append(i % 3 == 0 ? WorkingDays.ago(2) : WorkingDays.ahead(30 + i))
          .append('\n');
    }
    JsonNode accepted = JSON.readTree(WorkersApi.upload("phan-trang.csv", csv.toString()));
    String importId = accepted.path("importId").asText();
    assertThat(WorkersApi.awaitImported(importId).path("started").asInt()).isEqualTo(IMPORTED);
    Set<String> imported = new HashSet<>();
    WorkersApi.verdicts(importId)
        .forEach(row -> imported.add(row.path("processInstanceKey").asText()));
    assertThat(imported).hasSize(IMPORTED);

    JsonNode me =
        JSON.readTree(
            WorkersApi.answerAs(Accounts.HOME_AFFAIRS, "GET", "/api/portal/me", null).body());
    List<String> groups = new ArrayList<>();
    me.path("groups").forEach(group -> groups.add(group.asText()));
    String username = me.path("username").asText();
    assertThat(groups).contains(Accounts.HOME_AFFAIRS);
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> instancesOf(tasklistOpenTasks(groups, username)).containsAll(imported));

    // The portal's pages against Tasklist's answer; a task another test completes meanwhile
    // may differ for a moment, so both are read again until they agree.
    List<JsonNode> listed = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> {
              listed.clear();
              listed.addAll(pages(null));
              return ids(listed).equals(tasklistOpenTasks(groups, username).keySet());
            });

    JsonNode first = page(0, null);
    assertThat(first.path("total").asInt()).isEqualTo(listed.size());
    assertThat(first.path("open").asInt()).isEqualTo(listed.size());
    assertThat(ids(listed)).as("no task twice").hasSize(listed.size());
    assertThat(instancesOf(listed)).containsAll(imported);
    List<OffsetDateTime> deadlines =
        listed.stream()
            .filter(task -> !task.path("due").isNull())
            .map(task -> OffsetDateTime.parse(task.path("due").asText()))
            .toList();
    assertThat(deadlines).isSortedAccordingTo(OffsetDateTime::compareTo);
    assertThat(listed)
        .filteredOn(task -> imported.contains(task.path("processInstanceKey").asText()))
        .allSatisfy(
            task ->
                assertThat(task.path("context").asText())
                    .startsWith("Nhiệm vụ IT-" + run + "-T")
                    .contains("Nhiệm vụ phân trang số"));

    List<JsonNode> overdue = pages("OVERDUE");
    assertThat(overdue)
        .hasSize(
            (int)
                listed.stream()
                    .filter(task -> task.path("urgency").asText().equals("OVERDUE"))
                    .count())
        .hasSizeGreaterThanOrEqualTo(IMPORTED / 3);
    assertThat(page(0, "OVERDUE").path("total").asInt()).isEqualTo(overdue.size());

    HttpResponse<String> wrongState =
        WorkersApi.answerAs(Accounts.HOME_AFFAIRS, "GET", "/api/portal/tasks?state=tre-han", null);
    assertThat(wrongState.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(wrongState.body()).path("error").asText())
        .startsWith("«Trạng thái» lọc danh sách việc không có: chọn một trong");
    HttpResponse<String> wrongSize =
        WorkersApi.answerAs(Accounts.HOME_AFFAIRS, "GET", "/api/portal/tasks?size=5000", null);
    assertThat(wrongSize.statusCode()).isEqualTo(400);
    assertThat(wrongSize.body()).contains("«số việc một trang» từ 1 đến 200");
  }

  /** Every page of the department's list, small pages so that many are turned. */
  private static List<JsonNode> pages(String state) throws Exception {
    List<JsonNode> tasks = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode answer = page(page, state);
      answer.path("tasks").forEach(tasks::add);
      if (answer.path("tasks").size() < PAGE) {
        assertThat(tasks).hasSize(answer.path("total").asInt());
        return tasks;
      }
    }
  }

  private static JsonNode page(int page, String state) throws Exception {
    HttpResponse<String> response =
        Accounts.send(
            LocalStack.WORKERS
                + "/api/portal/tasks?size="
                + PAGE
                + "&page="
                + page
                + (state == null ? "" : "&state=" + state),
            Accounts.token(Accounts.HOME_AFFAIRS),
            "GET",
            null);
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** Tasklist's open tasks offered to the person's groups or assigned to them, by id. */
  private static Map<String, JsonNode> tasklistOpenTasks(List<String> groups, String username)
      throws Exception {
    Map<String, JsonNode> found = new LinkedHashMap<>();
    for (Map<String, Object> filter :
        List.<Map<String, Object>>of(
            Map.of("candidateGroups", groups), Map.of("assignee", username))) {
      JsonNode after = null;
      while (true) {
        Map<String, Object> body = new LinkedHashMap<>(filter);
        body.put("state", "CREATED");
        body.put("pageSize", 200);
        if (after != null) {
          body.put("searchAfter", after);
        }
        JsonNode page = camunda.post("/v1/tasks/search", body);
        page.forEach(task -> found.put(task.path("id").asText(), task));
        if (page.size() < 200) {
          break;
        }
        after = page.get(page.size() - 1).path("sortValues");
      }
    }
    return found;
  }

  private static Set<String> ids(List<JsonNode> tasks) {
    Set<String> ids = new HashSet<>();
    tasks.forEach(task -> ids.add(task.path("id").asText()));
    return ids;
  }

  private static Set<String> instancesOf(Map<String, JsonNode> tasks) {
    return instancesOf(List.copyOf(tasks.values()));
  }

  private static Set<String> instancesOf(List<JsonNode> tasks) {
    Set<String> keys = new HashSet<>();
    tasks.forEach(task -> keys.add(task.path("processInstanceKey").asText()));
    return keys;
  }
}

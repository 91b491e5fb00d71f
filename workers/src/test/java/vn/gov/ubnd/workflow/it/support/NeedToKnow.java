package vn.gov.ubnd.workflow.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;

/**
 * Need to know, through the portal's API with the realm's people (used inside the report-cycle and
 * directive scenarios): a department opening or listing its task gets what its form shows, never
 * another department's answer; the office reviewing one section sees that section only.
 */
public final class NeedToKnow {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ANSWERED = List.of("so-tai-chinh", "so-xay-dung");

  private NeedToKnow() {}

  /** The office opens one review: that department's answer, not the other's. */
  public static void officeSeesOneSection(JsonNode review, String run) throws Exception {
    // The answer reaches the task once Tasklist has imported it: open again, as a clerk would.
    AtomicReference<String> seen = new AtomicReference<>();
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> {
              seen.set(open(Accounts.OFFICE, review.path("id").asText()));
              return seen.get().contains("Kết quả riêng");
            });
    String opened = seen.get();
    String shown = opened.contains("Kết quả riêng so-tai-chinh") ? "so-tai-chinh" : "so-xay-dung";
    String other = shown.equals("so-tai-chinh") ? "so-xay-dung" : "so-tai-chinh";
    assertThat(opened).contains("Kết quả riêng " + shown + " " + run);
    assertThat(opened).doesNotContain(other + " " + run).doesNotContain("sectionResults");
  }

  /** After two answers were accepted, the third department lists and opens its own task. */
  public static void departmentSeesNoOtherAnswer(String group, String taskId, String run)
      throws Exception {
    String list = RealStackTest.portalTasks(group).toString();
    assertThat(list).contains(taskId);
    String own = open(group, taskId);
    for (String answered : ANSWERED) {
      assertThat(list).doesNotContain(answered + " " + run);
      assertThat(own).doesNotContain(answered + " " + run);
    }
    assertThat(own).doesNotContain("sectionResults");
    assertThat(JSON.readTree(own).path("variables").fieldNames())
        .toIterable()
        .isSubsetOf(
            "sessionName",
            "assignment",
            "cycleTitle",
            "sessionOpeningDateText",
            "review",
            "results",
            "indicators",
            "shortcomings",
            "nextTasks",
            "contactPerson",
            "headApproved",
            "directiveId",
            "title");
  }

  /** Opens a task through the portal's API: 200, JSON, the answer's text. */
  public static String open(String group, String taskId) throws Exception {
    HttpResponse<String> response =
        WorkersApi.answerAs(group, "POST", "/api/portal/tasks/" + taskId + "/open", Map.of());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    return response.body();
  }
}

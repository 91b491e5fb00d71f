package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.it.support.RealStackTest;
import vn.gov.ubnd.workflow.it.support.WorkersApi;

/**
 * Nothing lost, nothing twice: the worker application is killed with {@code kill -9} in the middle
 * of a 1,000-row import and started again; the import is taken up where it stopped and every row
 * ends registered exactly once.
 */
// Last: it restarts the workers and leaves a thousand instances for Tasklist and Operate to import.
@Order(Integer.MAX_VALUE)
class DirectiveImportCrashFaultIT extends RealStackTest {

  private static final int ROWS = 1_000;

  @Test
  void anImportSurvivesTheWorkersBeingKilled() throws Exception {
    Path pidFile = LocalStack.home().resolve("pids/workers.pid");
    assumeThat(Files.exists(pidFile))
        .as("the tests' own stack (-Dstack.home names a stack started elsewhere)")
        .isTrue();
    String run = "CRASH-" + Long.toString(System.nanoTime(), 36);
    LocalDate day = LocalDate.of(2000 + ThreadLocalRandom.current().nextInt(19), 2, 10);
    JsonNode accepted =
        JSON.readTree(WorkersApi.upload("giao-viec-1000.csv", rows(run, day, ROWS)));
    String importId = accepted.path("importId").asText();

    // Mid-import: some rows done, most still to do.
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> progress(importId).path("read").asInt() >= 100);
    int readBeforeKill = progress(importId).path("read").asInt();
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
    await().atMost(Duration.ofSeconds(30)).until(() -> ProcessHandle.of(pid).isEmpty());
    LocalStack.stack("start");

    JsonNode done = WorkersApi.awaitImported(importId);
    assertThat(readBeforeKill).isLessThan(ROWS);
    assertThat(done.path("read").asInt()).isEqualTo(ROWS);
    assertThat(done.path("started").asInt()).isEqualTo(ROWS);
    assertThat(done.path("rejected").asInt()).isZero();

    // Every row registered, once: one directive and one registration event per id. Jobs the
    // killed worker held come back after their timeout (60 s).
    await()
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> count("ubnd-directives", "directiveId", run) == ROWS);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> count("ubnd-directive-events", "eventId", run, "REGISTERED") == ROWS);
    assertThat(count("ubnd-directives", "directiveId", run)).isEqualTo(ROWS);
    System.out.printf(
        "kill -9 after %d of %d rows: %d registered once, %d registration events%n",
        readBeforeKill,
        ROWS,
        count("ubnd-directives", "directiveId", run),
        count("ubnd-directive-events", "eventId", run, "REGISTERED"));
  }

  /** An import file of {@code count} directives numbered {@code run-1} to {@code run-count}. */
  static String rows(String run, LocalDate day, int count) {
    StringBuilder csv =
        new StringBuilder(
            "Số hiệu;Trích yếu;Đơn vị chủ trì;Lãnh đạo phụ trách;Ngày giao;Thời hạn\n");
    for (int i = 1; i <= count; i++) {
      csv.append(run)
          .append('-')
          .append(i)
          .append(";Nhiệm vụ thử số ")
          .append(i)
          .append(";STC;PCT-KT;")
          .append(day)
          .append(";2099-12-31\n");
    }
    return csv.toString();
  }

  static JsonNode progress(String importId) throws Exception {
    return JSON.readTree(
        WorkersApi.workers("GET", "/api/directives/imports/" + importId, null, null));
  }

  /** Documents of the index whose id starts with {@code prefix-} (and of the type, if given). */
  static long count(String index, String idField, String prefix, String... type) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    http.send(
        HttpRequest.newBuilder(URI.create(LocalStack.OPENSEARCH + "/" + index + "/_refresh"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.discarding());
    String filter =
        "{\"prefix\":{\""
            + idField
            + "\":\""
            + prefix
            + "-\"}}"
            + (type.length == 0 ? "" : ",{\"term\":{\"type\":\"" + type[0] + "\"}}");
    String body = "{\"query\":{\"bool\":{\"filter\":[" + filter + "]}}}";
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(LocalStack.OPENSEARCH + "/" + index + "/_count"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body()).path("count").asLong();
  }
}

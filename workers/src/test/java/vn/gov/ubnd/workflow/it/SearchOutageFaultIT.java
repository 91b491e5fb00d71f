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
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.it.support.FaultScenario;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.it.support.RealStackTest;
import vn.gov.ubnd.workflow.it.support.WorkersApi;

/**
 * OpenSearch stopped for 60 seconds while a report cycle opens and an import of 300 directives
 * runs: the jobs wait and retry, an incident if one is raised says in Vietnamese what happened and
 * resolves on one retry, and afterwards the cycle finishes and every row is registered once.
 */
class SearchOutageFaultIT extends RealStackTest {

  private static final int ROWS = 300;

  @Test
  void aMinuteWithoutTheSearchStoreLosesNothing() throws Exception {
    assumeThat(Files.exists(LocalStack.home().resolve("pids/opensearch.pid")))
        .as("a stack started by deploy/local/stack")
        .isTrue();
    FaultScenario scenario =
        new FaultScenario(zeebe, camunda, "S" + Long.toString(System.nanoTime(), 36));
    String run = "OUTAGE-" + scenario.run;
    String importId =
        JSON.readTree(
                WorkersApi.upload(
                    "mat-ket-noi.csv",
                    DirectiveImportCrashFaultIT.rows(run, LocalDate.now().minusDays(3), ROWS)))
            .path("importId")
            .asText();
    scenario.startCycle();

    // Stop the store once the import is under way: some rows read, most still to do.
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> importRead(importId) >= 30);
    int readBeforeStop = importRead(importId);
    assertThat(readBeforeStop).as("rows read when the search store stops").isLessThan(ROWS);
    LocalStack.stack("stop opensearch");
    long stoppedAt = System.nanoTime();
    try {
      // The worker application stays up and says what is missing.
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> searchHealth().equals("DOWN"));
      // The outage lasts its minute: a pause of the test, not a wait for a result.
      Thread.sleep(Math.max(0, 60_000 - (System.nanoTime() - stoppedAt) / 1_000_000));
    } finally {
      LocalStack.stack("start");
    }
    assertThat(searchHealth()).isEqualTo("UP");

    scenario.startDirective();
    List<String> incidents = resolveIncidents(scenario, importId);
    for (FaultScenario.Step step : scenario.steps()) {
      step.action().run();
    }
    String counted = scenario.verifyNothingLostNothingTwice();

    JsonNode imported = WorkersApi.awaitImported(importId);
    assertThat(imported.path("started").asInt()).isEqualTo(ROWS);
    assertThat(imported.path("rejected").asInt()).isZero();
    await()
        .atMost(FaultScenario.PATIENCE)
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> registered(run) == ROWS);
    JsonNode events =
        FaultScenario.search(
            "ubnd-directive-events",
            Map.of(
                "bool",
                Map.of(
                    "filter",
                    List.of(
                        Map.of("prefix", Map.of("directiveId", run + "-")),
                        Map.of("term", Map.of("type", "REGISTERED"))))));
    assertThat(events.path("hits").path("total").path("value").asInt()).isEqualTo(ROWS);
    System.out.printf(
        "OpenSearch stopped 60 s during an import of %d rows (%d read) and a cycle: %d registered"
            + " once, %d registration events; incidents resolved by one retry: %s%n%s%n",
        ROWS,
        readBeforeStop,
        registered(run),
        ROWS,
        incidents.isEmpty() ? "none" : incidents,
        counted);
  }

  private static int importRead(String importId) throws Exception {
    return JSON.readTree(
            WorkersApi.workers("GET", "/api/directives/imports/" + importId, null, null))
        .path("read")
        .asInt();
  }

  /** The workers' health: DOWN (503) while a dependency is; details are for managers only. */
  private static String searchHealth() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(LocalStack.WORKERS + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body()).path("status").asText();
  }

  private static long registered(String run) throws Exception {
    return FaultScenario.search(
            "ubnd-directives", Map.of("prefix", Map.of("directiveId", run + "-")))
        .path("hits")
        .path("total")
        .path("value")
        .asLong();
  }

  /**
   * Incidents the outage raised on the scenario's instances: each message is Vietnamese and free of
   * exception names; each is resolved by one retry, as the message tells a manager to do.
   */
  private List<String> resolveIncidents(FaultScenario scenario, String importId) throws Exception {
    Set<Long> keys = new HashSet<>(List.of(scenario.cycleKey, scenario.directiveKey));
    WorkersApi.awaitImported(importId);
    for (JsonNode row : WorkersApi.verdicts(importId)) {
      keys.add(row.path("processInstanceKey").asLong());
    }
    List<String> messages = new ArrayList<>();
    for (JsonNode incident :
        scenario
            .camunda()
            .post("/v1/incidents/search", Map.of("filter", Map.of("state", "ACTIVE"), "size", 1000))
            .path("items")) {
      if (!keys.contains(incident.path("processInstanceKey").asLong())) {
        continue;
      }
      String message = incident.path("message").asText();
      assertThat(message).contains("Cách xử lý").doesNotContainPattern("[A-Za-z]+Exception|\\tat ");
      messages.add(message);
      zeebe.newUpdateRetriesCommand(incident.path("jobKey").asLong()).retries(1).send().join();
      zeebe.newResolveIncidentCommand(incident.path("key").asLong()).send().join();
    }
    return messages;
  }
}

package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.client.api.response.BrokerInfo;
import io.camunda.zeebe.client.api.response.PartitionBrokerHealth;
import io.camunda.zeebe.client.api.response.PartitionBrokerRole;
import io.camunda.zeebe.client.api.response.PartitionInfo;
import io.camunda.zeebe.client.api.response.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.it.support.FaultScenario;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.it.support.RealStackTest;
import vn.gov.ubnd.workflow.it.support.WorkersApi;

/**
 * The local cluster (deploy/local/stack start --cluster: three brokers, three partitions,
 * replication factor 3) loses the broker that leads the most partitions to {@code kill -9} in the
 * middle of a report cycle and of a 1,000-directive import: the two brokers left elect new leaders,
 * and everything completes with nothing lost or done twice (one number, no gap in the register,
 * every answer in the report, one delivery, each directive registered once); the broker, started
 * again, rejoins and every partition is healthy on all three.
 */
class BrokerKillFaultIT extends RealStackTest {

  private static final int ROWS = 1_000;

  @Test
  void aBrokerKilledMidWorkLosesNothing() throws Exception {
    assumeThat(LocalStack.CLUSTER).as("a stack started by deploy/local/stack --cluster").isTrue();
    String run = "B" + Long.toString(System.nanoTime(), 36);
    FaultScenario scenario = new FaultScenario(zeebe, camunda, run);
    scenario.startCycle();
    scenario.startDirective();
    List<FaultScenario.Step> steps = scenario.steps();
    int firstHalf = steps.size() / 2;
    for (FaultScenario.Step step : steps.subList(0, firstHalf)) {
      step.action().run();
    }

    String importRun = "CLUSTER-" + run;
    String importId =
        JSON.readTree(
                WorkersApi.upload(
                    "giao-viec-1000.csv",
                    DirectiveImportCrashFaultIT.rows(importRun, LocalDate.of(2024, 3, 12), ROWS)))
            .path("importId")
            .asText();
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> DirectiveImportCrashFaultIT.progress(importId).path("read").asInt() >= 100);

    BrokerInfo victim = busiestLeader(topology());
    int readAtKill = DirectiveImportCrashFaultIT.progress(importId).path("read").asInt();
    long killedAt = System.nanoTime();
    kill("broker-" + victim.getNodeId());

    // The rest of the cycle and of the directive while the cluster runs on two brokers.
    for (FaultScenario.Step step : steps.subList(firstHalf, steps.size())) {
      step.action().run();
    }
    JsonNode imported = WorkersApi.awaitImported(importId);
    Duration withTwoBrokers = Duration.ofNanos(System.nanoTime() - killedAt);

    LocalStack.stack("start"); // starts the killed broker, returns once the cluster is healthy
    Topology healed = topology();
    assertThat(healed.getBrokers()).as("brokers after the restart").hasSize(3);
    for (BrokerInfo broker : healed.getBrokers()) {
      assertThat(broker.getPartitions())
          .as("partitions of broker %d", broker.getNodeId())
          .hasSize(3)
          .allMatch(p -> p.getHealth() == PartitionBrokerHealth.HEALTHY);
    }

    assertThat(readAtKill).as("rows read when the broker was killed").isLessThan(ROWS);
    assertThat(imported.path("read").asInt()).isEqualTo(ROWS);
    assertThat(imported.path("started").asInt()).isEqualTo(ROWS);
    assertThat(imported.path("rejected").asInt()).isZero();
    Set<Long> instances = new HashSet<>();
    for (JsonNode row : WorkersApi.verdicts(importId)) {
      instances.add(row.path("processInstanceKey").asLong());
    }
    assertThat(instances).as("one instance per row").hasSize(ROWS).doesNotContain(0L);
    await()
        .atMost(FaultScenario.PATIENCE)
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () ->
                DirectiveImportCrashFaultIT.count(
                        "ubnd-directive-events", "eventId", importRun, "REGISTERED")
                    == ROWS);
    assertThat(DirectiveImportCrashFaultIT.count("ubnd-directives", "directiveId", importRun))
        .as("directives registered")
        .isEqualTo(ROWS);
    String counted = scenario.verifyNothingLostNothingTwice();
    System.out.printf(
        "kill -9 of broker %d (leading %d of 3 partitions) after %d of %d rows and %d of %d steps:"
            + " %d instances, %d directives and %d registration events, each once; import and"
            + " cycle done %d s after the kill; broker back, 3 brokers × 3 healthy partitions."
            + "%n%s%n",
        victim.getNodeId(),
        leaderships(victim),
        readAtKill,
        ROWS,
        firstHalf,
        steps.size(),
        instances.size(),
        DirectiveImportCrashFaultIT.count("ubnd-directives", "directiveId", importRun),
        DirectiveImportCrashFaultIT.count(
            "ubnd-directive-events", "eventId", importRun, "REGISTERED"),
        withTwoBrokers.toSeconds(),
        counted);
  }

  private static Topology topology() {
    return zeebe.newTopologyRequest().send().join();
  }

  private static BrokerInfo busiestLeader(Topology topology) {
    return topology.getBrokers().stream()
        .max(
            Comparator.comparingLong(BrokerKillFaultIT::leaderships)
                .thenComparing(broker -> -broker.getNodeId()))
        .orElseThrow();
  }

  private static long leaderships(BrokerInfo broker) {
    return broker.getPartitions().stream()
        .map(PartitionInfo::getRole)
        .filter(PartitionBrokerRole.LEADER::equals)
        .count();
  }

  private static void kill(String member) throws Exception {
    Path pidFile = LocalStack.home().resolve("pids/" + member + ".pid");
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
    await().atMost(Duration.ofSeconds(30)).until(() -> ProcessHandle.of(pid).isEmpty());
  }
}

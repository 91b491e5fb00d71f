package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.it.support.FaultScenario;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.it.support.RealStackTest;

/**
 * The worker application killed with {@code kill -9} at ten random points across a report cycle for
 * three departments and a directive's life, and started again each time: both finish, the report
 * has one number and every answer, the council gets it once, the directive's history has each event
 * once. The seed is printed, and {@code -Dfaults.seed=N} replays a run.
 */
class WorkerCrashFaultIT extends RealStackTest {

  private static final int KILLS = 10;

  @Test
  void tenKillsLoseNothingAndDoNothingTwice() throws Exception {
    Path pidFile = LocalStack.home().resolve("pids/workers.pid");
    assumeThat(Files.exists(pidFile)).as("a stack started by deploy/local/stack").isTrue();
    long seed = Long.getLong("faults.seed", System.nanoTime());
    Random random = new Random(seed);
    FaultScenario scenario =
        new FaultScenario(zeebe, camunda, "K" + Long.toString(System.nanoTime(), 36));

    // Kill points: right after the start of each, or after one of the people's steps, plus a
    // random pause so the kill lands while the workers handle what the step set off.
    List<FaultScenario.Step> steps = new ArrayList<>();
    steps.add(new FaultScenario.Step("mở đợt báo cáo", scenario::startCycle));
    steps.add(new FaultScenario.Step("nhập nhiệm vụ", scenario::startDirective));
    steps.addAll(scenario.steps());
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      positions.add(i);
    }
    Collections.shuffle(positions, random);
    TreeSet<Integer> killAfter = new TreeSet<>(positions.subList(0, KILLS));

    List<String> kills = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      steps.get(i).action().run();
      if (killAfter.contains(i)) {
        long pause = random.nextInt(3_000);
        Thread.sleep(pause); // where the kill lands, not a wait for a result
        killWorkers(pidFile);
        kills.add(steps.get(i).name() + " +" + pause + " ms");
        LocalStack.stack("start");
      }
    }
    String counted = scenario.verifyNothingLostNothingTwice();
    System.out.printf(
        "kill -9 ×%d (seed %d) after: %s%n%s%n",
        kills.size(), seed, String.join("; ", kills), counted);
  }

  static void killWorkers(Path pidFile) throws Exception {
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
    await().atMost(Duration.ofSeconds(30)).until(() -> ProcessHandle.of(pid).isEmpty());
  }
}

package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.it.support.FaultScenario;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.it.support.RealStackTest;

/**
 * Camunda (the Zeebe broker with Operate and Tasklist) stopped and started again in the middle of a
 * report cycle and a directive's life: the workers reconnect by themselves, both finish, nothing is
 * numbered, delivered or recorded twice.
 */
class EngineRestartFaultIT extends RealStackTest {

  @Test
  void anEngineRestartMidCycleLosesNothing() throws Exception {
    assumeThat(Files.exists(LocalStack.home().resolve("pids/camunda.pid")))
        .as("a stack started by deploy/local/stack")
        .isTrue();
    FaultScenario scenario =
        new FaultScenario(zeebe, camunda, "E" + Long.toString(System.nanoTime(), 36));
    scenario.startCycle();
    scenario.startDirective();
    List<FaultScenario.Step> steps = scenario.steps();
    int half = steps.size() / 2;
    for (FaultScenario.Step step : steps.subList(0, half)) {
      step.action().run();
    }
    LocalStack.stack("stop camunda");
    LocalStack.stack("start");
    scenario.reconnect();
    for (FaultScenario.Step step : steps.subList(half, steps.size())) {
      step.action().run();
    }
    System.out.printf(
        "Camunda restarted after step \"%s\": %s%n",
        steps.get(half - 1).name(), scenario.verifyNothingLostNothingTwice());
  }
}

package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.it.support.FaultScenario;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.it.support.RealStackTest;

/**
 * The runbook's backup and restore, drilled on the local cluster (deploy/local/stack backup and
 * restore, Camunda's order: Operate and Tasklist, Zeebe's records with exporting paused, the
 * brokers, then the application's indices and documents): a backup halfway through a report cycle
 * and a directive's life, two more steps, a restore to the backup. The two steps are gone (their
 * tasks open again) and are done again; both instances then finish with nothing lost or done twice.
 */
class RestoreDrillFaultIT extends RealStackTest {

  @Test
  void aRestoreGoesBackToTheBackupAndTheWorkGoesOnFromThere() throws Exception {
    assumeThat(LocalStack.CLUSTER).as("a stack started by deploy/local/stack --cluster").isTrue();
    FaultScenario scenario =
        new FaultScenario(zeebe, camunda, "R" + Long.toString(System.nanoTime(), 36));
    scenario.startCycle();
    scenario.startDirective();
    List<FaultScenario.Step> steps = scenario.steps();
    int half = steps.size() / 2;
    for (FaultScenario.Step step : steps.subList(0, half)) {
      step.action().run();
    }
    long backupId = System.currentTimeMillis() / 1000;
    LocalStack.stack("backup " + backupId);
    List<FaultScenario.Step> lost = steps.subList(half, half + 2);
    for (FaultScenario.Step step : lost) {
      step.action().run();
    }

    LocalStack.stack("restore " + backupId);
    scenario.reconnect();
    scenario.forget();
    for (FaultScenario.Step step : steps.subList(half, steps.size())) {
      step.action().run();
    }
    System.out.printf(
        "backup %d after %d of %d steps; restored after «%s» and «%s», done again: %s%n",
        backupId,
        half,
        steps.size(),
        lost.get(0).name(),
        lost.get(1).name(),
        scenario.verifyNothingLostNothingTwice());
  }
}

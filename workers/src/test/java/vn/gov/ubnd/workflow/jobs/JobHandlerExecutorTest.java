package vn.gov.ubnd.workflow.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Jobs held by one type's workers never wait for a thread another type's backlog holds. */
class JobHandlerExecutorTest {

  @Test
  void aBacklogOfOneTypeLeavesThreadsForEveryOther() throws Exception {
    JobHandlerExecutor executor = new JobHandlerExecutor(1, 32);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch backlogRunning = new CountDownLatch(24);
    try {
      // Three job types hold their eight jobs each, all blocked (an index that answers slowly).
      for (int i = 0; i < 24; i++) {
        executor.execute(
            () -> {
              backlogRunning.countDown();
              await(release);
            });
      }
      assertThat(backlogRunning.await(5, TimeUnit.SECONDS)).isTrue();
      // A report-cycle job arrives: it runs at once, not after the backlog.
      CountDownLatch reportCycleStep = new CountDownLatch(1);
      executor.execute(reportCycleStep::countDown);
      assertThat(reportCycleStep.await(5, TimeUnit.SECONDS)).isTrue();
    } finally {
      release.countDown();
      executor.shutdown();
      assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void withTheSdksSingleThreadTheSameStepWouldHaveWaited() throws Exception {
    JobHandlerExecutor executor = new JobHandlerExecutor(1, 1);
    CountDownLatch release = new CountDownLatch(1);
    try {
      executor.execute(() -> await(release));
      CountDownLatch reportCycleStep = new CountDownLatch(1);
      executor.execute(reportCycleStep::countDown);
      assertThat(reportCycleStep.await(300, TimeUnit.MILLISECONDS)).isFalse();
      release.countDown();
      assertThat(reportCycleStep.await(5, TimeUnit.SECONDS)).isTrue();
    } finally {
      release.countDown();
      executor.shutdownNow();
    }
  }

  @Test
  void pollsAreScheduledApartFromTheJobs() throws Exception {
    JobHandlerExecutor executor = new JobHandlerExecutor(1, 1);
    CountDownLatch release = new CountDownLatch(1);
    try {
      executor.execute(() -> await(release));
      CountDownLatch polled = new CountDownLatch(1);
      executor.schedule(polled::countDown, 10, TimeUnit.MILLISECONDS);
      assertThat(polled.await(5, TimeUnit.SECONDS)).isTrue();
    } finally {
      release.countDown();
      executor.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

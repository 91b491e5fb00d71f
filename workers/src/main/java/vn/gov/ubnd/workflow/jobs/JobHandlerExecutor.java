package vn.gov.ubnd.workflow.jobs;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The Zeebe client's job executor: polls and back-offs are scheduled on a few platform threads, and
 * every job handed to {@link #execute} runs on a virtual thread of its own. The client calls {@code
 * execute} once per activated job, and holds at most max-jobs-active of them per worker: so each
 * job type gets its own bounded capacity and none queues behind another's backlog (with the SDK's
 * default, one shared thread ran every job of every type in turn).
 */
final class JobHandlerExecutor extends ScheduledThreadPoolExecutor {

  private final ExecutorService handlers =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("job-", 0).factory());

  JobHandlerExecutor(int schedulerThreads) {
    super(schedulerThreads, Thread.ofPlatform().name("job-scheduler-", 0).daemon().factory());
  }

  @Override
  public void execute(Runnable job) {
    handlers.execute(job);
  }

  @Override
  public void shutdown() {
    super.shutdown();
    handlers.shutdown();
  }

  @Override
  public List<Runnable> shutdownNow() {
    handlers.shutdownNow();
    return super.shutdownNow();
  }

  @Override
  public boolean isTerminated() {
    return super.isTerminated() && handlers.isTerminated();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    return super.awaitTermination(timeout, unit)
        && handlers.awaitTermination(
            Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
  }
}

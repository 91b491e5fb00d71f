package vn.gov.ubnd.workflow.jobs;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The Zeebe client's job executor: polls and back-offs are scheduled on a few threads, and the jobs
 * handed to {@link #execute} (once per activated job) run on a pool of their own, large enough that
 * every job a worker may hold (max-jobs-active, per job type) gets a thread at once. So no job type
 * queues behind another's backlog; with the SDK's default, one shared thread ran every job of every
 * type in turn. Threads are made as needed and end after a minute idle.
 *
 * <p>Platform threads, not virtual ones: on two cores, virtual threads loading classes from the
 * application's nested jar pinned both carriers and deadlocked the workers (seen here).
 */
public final class JobHandlerExecutor extends ScheduledThreadPoolExecutor {

  /** The executor sized by the configuration; the line's adapter hands it to the client. */
  public static JobHandlerExecutor of(JobExecutionProperties properties) {
    return new JobHandlerExecutor(properties.schedulerThreads(), properties.handlerThreads());
  }

  private final ThreadPoolExecutor handlers;

  JobHandlerExecutor(int schedulerThreads, int handlerThreads) {
    super(schedulerThreads, Thread.ofPlatform().name("job-scheduler-", 0).daemon().factory());
    handlers =
        new ThreadPoolExecutor(
            handlerThreads,
            handlerThreads,
            1,
            TimeUnit.MINUTES,
            new LinkedBlockingQueue<>(),
            Thread.ofPlatform().name("job-", 0).daemon().factory());
    handlers.allowCoreThreadTimeOut(true);
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

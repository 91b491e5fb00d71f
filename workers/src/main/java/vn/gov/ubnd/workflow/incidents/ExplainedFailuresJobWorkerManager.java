package vn.gov.ubnd.workflow.incidents;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.worker.JobHandler;
import io.camunda.zeebe.client.api.worker.JobWorker;
import io.camunda.zeebe.spring.client.annotation.value.ZeebeWorkerValue;
import io.camunda.zeebe.spring.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.zeebe.spring.client.jobhandling.JobWorkerManager;
import io.camunda.zeebe.spring.client.jobhandling.parameter.ParameterResolverStrategy;
import io.camunda.zeebe.spring.client.jobhandling.result.ResultProcessorStrategy;
import io.camunda.zeebe.spring.client.metrics.MetricsRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens every {@code @JobWorker} as the SDK does, but fails a job whose handler throws with a
 * message a manager can act on ({@link IncidentMessages}) instead of the client's default, a Java
 * stack trace; bad data raises the incident at once instead of being retried three times.
 */
public class ExplainedFailuresJobWorkerManager extends JobWorkerManager {

  private static final Logger LOG =
      LoggerFactory.getLogger(ExplainedFailuresJobWorkerManager.class);

  private final IncidentMessages messages;

  public ExplainedFailuresJobWorkerManager(
      IncidentMessages messages,
      CommandExceptionHandlingStrategy commandExceptionHandlingStrategy,
      MetricsRecorder metricsRecorder,
      ParameterResolverStrategy parameterResolverStrategy,
      ResultProcessorStrategy resultProcessorStrategy) {
    super(
        commandExceptionHandlingStrategy,
        metricsRecorder,
        parameterResolverStrategy,
        resultProcessorStrategy);
    this.messages = messages;
  }

  @Override
  public JobWorker openWorker(ZeebeClient client, ZeebeWorkerValue worker, JobHandler handler) {
    return super.openWorker(client, worker, explained(handler));
  }

  /**
   * The wait doubles as the retries run out (30 s, then 60 s with three retries), so that a
   * dependency down for a minute and a half, a restart of the search cluster, costs no incident.
   */
  static java.time.Duration growing(java.time.Duration base, int retriesBeforeThisFailure) {
    return base.multipliedBy(1L << Math.max(0, Math.min(4, 3 - retriesBeforeThisFailure)));
  }

  JobHandler explained(JobHandler handler) {
    return (jobClient, job) -> {
      try {
        handler.handle(jobClient, job);
      } catch (Exception | StackOverflowError | LinkageError | AssertionError e) {
        // An Error too: uncaught, the job would stay locked until its timeout and be handed out
        // again and again. (OutOfMemoryError ends the JVM: -XX:+ExitOnOutOfMemoryError.)
        IncidentMessages.Failure failure = messages.explain(e);
        int retries = failure.retryable() ? Math.max(job.getRetries() - 1, 0) : 0;
        LOG.warn(
            "job {} ({}) of instance {} failed, {} retries left: {}",
            job.getKey(),
            job.getType(),
            job.getProcessInstanceKey(),
            retries,
            failure.message(),
            e);
        jobClient
            .newFailCommand(job.getKey())
            .retries(retries)
            .retryBackoff(growing(failure.backoff(), job.getRetries()))
            .errorMessage(failure.message())
            .send()
            .join();
      }
    };
  }
}

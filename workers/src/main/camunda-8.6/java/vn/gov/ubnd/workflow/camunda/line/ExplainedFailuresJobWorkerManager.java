package vn.gov.ubnd.workflow.camunda.line;

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
import vn.gov.ubnd.workflow.incidents.JobFailurePolicy;

/**
 * Opens every {@code @JobWorker} as the 8.6 SDK does, but fails a job whose handler throws as
 * {@link JobFailurePolicy} says (the 8.6 SDK has no exception-handling hook of its own).
 */
class ExplainedFailuresJobWorkerManager extends JobWorkerManager {

  private static final Logger LOG =
      LoggerFactory.getLogger(ExplainedFailuresJobWorkerManager.class);

  private final JobFailurePolicy failures;

  ExplainedFailuresJobWorkerManager(
      JobFailurePolicy failures,
      CommandExceptionHandlingStrategy commandExceptionHandlingStrategy,
      MetricsRecorder metricsRecorder,
      ParameterResolverStrategy parameterResolverStrategy,
      ResultProcessorStrategy resultProcessorStrategy) {
    super(
        commandExceptionHandlingStrategy,
        metricsRecorder,
        parameterResolverStrategy,
        resultProcessorStrategy);
    this.failures = failures;
  }

  @Override
  public JobWorker openWorker(ZeebeClient client, ZeebeWorkerValue worker, JobHandler handler) {
    return super.openWorker(client, worker, explained(handler));
  }

  JobHandler explained(JobHandler handler) {
    return (jobClient, job) -> {
      try {
        handler.handle(jobClient, job);
      } catch (Exception | StackOverflowError | LinkageError | AssertionError e) {
        // An Error too: uncaught, the job would stay locked until its timeout and be handed out
        // again and again. (OutOfMemoryError ends the JVM: -XX:+ExitOnOutOfMemoryError.)
        JobFailurePolicy.Verdict verdict = failures.verdict(e, job.getRetries());
        LOG.warn(
            "job {} ({}) of instance {} failed, {} retries left: {}",
            job.getKey(),
            job.getType(),
            job.getProcessInstanceKey(),
            verdict.retriesLeft(),
            verdict.message(),
            e);
        jobClient
            .newFailCommand(job.getKey())
            .retries(verdict.retriesLeft())
            .retryBackoff(verdict.backoff())
            .errorMessage(verdict.message())
            .send()
            .join();
      }
    };
  }
}

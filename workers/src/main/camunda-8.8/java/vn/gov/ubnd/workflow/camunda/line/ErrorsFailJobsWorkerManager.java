package vn.gov.ubnd.workflow.camunda.line;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.value.JobWorkerValue;
import io.camunda.client.api.worker.BackoffSupplier;
import io.camunda.client.api.worker.JobHandler;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobWorkerManager;
import io.camunda.client.jobhandling.parameter.ParameterResolverStrategy;
import io.camunda.client.jobhandling.result.ResultProcessorStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import vn.gov.ubnd.workflow.incidents.JobFailurePolicy;

/**
 * Opens every {@code @JobWorker} as the 8.8 SDK does, and fails a job whose handler threw an {@link
 * Error} as {@link JobFailurePolicy} says, as the 8.6 adapter does: the SDK's hook sees exceptions
 * only, and an uncaught Error would leave the job locked until its timeout, to be handed out again
 * and again. (OutOfMemoryError ends the JVM: -XX:+ExitOnOutOfMemoryError.)
 */
class ErrorsFailJobsWorkerManager extends JobWorkerManager {

  private final JobFailurePolicy failures;

  ErrorsFailJobsWorkerManager(
      JobFailurePolicy failures,
      CommandExceptionHandlingStrategy commandExceptionHandlingStrategy,
      MetricsRecorder metricsRecorder,
      ParameterResolverStrategy parameterResolverStrategy,
      ResultProcessorStrategy resultProcessorStrategy,
      BackoffSupplier backoffSupplier,
      JobExceptionHandlingStrategy jobExceptionHandlingStrategy) {
    super(
        commandExceptionHandlingStrategy,
        metricsRecorder,
        parameterResolverStrategy,
        resultProcessorStrategy,
        backoffSupplier,
        jobExceptionHandlingStrategy);
    this.failures = failures;
  }

  @Override
  public JobWorker openWorker(CamundaClient client, JobWorkerValue worker, JobHandler handler) {
    return super.openWorker(client, worker, failingOnErrors(handler));
  }

  JobHandler failingOnErrors(JobHandler handler) {
    return (jobClient, job) -> {
      try {
        handler.handle(jobClient, job);
      } catch (StackOverflowError | LinkageError | AssertionError e) {
        FailedJobs.fail(jobClient, job, failures, e);
      }
    };
  }
}

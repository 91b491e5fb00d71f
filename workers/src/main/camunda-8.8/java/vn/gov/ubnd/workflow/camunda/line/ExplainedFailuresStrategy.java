package vn.gov.ubnd.workflow.camunda.line;

import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.ubnd.workflow.incidents.JobFailurePolicy;

/**
 * The 8.8 SDK's hook for a handler that threw: BPMN errors and explicit job errors go the SDK's
 * way, anything else fails the job as {@link JobFailurePolicy} says.
 */
class ExplainedFailuresStrategy implements JobExceptionHandlingStrategy {

  private static final Logger LOG = LoggerFactory.getLogger(ExplainedFailuresStrategy.class);

  private final JobFailurePolicy failures;
  private final JobExceptionHandlingStrategy sdkDefault;

  ExplainedFailuresStrategy(JobFailurePolicy failures, JobExceptionHandlingStrategy sdkDefault) {
    this.failures = failures;
    this.sdkDefault = sdkDefault;
  }

  @Override
  public void handleException(Exception exception, ExceptionHandlingContext context)
      throws Exception {
    if (exception instanceof BpmnError || exception instanceof JobError) {
      sdkDefault.handleException(exception, context);
      return;
    }
    var job = context.job();
    JobFailurePolicy.Verdict verdict = failures.verdict(exception, job.getRetries());
    LOG.warn(
        "job {} ({}) of instance {} failed, {} retries left: {}",
        job.getKey(),
        job.getType(),
        job.getProcessInstanceKey(),
        verdict.retriesLeft(),
        verdict.message(),
        exception);
    context
        .jobClient()
        .newFailCommand(job.getKey())
        .retries(verdict.retriesLeft())
        .retryBackoff(verdict.backoff())
        .errorMessage(verdict.message())
        .send()
        .join();
  }
}

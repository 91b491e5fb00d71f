package vn.gov.ubnd.workflow.camunda.line;

import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import vn.gov.ubnd.workflow.incidents.JobFailurePolicy;

/**
 * The 8.8 SDK's hook for a handler that threw an exception: BPMN errors and explicit job errors go
 * the SDK's way, anything else fails the job as {@link JobFailurePolicy} says. (An {@link Error}
 * never reaches this hook: {@link ErrorsFailJobsWorkerManager} fails the job for it.)
 */
class ExplainedFailuresStrategy implements JobExceptionHandlingStrategy {

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
    FailedJobs.fail(context.jobClient(), context.job(), failures, exception);
  }
}

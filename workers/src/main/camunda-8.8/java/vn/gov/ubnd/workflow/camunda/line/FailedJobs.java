package vn.gov.ubnd.workflow.camunda.line;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.ubnd.workflow.incidents.JobFailurePolicy;

/** Fails a job whose handler threw, as {@link JobFailurePolicy} says: its message and retries. */
final class FailedJobs {

  private static final Logger LOG = LoggerFactory.getLogger(FailedJobs.class);

  private FailedJobs() {}

  static void fail(
      JobClient client, ActivatedJob job, JobFailurePolicy failures, Throwable failure) {
    JobFailurePolicy.Verdict verdict = failures.verdict(failure, job.getRetries());
    LOG.warn(
        "job {} ({}) of instance {} failed, {} retries left: {}",
        job.getKey(),
        job.getType(),
        job.getProcessInstanceKey(),
        verdict.retriesLeft(),
        verdict.message(),
        failure);
    client
        .newFailCommand(job.getKey())
        .retries(verdict.retriesLeft())
        .retryBackoff(verdict.backoff())
        .errorMessage(verdict.message())
        .send()
        .join();
  }
}

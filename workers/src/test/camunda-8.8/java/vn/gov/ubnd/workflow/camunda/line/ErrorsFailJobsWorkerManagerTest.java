package vn.gov.ubnd.workflow.camunda.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;
import vn.gov.ubnd.workflow.incidents.IncidentMessages;
import vn.gov.ubnd.workflow.incidents.IncidentProperties;
import vn.gov.ubnd.workflow.incidents.JobFailurePolicy;

/** The 8.8 line fails a job whose handler threw, an Error as an exception, with its message. */
class ErrorsFailJobsWorkerManagerTest {

  private final JobFailurePolicy failures =
      new JobFailurePolicy(
          new IncidentMessages(
              new IncidentProperties(Duration.ofSeconds(30), Duration.ofSeconds(10))));
  private final ErrorsFailJobsWorkerManager manager =
      new ErrorsFailJobsWorkerManager(failures, null, null, null, null, null, null);

  private static ActivatedJob job() {
    ActivatedJob job = mock(ActivatedJob.class);
    when(job.getKey()).thenReturn(42L);
    when(job.getType()).thenReturn("registerDirective");
    when(job.getRetries()).thenReturn(3);
    return job;
  }

  /** Checks the fail command sent is the policy's verdict; answers its message. */
  private String failedWith(JobClient client, Throwable failure) {
    JobFailurePolicy.Verdict verdict = failures.verdict(failure, 3);
    verify(
            client
                .newFailCommand(42L)
                .retries(verdict.retriesLeft())
                .retryBackoff(verdict.backoff()))
        .errorMessage(verdict.message());
    return verdict.message();
  }

  @Test
  void aStackOverflowFailsTheJobWithARetryLeftAndItsMessage() throws Exception {
    JobClient client = mock(JobClient.class, RETURNS_DEEP_STUBS);

    StackOverflowError overflow = new StackOverflowError();
    manager
        .failingOnErrors(
            (c, j) -> {
              throw overflow;
            })
        .handle(client, job());

    assertThat(failures.verdict(overflow, 3).retriesLeft()).isEqualTo(2);
    assertThat(failedWith(client, overflow)).isNotBlank().doesNotContain("at vn.gov");
  }

  /** Exceptions are the SDK's hook's: through ours they fail the job as the policy says. */
  @Test
  void badDataFailsTheJobAtOnceWithItsVietnameseTextThroughTheSdksHook() throws Exception {
    JobClient client = mock(JobClient.class, RETURNS_DEEP_STUBS);
    ActivatedJob job = job();
    InvalidProcessDataException bad = new InvalidProcessDataException("biến ladder không có");
    assertThatThrownBy(
            () ->
                manager
                    .failingOnErrors(
                        (c, j) -> {
                          throw bad;
                        })
                    .handle(client, job))
        .as("left to the SDK, which hands it to the strategy")
        .isSameAs(bad);
    JobExceptionHandlingStrategy.ExceptionHandlingContext context =
        mock(JobExceptionHandlingStrategy.ExceptionHandlingContext.class);
    when(context.jobClient()).thenReturn(client);
    when(context.job()).thenReturn(job);

    new ExplainedFailuresStrategy(failures, mock(JobExceptionHandlingStrategy.class))
        .handleException(bad, context);

    assertThat(failures.verdict(bad, 3).retriesLeft()).isZero();
    assertThat(failedWith(client, bad)).contains("Dữ liệu không hợp lệ: biến ladder không có");
  }
}

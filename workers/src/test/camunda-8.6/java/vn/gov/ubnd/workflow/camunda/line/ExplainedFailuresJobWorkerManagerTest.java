package vn.gov.ubnd.workflow.camunda.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.worker.JobClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;
import vn.gov.ubnd.workflow.incidents.IncidentMessages;
import vn.gov.ubnd.workflow.incidents.IncidentProperties;
import vn.gov.ubnd.workflow.incidents.JobFailurePolicy;

/** The 8.6 line fails a job whose handler threw, an Error as an exception, with its message. */
class ExplainedFailuresJobWorkerManagerTest {

  private final JobFailurePolicy failures =
      new JobFailurePolicy(
          new IncidentMessages(
              new IncidentProperties(Duration.ofSeconds(30), Duration.ofSeconds(10))));
  private final ExplainedFailuresJobWorkerManager manager =
      new ExplainedFailuresJobWorkerManager(failures, null, null, null, null);

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
        .explained(
            (c, j) -> {
              throw overflow;
            })
        .handle(client, job());

    assertThat(failures.verdict(overflow, 3).retriesLeft()).isEqualTo(2);
    assertThat(failedWith(client, overflow)).isNotBlank().doesNotContain("at vn.gov");
  }

  @Test
  void badDataFailsTheJobAtOnceWithItsVietnameseText() throws Exception {
    JobClient client = mock(JobClient.class, RETURNS_DEEP_STUBS);

    InvalidProcessDataException bad = new InvalidProcessDataException("biến ladder không có");
    manager
        .explained(
            (c, j) -> {
              throw bad;
            })
        .handle(client, job());

    assertThat(failures.verdict(bad, 3).retriesLeft()).isZero();
    assertThat(failedWith(client, bad)).contains("Dữ liệu không hợp lệ: biến ladder không có");
  }
}

package vn.gov.ubnd.workflow.incidents;

import java.time.Duration;

/**
 * How a job whose handler threw is failed, the same on every Camunda line: a message a manager can
 * act on ({@link IncidentMessages}) instead of the client's default, a Java stack trace; bad data
 * raises the incident at once instead of being retried three times. The line's adapter sends the
 * fail command.
 */
public class JobFailurePolicy {

  private final IncidentMessages messages;

  public JobFailurePolicy(IncidentMessages messages) {
    this.messages = messages;
  }

  /** The fail command's content for a job that had {@code retries} retries when it threw. */
  public Verdict verdict(Throwable failure, int retries) {
    IncidentMessages.Failure explained = messages.explain(failure);
    int left = explained.retryable() ? Math.max(retries - 1, 0) : 0;
    return new Verdict(explained.message(), left, growing(explained.backoff(), retries));
  }

  public record Verdict(String message, int retriesLeft, Duration backoff) {}

  /**
   * The wait doubles as the retries run out (30 s, then 60 s with three retries), so that a
   * dependency down for a minute and a half, a restart of the search cluster, costs no incident.
   */
  static Duration growing(Duration base, int retriesBeforeThisFailure) {
    return base.multipliedBy(1L << Math.max(0, Math.min(4, 3 - retriesBeforeThisFailure)));
  }
}

package vn.gov.ubnd.workflow.failures;

/**
 * Something the step needs (the index, the mail server, the council's endpoint) cannot be reached
 * or refused for now: the step is retried as it is. Its message is Vietnamese and says what to
 * check.
 */
public class DependencyUnavailableException extends RuntimeException {

  public DependencyUnavailableException(String vietnameseMessage, Throwable cause) {
    super(vietnameseMessage, cause);
  }
}

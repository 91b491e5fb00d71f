package vn.gov.ubnd.workflow.search;

/** The search cluster did not answer or refused a request: the job should be retried. */
public class SearchUnavailableException extends RuntimeException {

  public SearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

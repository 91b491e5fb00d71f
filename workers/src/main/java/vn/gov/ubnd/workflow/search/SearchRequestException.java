package vn.gov.ubnd.workflow.search;

/** The cluster answered with an error status. */
public class SearchRequestException extends RuntimeException {
  private final int status;

  public SearchRequestException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}

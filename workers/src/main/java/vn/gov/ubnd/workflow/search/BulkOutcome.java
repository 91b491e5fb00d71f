package vn.gov.ubnd.workflow.search;

/**
 * What became of one operation of a bulk request.
 *
 * @param status HTTP status of the operation (201, 200, 409, ...)
 * @param errorType the index's error type, when it failed
 * @param reason the index's explanation, when it failed
 */
public record BulkOutcome(int status, String errorType, String reason) {
  public boolean succeeded() {
    return status >= 200 && status < 300;
  }

  public boolean conflict() {
    return status == 409;
  }
}

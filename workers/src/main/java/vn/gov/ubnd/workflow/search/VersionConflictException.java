package vn.gov.ubnd.workflow.search;

/** Someone else wrote the document since it was read (optimistic concurrency). */
public class VersionConflictException extends RuntimeException {

  public VersionConflictException(String message) {
    super(message);
  }
}

package vn.gov.ubnd.workflow.directives;

/** A directive with this id is tracked already, by another process instance. */
class DuplicateDirectiveException extends RuntimeException {

  private final long trackedBy;

  public DuplicateDirectiveException(String directiveId, long trackedBy) {
    super(
        "Nhiệm vụ "
            + directiveId
            + " đã được đăng ký và đang được theo dõi (phiên bản quy trình "
            + trackedBy
            + ").");
    this.trackedBy = trackedBy;
  }

  public long trackedBy() {
    return trackedBy;
  }
}

package vn.gov.ubnd.workflow.attachments;

/** A file that is not kept: its Vietnamese message names the field and what to send instead. */
public class AttachmentRefusedException extends RuntimeException {

  public AttachmentRefusedException(String vietnameseMessage) {
    super(vietnameseMessage);
  }
}

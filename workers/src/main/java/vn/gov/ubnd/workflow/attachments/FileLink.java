package vn.gov.ubnd.workflow.attachments;

/**
 * What a record keeps of a file attached to it: enough to name it and link to it.
 *
 * @param id the attachment's id
 * @param fileName its name as uploaded
 * @param size bytes
 */
public record FileLink(String id, String fileName, long size) {

  public static FileLink of(Attachment attachment) {
    return new FileLink(attachment.id(), attachment.fileName(), attachment.size());
  }

  /** Where the portal downloads it. */
  public String url() {
    return "/api/portal/attachments/" + id;
  }
}

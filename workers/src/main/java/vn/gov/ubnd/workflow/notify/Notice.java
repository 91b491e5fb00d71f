package vn.gov.ubnd.workflow.notify;

import java.util.List;

/**
 * A notice to people: a reminder, a follow-up (đôn đốc), an escalation.
 *
 * @param noticeId idempotency key: the same step retried sends nothing twice
 * @param kind what kind of notice (REMINDER, OVERDUE, ...)
 * @param subject subject line, Vietnamese
 * @param body text, Vietnamese
 * @param to main recipients
 * @param cc in copy
 * @param reference what it is about (a directive id, a report cycle)
 * @param attachments files sent with the mail (the outbox keeps their names)
 */
public record Notice(
    String noticeId,
    String kind,
    String subject,
    String body,
    List<Recipient> to,
    List<Recipient> cc,
    String reference,
    List<Attachment> attachments) {

  public Notice(
      String noticeId,
      String kind,
      String subject,
      String body,
      List<Recipient> to,
      List<Recipient> cc,
      String reference) {
    this(noticeId, kind, subject, body, to, cc, reference, List.of());
  }

  public Notice {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** A file sent with the mail: a report as .docx. */
  public record Attachment(String fileName, String contentType, byte[] content) {}
}

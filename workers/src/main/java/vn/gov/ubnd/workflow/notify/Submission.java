package vn.gov.ubnd.workflow.notify;

import java.util.Map;

/**
 * A document sent to the council's standing board.
 *
 * @param submissionId idempotency key: a retried step sends nothing twice where the channel allows
 * @param subject subject line
 * @param body covering text
 * @param fileName the attachment's name
 * @param content the attachment
 * @param metadata number, date, summary, session, for the receiving system
 */
public record Submission(
    String submissionId,
    String subject,
    String body,
    String fileName,
    byte[] content,
    Map<String, String> metadata) {}

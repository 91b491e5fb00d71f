package vn.gov.ubnd.workflow.documents;

import java.time.OffsetDateTime;

/**
 * A generated document as kept and indexed.
 *
 * @param name file name in the storage folder, also its id
 * @param kind DRAFT or FINAL
 * @param reference what it belongs to (a report cycle's process instance key)
 * @param title the summary line
 * @param documentNumber the number, for a final document
 * @param url where users download it
 * @param createdAt when it was written
 * @param size bytes
 */
public record StoredFile(
    String name,
    String kind,
    String reference,
    String title,
    String documentNumber,
    String url,
    OffsetDateTime createdAt,
    long size) {}

package vn.gov.ubnd.workflow.attachments;

import java.time.OffsetDateTime;

/**
 * A file a person attached to something the office keeps (a directive, a source document).
 *
 * @param id its id (also the stored file's name)
 * @param owner what it belongs to, e.g. "directive:123/TB-UBND"; access follows the owner's
 * @param fileName the name it was uploaded under, as typed
 * @param kind what kind of file it is
 * @param size bytes
 * @param sha256 its digest, hex
 * @param uploadedBy username of who attached it
 * @param uploadedByName their full name
 * @param uploadedAt when
 */
public record Attachment(
    String id,
    String owner,
    String fileName,
    AttachmentKind kind,
    long size,
    String sha256,
    String uploadedBy,
    String uploadedByName,
    OffsetDateTime uploadedAt) {}

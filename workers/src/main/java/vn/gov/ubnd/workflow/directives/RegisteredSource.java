package vn.gov.ubnd.workflow.directives;

import java.time.OffsetDateTime;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.attachments.FileLink;

/**
 * A source document in the office's register: entered once, by the first directive (or import row)
 * that named its number, or by the office directly; directives that name the number later belong to
 * it.
 *
 * @param document number, date, issuer, kind, title
 * @param registeredAt when it was entered
 * @param registeredBy who entered it, if a person did
 * @param file the document's file, when the office attached one
 */
public record RegisteredSource(
    SourceDocument document, OffsetDateTime registeredAt, Person registeredBy, FileLink file) {

  public RegisteredSource(
      SourceDocument document, OffsetDateTime registeredAt, Person registeredBy) {
    this(document, registeredAt, registeredBy, null);
  }
}

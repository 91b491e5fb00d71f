package vn.gov.ubnd.workflow.directives.imports;

import java.time.OffsetDateTime;
import vn.gov.ubnd.workflow.accounts.Person;

/**
 * One uploaded list and how far its import has come.
 *
 * @param importId the id the upload answered with
 * @param fileName the file's name as sent
 * @param format CSV or XLSX
 * @param status RUNNING until every row has its verdict, then FINISHED
 * @param rows directive rows in the file (blank rows not counted)
 * @param read rows read and given a verdict
 * @param started rows whose instance was started
 * @param rejected rows refused, each with its reasons
 * @param uploadedAt when the file was accepted
 * @param finishedAt when the last verdict was given
 */
public record DirectiveImport(
    String importId,
    String fileName,
    TableReader.Format format,
    Status status,
    int rows,
    int read,
    int started,
    int rejected,
    OffsetDateTime uploadedAt,
    OffsetDateTime finishedAt,
    Person importedBy) {

  /** Where an import stands. */
  public enum Status {
    RUNNING,
    FINISHED
  }

  /** Rows still to do. */
  public int remaining() {
    return Math.max(rows - read, 0);
  }

  DirectiveImport progressed(int read, int started, int rejected) {
    return new DirectiveImport(
        importId,
        fileName,
        format,
        status,
        rows,
        read,
        started,
        rejected,
        uploadedAt,
        finishedAt,
        importedBy);
  }

  DirectiveImport finished(OffsetDateTime at) {
    return new DirectiveImport(
        importId,
        fileName,
        format,
        Status.FINISHED,
        rows,
        read,
        started,
        rejected,
        uploadedAt,
        at,
        importedBy);
  }
}

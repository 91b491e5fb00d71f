package vn.gov.ubnd.workflow.search;

/**
 * One write of a bulk request.
 *
 * @param create fail with 409 if the id exists, instead of replacing
 * @param ifVersion write only if the document is still at this version (optimistic concurrency)
 */
public record BulkOperation(
    String index, String id, Object document, boolean create, StoredDocument ifVersion) {

  public static BulkOperation create(String index, String id, Object document) {
    return new BulkOperation(index, id, document, true, null);
  }

  public static BulkOperation put(String index, String id, Object document) {
    return new BulkOperation(index, id, document, false, null);
  }

  public static BulkOperation replace(String index, StoredDocument read, Object document) {
    return new BulkOperation(index, read.id(), document, false, read);
  }
}

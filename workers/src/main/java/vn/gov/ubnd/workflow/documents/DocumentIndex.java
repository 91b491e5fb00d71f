package vn.gov.ubnd.workflow.documents;

/** Records generated documents with their metadata, for search: the index in production. */
public interface DocumentIndex {

  void record(StoredFile file);
}

package vn.gov.ubnd.workflow.attachments;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.search.SearchClient;

/** The records of attached files in the index {@code attachments}, one document per file. */
@Component
class IndexedAttachments implements AttachmentIndex {

  static final String INDEX = "attachments";

  private final SearchClient search;

  IndexedAttachments(SearchClient search) {
    this.search = search;
  }

  @Override
  public void put(Attachment attachment) {
    ensureIndex();
    search.put(INDEX, attachment.id(), attachment);
  }

  @Override
  public Optional<Attachment> find(String id) {
    ensureIndex();
    return search.get(INDEX, id).map(doc -> search.read(doc.source(), Attachment.class));
  }

  private void ensureIndex() {
    search.ensureIndexFromResource(INDEX, "search/" + INDEX + ".json");
  }
}

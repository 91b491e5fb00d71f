package vn.gov.ubnd.workflow.attachments;

import java.util.Optional;

/** Where the records of attached files are kept (the index; in memory in unit tests). */
interface AttachmentIndex {

  void put(Attachment attachment);

  Optional<Attachment> find(String id);
}

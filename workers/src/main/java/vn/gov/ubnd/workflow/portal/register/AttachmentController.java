package vn.gov.ubnd.workflow.portal.register;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.ubnd.workflow.attachments.Attachment;
import vn.gov.ubnd.workflow.attachments.AttachmentStore;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.portal.PortalRefusal;
import vn.gov.ubnd.workflow.portal.Viewer;
import vn.gov.ubnd.workflow.portal.dashboard.DashboardScope;

/**
 * Downloads an attached file for whoever may see what it is attached to: a directive's files for
 * those who may open its page, a source document's for every user of the register.
 */
@RestController
class AttachmentController {

  private final AttachmentStore attachments;
  private final DirectivePages pages;
  private final Catalog catalog;

  AttachmentController(AttachmentStore attachments, DirectivePages pages, Catalog catalog) {
    this.attachments = attachments;
    this.pages = pages;
    this.catalog = catalog;
  }

  @GetMapping("/api/portal/attachments/{id}")
  ResponseEntity<FileSystemResource> download(@PathVariable String id, Authentication user) {
    Viewer viewer = Viewer.of(user);
    Attachment attachment =
        attachments
            .find(id)
            .orElseThrow(
                () ->
                    PortalRefusal.notFound(
                        "Không có tệp này: tệp đã bị xóa hoặc đường dẫn chép chưa đủ."));
    String owner = attachment.owner();
    if (owner.startsWith("directive:")) {
      pages.visible(viewer, owner.substring("directive:".length()));
    } else {
      DashboardScope.of(viewer, catalog); // refuses who has no part in the register
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(attachment.kind().contentType()))
        .contentLength(attachment.size())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(attachment.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(new FileSystemResource(attachments.file(attachment)));
  }
}

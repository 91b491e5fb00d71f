package vn.gov.ubnd.workflow.documents;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.ubnd.workflow.accounts.AccountRole;
import vn.gov.ubnd.workflow.security.TokenAuthorities;

/** Serves generated documents for the links in the forms. */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

  static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final DocumentStorage storage;

  public DocumentController(DocumentStorage storage) {
    this.storage = storage;
  }

  @GetMapping("/{name}")
  public ResponseEntity<?> download(@PathVariable String name, Authentication user) {
    Set<AccountRole> roles = TokenAuthorities.roles(user);
    if (!DocumentAccess.mayRead(name, roles)) {
      return ResponseEntity.status(403)
          .body(
              Map.of(
                  "error",
                  "Dự thảo báo cáo chỉ Văn phòng, lãnh đạo và người quản lý được xem; cơ quan"
                      + " xem phần của mình trong biểu mẫu."));
    }
    return storage
        .find(name)
        .map(
            (Path file) ->
                ResponseEntity.ok()
                    .contentType(DOCX)
                    .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                    .body(new FileSystemResource(file)))
        .orElse(ResponseEntity.notFound().build());
  }
}

package vn.gov.ubnd.workflow.directives.imports;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.gov.ubnd.workflow.security.SignedInPerson;

/**
 * Bulk registration of directives: upload a list, follow its import, read or download the verdicts.
 */
@RestController
// The API's address for tokens, and the portal's for the office's signed-in browser.
@RequestMapping({"/api/directives", "/api/portal/directives"})
class DirectiveImportController {

  private static final int MAX_PAGE = 1_000;

  private final DirectiveImports imports;

  public DirectiveImportController(DirectiveImports imports) {
    this.imports = imports;
  }

  /**
   * How an import stands, as the API answers it.
   *
   * @param remaining rows still to do
   * @param links where to follow it and fetch its verdicts
   */
  public record ImportProgress(
      String importId,
      String fileName,
      DirectiveImport.Status status,
      int rows,
      int read,
      int started,
      int rejected,
      int remaining,
      OffsetDateTime uploadedAt,
      OffsetDateTime finishedAt,
      Map<String, String> links) {

    static ImportProgress of(DirectiveImport i) {
      String self = "/api/directives/imports/" + i.importId();
      return new ImportProgress(
          i.importId(),
          i.fileName(),
          i.status(),
          i.rows(),
          i.read(),
          i.started(),
          i.rejected(),
          i.remaining(),
          i.uploadedAt(),
          i.finishedAt(),
          Map.of(
              "self", self,
              "verdicts", self + "/rows",
              "workbook", self + "/verdicts.xlsx"));
    }
  }

  /** Accepts a list at once (202) and imports it in the background. */
  @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<ImportProgress> upload(
      @RequestParam("file") MultipartFile file, Authentication user) throws IOException {
    DirectiveImport accepted =
        imports.accept(file.getOriginalFilename(), file.getInputStream(), SignedInPerson.of(user));
    ImportProgress progress = ImportProgress.of(accepted);
    return ResponseEntity.accepted()
        .header(HttpHeaders.LOCATION, progress.links().get("self"))
        .body(progress);
  }

  @GetMapping("/imports/{importId}")
  public ResponseEntity<?> progress(@PathVariable String importId) {
    return imports
        .find(importId)
        .<ResponseEntity<?>>map(i -> ResponseEntity.ok(ImportProgress.of(i)))
        .orElseGet(() -> notFound(importId));
  }

  @GetMapping("/imports/{importId}/rows")
  public ResponseEntity<?> verdicts(
      @PathVariable String importId,
      @RequestParam(defaultValue = "2") int fromRow,
      @RequestParam(defaultValue = "100") int size) {
    if (imports.find(importId).isEmpty()) {
      return notFound(importId);
    }
    if (size < 1 || size > MAX_PAGE || fromRow < 1) {
      return ResponseEntity.badRequest()
          .body(
              Map.of(
                  "error",
                  "Tham số không hợp lệ: fromRow từ 1 trở lên, size từ 1 đến " + MAX_PAGE + "."));
    }
    List<RowVerdict> page = imports.verdicts(importId, fromRow, size);
    return ResponseEntity.ok(Map.of("importId", importId, "rows", page));
  }

  /**
   * The list as uploaded with two verdict columns, streamed. Declared as a streaming body: Spring
   * streams a ResponseEntity only when its type says so (as ResponseEntity<?> it answered 500).
   */
  @GetMapping("/imports/{importId}/verdicts.xlsx")
  public ResponseEntity<StreamingResponseBody> workbook(@PathVariable String importId) {
    DirectiveImport found =
        imports.find(importId).orElseThrow(() -> new ImportNotFoundException(importId));
    StreamingResponseBody body = out -> imports.writeVerdictWorkbook(found, out);
    return ResponseEntity.ok()
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("ket-qua-nhap-" + importId + ".xlsx")
                .build()
                .toString())
        .body(body);
  }

  /** No import of that id: the same JSON refusal as the other endpoints give. */
  static final class ImportNotFoundException extends RuntimeException {
    private final String importId;

    ImportNotFoundException(String importId) {
      super(importId);
      this.importId = importId;
    }
  }

  @ExceptionHandler(ImportNotFoundException.class)
  ResponseEntity<?> notFound(ImportNotFoundException e) {
    return notFound(e.importId);
  }

  @ExceptionHandler(ImportRefusedException.class)
  ResponseEntity<Map<String, String>> refused(ImportRefusedException e) {
    return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
  }

  private static ResponseEntity<?> notFound(String importId) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(
            Map.of(
                "error",
                "Không có lần nhập mã \""
                    + (importId.length() > 40 ? importId.substring(0, 40) + "…" : importId)
                    + "\"."));
  }
}

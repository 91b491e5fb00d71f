package vn.gov.ubnd.workflow.directives;

import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk registration of directives from a CSV or .xlsx list. */
@RestController
@RequestMapping("/api/directives")
public class DirectiveImportController {

  private final DirectiveImportService imports;

  public DirectiveImportController(DirectiveImportService imports) {
    this.imports = imports;
  }

  @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<?> importDirectives(@RequestParam("file") MultipartFile file)
      throws IOException {
    try {
      return ResponseEntity.ok(
          imports.importFile(file.getOriginalFilename(), file.getInputStream()));
    } catch (IllegalArgumentException e) {
      return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
    }
  }
}

package vn.gov.ubnd.workflow.portal.register;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.directives.RegisterCriteria;
import vn.gov.ubnd.workflow.portal.Viewer;
import vn.gov.ubnd.workflow.portal.dashboard.DashboardScope;
import vn.gov.ubnd.workflow.search.PageCursor;

/** The register of directives: search, a directive's page, the filtered list as .xlsx. */
@RestController
@RequestMapping("/api/portal/register")
public class RegisterController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final RegisterService register;
  private final DirectivePages pages;
  private final SourceDocumentList documents;
  private final ContributionService contributions;
  private final Catalog catalog;

  RegisterController(
      RegisterService register,
      DirectivePages pages,
      SourceDocumentList documents,
      ContributionService contributions,
      Catalog catalog) {
    this.register = register;
    this.pages = pages;
    this.documents = documents;
    this.contributions = contributions;
    this.catalog = catalog;
  }

  @GetMapping
  public ResponseEntity<?> search(@RequestParam Map<String, String> params, Authentication user) {
    try {
      return ResponseEntity.ok(register.page(Viewer.of(user), params));
    } catch (PageCursor.InvalidCursorException e) {
      return ResponseEntity.badRequest().body(Map.of("error", e.getMessage(), "status", 400));
    }
  }

  @GetMapping("/choices")
  public RegisterService.Choices choices(Authentication user) {
    return register.choices(Viewer.of(user));
  }

  /** A coordinating agency's contribution to a directive, for the lead agency. */
  @org.springframework.web.bind.annotation.PostMapping("/contributions")
  public ResponseEntity<ContributionService.Sent> contribute(
      @org.springframework.web.bind.annotation.RequestBody
          ContributionService.ContributionRequest request,
      Authentication user) {
    return ResponseEntity.status(202).body(contributions.send(Viewer.of(user), request));
  }

  /** The office enters a source document in the register. */
  @org.springframework.web.bind.annotation.PostMapping("/documents")
  public ResponseEntity<SourceDocumentList.DocumentLine> enterDocument(
      @org.springframework.web.bind.annotation.RequestBody
          SourceDocumentList.DocumentRequest request,
      Authentication user) {
    return ResponseEntity.status(201).body(documents.register(Viewer.of(user), request));
  }

  /** The source documents with their directives' progress. */
  @GetMapping("/documents")
  public ResponseEntity<?> documents(
      @RequestParam Map<String, String> params, Authentication user) {
    try {
      return ResponseEntity.ok(documents.documents(Viewer.of(user), params));
    } catch (PageCursor.InvalidCursorException e) {
      return ResponseEntity.badRequest().body(Map.of("error", e.getMessage(), "status", 400));
    }
  }

  /** The directive of this number ("số hiệu" may hold slashes: a parameter, not a path). */
  @GetMapping("/directive")
  public DirectiveFile directive(@RequestParam(required = false) String id, Authentication user) {
    return pages.directive(Viewer.of(user), id);
  }

  @GetMapping("/export.xlsx")
  public ResponseEntity<StreamingResponseBody> export(
      @RequestParam Map<String, String> params, Authentication user) {
    Viewer viewer = Viewer.of(user);
    // Checked before the first byte: a refusal is still a JSON answer with its status.
    DashboardScope scope = DashboardScope.of(viewer, catalog);
    RegisterCriteria criteria = register.criteria(params);
    LocalDate asOf = criteria.asOf();
    StreamingResponseBody body =
        out -> {
          try (RegisterWorkbook workbook = new RegisterWorkbook(scope.description(), asOf)) {
            register.each(viewer, params, workbook::add);
            workbook.write(out);
          }
        };
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"so-theo-doi-nhiem-vu-" + asOf + ".xlsx\"")
        .body(body);
  }
}

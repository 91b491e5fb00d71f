package vn.gov.ubnd.workflow.portal.register;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.gov.ubnd.workflow.attachments.Upload;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.directives.RegisterCriteria;
import vn.gov.ubnd.workflow.portal.Viewer;
import vn.gov.ubnd.workflow.portal.dashboard.DashboardScope;
import vn.gov.ubnd.workflow.search.PageCursor;

/** The register of directives: search, a directive's page, the filtered list as .xlsx. */
@RestController
@RequestMapping("/api/portal/register")
class RegisterController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final RegisterService register;
  private final DirectivePages pages;
  private final SourceDocumentList documents;
  private final SourceDocumentEntry entry;
  private final ContributionService contributions;
  private final Catalog catalog;

  RegisterController(
      RegisterService register,
      DirectivePages pages,
      SourceDocumentList documents,
      SourceDocumentEntry entry,
      ContributionService contributions,
      Catalog catalog) {
    this.register = register;
    this.pages = pages;
    this.documents = documents;
    this.entry = entry;
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
  @PostMapping(path = "/contributions", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ContributionService.Sent> contribute(
      @RequestBody ContributionService.ContributionRequest request, Authentication user) {
    return ResponseEntity.status(202).body(contributions.send(Viewer.of(user), request));
  }

  /** The same with a file, as the portal's form sends it. */
  @PostMapping(path = "/contributions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<ContributionService.Sent> contributeWithFile(
      @RequestParam(required = false) String directiveId,
      @RequestParam(required = false) String text,
      @RequestPart(name = "file", required = false) MultipartFile file,
      Authentication user)
      throws IOException {
    return ResponseEntity.status(202)
        .body(
            contributions.send(
                Viewer.of(user),
                new ContributionService.ContributionRequest(directiveId, text),
                upload(file)));
  }

  /** The office enters a source document in the register. */
  @PostMapping(path = "/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<SourceDocumentList.DocumentLine> enterDocument(
      @RequestBody SourceDocumentEntry.DocumentRequest request, Authentication user) {
    return ResponseEntity.status(201).body(entry.register(Viewer.of(user), request, null));
  }

  /** The same with the document's file (its scan or signed PDF), as the portal's form sends it. */
  @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<SourceDocumentList.DocumentLine> enterDocumentWithFile(
      @RequestParam(required = false) String number,
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String issuer,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String title,
      @RequestPart(name = "file", required = false) MultipartFile file,
      Authentication user)
      throws IOException {
    return ResponseEntity.status(201)
        .body(
            entry.register(
                Viewer.of(user),
                new SourceDocumentEntry.DocumentRequest(number, date, issuer, kind, title),
                upload(file)));
  }

  private static Upload upload(MultipartFile file) throws IOException {
    boolean nothingChosen =
        file == null
            || file.isEmpty()
                && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
    return nothingChosen ? null : new Upload(file.getOriginalFilename(), file.getInputStream());
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

  /** One source document with its directives' progress (its number holds slashes: a parameter). */
  @GetMapping("/document")
  public SourceDocumentList.DocumentLine document(
      @RequestParam(required = false) String number, Authentication user) {
    return documents.document(Viewer.of(user), number);
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

package vn.gov.ubnd.workflow.officedocuments;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.ubnd.workflow.directives.imports.ImportRefusedException;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.security.SignedInPerson;

/**
 * The office's register of documents issued and received in the portal: the office imports the
 * e-office system's exports; everyone signed in reads the counts (the dashboard's table by month).
 */
@RestController
@RequestMapping("/api/portal/office-documents")
class OfficeDocumentController {

  private final OfficeDocumentImport imports;
  private final IndexedOfficeDocuments register;
  private final DocumentKinds kinds;
  private final Clock clock;

  public OfficeDocumentController(
      OfficeDocumentImport imports,
      IndexedOfficeDocuments register,
      DocumentKinds kinds,
      Clock clock) {
    this.imports = imports;
    this.register = register;
    this.kinds = kinds;
    this.clock = clock;
  }

  /** Imports one export; {@code direction} (đi / đến) for a file without a direction column. */
  @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public OfficeDocumentImport.Result upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(value = "direction", required = false) String direction,
      Authentication user)
      throws IOException {
    DocumentDirection fileDirection = null;
    if (direction != null && !direction.isBlank()) {
      fileDirection =
          DocumentDirection.parse(direction)
              .orElseThrow(
                  () ->
                      new ImportRefusedException(
                          "Sổ văn bản \""
                              + OfficeInput.shown(direction)
                              + "\" không rõ: chọn sổ văn bản đi hoặc sổ văn bản đến."));
    }
    return imports.importFile(
        file.getOriginalFilename(),
        file.getInputStream(),
        fileDirection,
        SignedInPerson.of(user).username());
  }

  /** One kind's count in a period. */
  public record KindCount(String code, String name, long count) {}

  /** The documents of a period, with the sentence the council reports print. */
  public record Flow(
      String from,
      String to,
      long issued,
      long received,
      List<KindCount> issuedByKind,
      String sentence) {}

  @GetMapping("/flow")
  public Flow flow(@RequestParam String from, @RequestParam String to) {
    List<String> problems = new ArrayList<>();
    LocalDate first = OfficeInput.date(from, "Từ ngày (from)", problems);
    LocalDate last = OfficeInput.date(to, "Đến ngày (to)", problems);
    if (first != null && last != null && last.isBefore(first)) {
      problems.add("Đến ngày (to) phải từ ngày " + OfficeInput.vn(first) + " trở đi.");
    }
    if (!problems.isEmpty()) {
      throw new ImportRefusedException(String.join(" ", problems));
    }
    DocumentFlow flow = register.flow(first, last);
    List<KindCount> byKind = new ArrayList<>();
    for (DocumentKinds.Kind kind : kinds.kinds()) {
      long n = flow.issuedByKind().getOrDefault(kind.code(), 0L);
      if (n > 0) {
        byKind.add(new KindCount(kind.code(), kind.name(), n));
      }
    }
    return new Flow(
        first.toString(),
        last.toString(),
        flow.issued(),
        flow.received(),
        byKind,
        new DocumentFlowText(kinds).councilSentence(flow));
  }

  /** A month's documents on the dashboard. */
  public record Month(String month, String label, long issued, long received) {}

  /** The year's months up to this one (or all twelve of a past year). */
  @GetMapping("/months")
  public List<Month> months(@RequestParam(required = false) Integer year) {
    YearMonth now = YearMonth.now(clock);
    int wanted = year == null ? now.getYear() : year;
    if (wanted < OfficeInput.FIRST_YEAR || wanted > now.getYear()) {
      throw new ImportRefusedException(
          "Năm "
              + wanted
              + " không hợp lệ: chọn một năm từ "
              + OfficeInput.FIRST_YEAR
              + " đến "
              + now.getYear()
              + ".");
    }
    YearMonth last = wanted == now.getYear() ? now : YearMonth.of(wanted, 12);
    List<Month> months = new ArrayList<>();
    register
        .byMonth(LocalDate.of(wanted, 1, 1), last.atEndOfMonth())
        .forEach(
            (month, counts) ->
                months.add(
                    new Month(
                        month.toString(),
                        "Tháng " + month.getMonthValue() + "/" + month.getYear(),
                        counts.get(DocumentDirection.OUTGOING),
                        counts.get(DocumentDirection.INCOMING))));
    return months;
  }

  @ExceptionHandler(ImportRefusedException.class)
  ResponseEntity<Map<String, String>> refused(ImportRefusedException e) {
    return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
  }
}

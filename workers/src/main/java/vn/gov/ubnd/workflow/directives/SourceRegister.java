package vn.gov.ubnd.workflow.directives;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.input.OfficeInput;

/** The office's register of source documents as directives are registered. */
@Component
class SourceRegister {

  private final SourceDocumentStore sources;

  SourceRegister(SourceDocumentStore sources) {
    this.sources = sources;
  }

  /**
   * The rule of the source documents' register: a number not registered yet is registered from this
   * directive; a registered one gives the directive its document (blanks filled from it), and a
   * directive that states another date of issue or another kind for it is refused, naming both.
   */
  DirectiveValidator.ValidDirective withRegisteredSource(
      DirectiveValidator.ValidDirective valid, Person by, OffsetDateTime now) {
    SourceDocument given = valid.sourceDocument();
    if (given == null) {
      return valid;
    }
    SourceDocument registered =
        sources.registerOnce(new RegisteredSource(given, now, by)).document();
    List<String> problems = new ArrayList<>();
    if (given.date() != null
        && registered.date() != null
        && !given.date().equals(registered.date())) {
      problems.add(
          "Văn bản giao số "
              + registered.number()
              + " đã có trong sổ với ngày "
              + OfficeInput.vn(registered.date())
              + ", nhiệm vụ này ghi ngày "
              + OfficeInput.vn(given.date())
              + ": sửa ngày văn bản cho khớp, hoặc để trống để lấy theo sổ.");
    }
    boolean kindGiven =
        valid.input().sourceDocument() != null
            && SourceKind.parse(valid.input().sourceDocument().kind()).isPresent();
    if (kindGiven && registered.kind() != null && given.kind() != registered.kind()) {
      problems.add(
          "Văn bản giao số "
              + registered.number()
              + " đã có trong sổ là «"
              + registered.kind().label()
              + "», nhiệm vụ này ghi «"
              + given.kind().label()
              + "»: sửa loại văn bản cho khớp, hoặc để trống để lấy theo sổ.");
    }
    if (!problems.isEmpty()) {
      throw new DirectiveValidationException(problems);
    }
    return valid.withSourceDocument(given.filledFrom(registered));
  }
}

package vn.gov.ubnd.workflow.documents;

import java.util.List;

/** Test access to the footnote parser (package-private in main). */
public final class DocxFootnotesProbe {

  private DocxFootnotesProbe() {}

  /** Body pieces as written, footnotes prefixed with ^. */
  public static List<String> pieces(String line) {
    return DocxFootnotes.pieces(line).stream()
        .map(p -> p.footnote() ? "^" + p.text() : p.text())
        .toList();
  }
}

package vn.gov.ubnd.workflow.documents;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Footnotes as the office writes them in a draft, Pandoc's inline form: "… 12 dự án trọng
 * điểm^[Gồm: …]." becomes the text with a Word footnote reference and the footnote at the page's
 * foot, numbered by Word. Brackets inside a footnote are kept when they pair up.
 */
final class DocxFootnotes {

  private DocxFootnotes() {}

  /** A stretch of a line: body text, or the text of a footnote anchored where it stands. */
  record Piece(String text, boolean footnote) {}

  static List<Piece> pieces(String line) {
    List<Piece> pieces = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    int i = 0;
    while (i < line.length()) {
      int start = line.indexOf("^[", i);
      int end = start < 0 ? -1 : closing(line, start + 2);
      if (start < 0 || end < 0) {
        body.append(line, i, line.length());
        break;
      }
      body.append(line, i, start);
      if (!body.isEmpty()) {
        pieces.add(new Piece(body.toString(), false));
        body.setLength(0);
      }
      pieces.add(new Piece(line.substring(start + 2, end).strip(), true));
      i = end + 1;
    }
    if (!body.isEmpty()) {
      pieces.add(new Piece(body.toString(), false));
    }
    return pieces;
  }

  /** The index of the bracket that closes the one opened before {@code from}, or -1. */
  private static int closing(String line, int from) {
    int depth = 1;
    for (int k = from; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return k;
      }
    }
    return -1;
  }

  /** Writes the line into the paragraph, its footnotes as Word footnotes (12 pt, as the body's). */
  static void write(
      XWPFDocument doc,
      XWPFParagraph paragraph,
      String line,
      int size,
      boolean italic,
      Styler run) {
    for (Piece piece : pieces(line)) {
      if (!piece.footnote()) {
        run.run(paragraph, piece.text(), size, false, italic);
        continue;
      }
      XWPFFootnote footnote = doc.createFootnote();
      XWPFParagraph text = footnote.createParagraph();
      footnote.ensureFootnoteRef(text);
      run.run(text, " " + piece.text(), 12, false, false);
      paragraph.addFootnoteReference(footnote);
    }
  }

  /** How the writer makes a run in its font. */
  interface Styler {
    XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic);
  }
}

package vn.gov.ubnd.workflow.documents;

import java.util.List;

/**
 * A numbered part of a report ("A. TÌNH HÌNH CÔNG TÁC", "I. Kết quả chủ yếu", "1. ...") with its
 * text and its own parts.
 *
 * @param number the printed number ("A", "I", "1"), empty for none
 * @param title the heading
 * @param text paragraphs of body text, one per line
 * @param children sub-sections in order
 * @param tables tables printed after the text
 * @param pictures pictures (charts) printed after the tables
 */
public record ReportSection(
    String number,
    String title,
    String text,
    List<ReportSection> children,
    List<ReportTable> tables,
    List<ReportPicture> pictures) {

  public ReportSection(String number, String title, String text, List<ReportSection> children) {
    this(number, title, text, children, List.of(), List.of());
  }

  public ReportSection {
    children = children == null ? List.of() : List.copyOf(children);
    tables = tables == null ? List.of() : List.copyOf(tables);
    pictures = pictures == null ? List.of() : List.copyOf(pictures);
    text = text == null ? "" : text;
    number = number == null ? "" : number;
  }

  /** The heading as printed: "A. TÌNH HÌNH CÔNG TÁC", "Phần thứ nhất: CÔNG TÁC …". */
  public String heading() {
    return heading(number, title);
  }

  /** A number ending in a colon ("Phần thứ nhất:") takes no full stop after it. */
  public static String heading(String number, String title) {
    if (number == null || number.isEmpty()) {
      return title;
    }
    return number.endsWith(":") ? number + " " + title : number + ". " + title;
  }
}

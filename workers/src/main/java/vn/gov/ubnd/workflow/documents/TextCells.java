package vn.gov.ubnd.workflow.documents;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text cells of every workbook we write (the import's verdicts, the dashboard's export). A value
 * Excel would take for a formula (=, +, -, @ first, or a tab or carriage return) is kept as text
 * with Excel's quote prefix: shown as typed, never evaluated, not even after someone edits the
 * cell. Text longer than a cell holds is cut with an ellipsis.
 */
public final class TextCells {

  /** An .xlsx cell holds at most 32,767 characters. */
  private static final int MAX_LENGTH = 32_000;

  private final CellStyle quoted;

  public TextCells(Workbook workbook) {
    quoted = workbook.createCellStyle();
    quoted.setQuotePrefixed(true);
  }

  /** Writes the text (null as empty) into a new cell of the row. */
  public Cell text(Row row, int column, String value) {
    String text = value == null ? "" : value;
    Cell cell = row.createCell(column);
    cell.setCellValue(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text);
    if (formulaLike(text)) {
      cell.setCellStyle(quoted);
    }
    return cell;
  }

  /**
   * A cell that also has a style of its own (a bold heading) keeps the quote prefix: the style is
   * cloned with the prefix added.
   */
  public Cell text(Row row, int column, String value, CellStyle style) {
    Cell cell = text(row, column, value);
    if (style != null) {
      if (formulaLike(value == null ? "" : value)) {
        CellStyle both = row.getSheet().getWorkbook().createCellStyle();
        both.cloneStyleFrom(style);
        both.setQuotePrefixed(true);
        cell.setCellStyle(both);
      } else {
        cell.setCellStyle(style);
      }
    }
    return cell;
  }

  public static boolean formulaLike(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }
}

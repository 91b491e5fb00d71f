package vn.gov.ubnd.workflow.documents;

import java.util.List;

/**
 * A table in a report: its heading row, its rows and each column's share of the width.
 *
 * @param header the column headings, printed bold
 * @param rows the cells, row by row, as many as headings
 * @param widths each column's share of the text width, in percent
 */
public record ReportTable(List<String> header, List<List<String>> rows, List<Integer> widths) {

  public ReportTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    widths = List.copyOf(widths);
    int columns = header.size();
    if (widths.size() != columns || rows.stream().anyMatch(row -> row.size() != columns)) {
      throw new IllegalArgumentException("every row and the widths need one cell per heading");
    }
  }
}

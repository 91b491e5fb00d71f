package vn.gov.ubnd.workflow.directives.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.gov.ubnd.workflow.documents.TextCells;

/**
 * Writes the office's list again with two columns added, "Kết quả nhập" and "Lý do / mã quy trình",
 * streamed (SXSSF keeps a window of rows in memory), the verdicts looked up a batch at a time.
 * Every cell is written as text, so nothing the office typed is taken for a formula.
 */
final class VerdictWorkbook {

  private final ImportStore store;
  private final int batchSize;

  VerdictWorkbook(ImportStore store, int batchSize) {
    this.store = store;
    this.batchSize = batchSize;
  }

  void write(DirectiveImport directiveImport, Path file, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      Sheet sheet = workbook.createSheet("Kết quả nhập");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      TextCells cellsOf = new TextCells(workbook);
      List<int[]> pendingRows = new ArrayList<>();
      List<List<String>> pendingCells = new ArrayList<>();
      int[] width = {0};
      TableReader.read(
          file,
          directiveImport.format(),
          (rowNumber, cells) -> {
            if (rowNumber == 1 || width[0] == 0) {
              width[0] = Math.max(cells.size(), 1);
              Row header = sheet.createRow(rowNumber - 1);
              for (int c = 0; c < cells.size(); c++) {
                cellsOf.text(header, c, cells.get(c), bold);
              }
              cellsOf.text(header, width[0], "Kết quả nhập", bold);
              cellsOf.text(header, width[0] + 1, "Lý do / mã quy trình", bold);
              return;
            }
            pendingRows.add(new int[] {rowNumber});
            pendingCells.add(cells);
            if (pendingRows.size() >= batchSize) {
              flush(sheet, cellsOf, directiveImport, pendingRows, pendingCells, width[0]);
            }
          });
      flush(sheet, cellsOf, directiveImport, pendingRows, pendingCells, width[0]);
      workbook.write(out);
      workbook.dispose();
    }
  }

  private void flush(
      Sheet sheet,
      TextCells out,
      DirectiveImport directiveImport,
      List<int[]> rows,
      List<List<String>> cells,
      int width) {
    Map<Integer, RowVerdict> verdicts =
        store.verdicts(directiveImport.importId(), rows.stream().map(r -> r[0]).toList());
    for (int i = 0; i < rows.size(); i++) {
      int rowNumber = rows.get(i)[0];
      Row row = sheet.createRow(rowNumber - 1);
      for (int c = 0; c < cells.get(i).size(); c++) {
        out.text(row, c, cells.get(i).get(c));
      }
      RowVerdict verdict = verdicts.get(rowNumber);
      if (cells.get(i).stream().allMatch(String::isBlank)) {
        continue; // a blank row of the file stays blank
      }
      if (verdict == null) {
        out.text(row, width, "Chưa xử lý xong");
      } else if (verdict.verdict() == RowVerdict.Verdict.STARTED) {
        out.text(row, width, verdict.verdict().label());
        out.text(row, width + 1, "Mã quy trình " + verdict.processInstanceKey());
      } else {
        out.text(row, width, verdict.verdict().label());
        out.text(row, width + 1, String.join(" ", verdict.problems()));
      }
    }
    rows.clear();
    cells.clear();
  }
}

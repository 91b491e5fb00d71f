package vn.gov.ubnd.workflow.portal.register;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.gov.ubnd.workflow.documents.TextCells;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * The filtered register as an .xlsx written while it is read: rows go to a temporary file a window
 * at a time (SXSSF), so a list of any length costs the heap the same.
 */
final class RegisterWorkbook implements AutoCloseable {

  private static final int WINDOW = 200;
  private static final List<String> HEADINGS =
      List.of(
          "Số hiệu",
          "Trích yếu",
          "Văn bản giao",
          "Cơ quan chủ trì",
          "Vai trò",
          "Lãnh đạo phụ trách",
          "Ngày giao",
          "Thời hạn",
          "Tình trạng",
          "Số ngày làm việc quá hạn",
          "Số lần gia hạn");

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private final TextCells cells = new TextCells(workbook);
  private final Sheet sheet;
  private int next;

  RegisterWorkbook(String scope, LocalDate asOf) {
    workbook.setCompressTempFiles(true);
    sheet = workbook.createSheet("Sổ theo dõi nhiệm vụ");
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle heading = workbook.createCellStyle();
    heading.setFont(bold);
    cells.text(
        sheet.createRow(next++),
        0,
        "SỔ THEO DÕI NHIỆM VỤ – "
            + scope
            + "; tình trạng tính đến hết ngày "
            + OfficeInput.vn(asOf),
        heading);
    next++;
    Row header = sheet.createRow(next++);
    for (int i = 0; i < HEADINGS.size(); i++) {
      cells.text(header, i, HEADINGS.get(i), heading);
    }
    int[] widths = {18, 60, 30, 36, 10, 28, 12, 12, 26, 12, 10};
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  void add(RegisterRow r) {
    Row row = sheet.createRow(next++);
    cells.text(row, 0, r.directiveId());
    cells.text(row, 1, r.title());
    cells.text(row, 2, r.source());
    cells.text(row, 3, r.leadAgencyName());
    cells.text(row, 4, r.role());
    cells.text(row, 5, r.leaderName());
    cells.text(row, 6, vn(r.assignedOn()));
    cells.text(row, 7, vn(r.deadline()));
    cells.text(row, 8, r.stateLabel());
    if (r.workingDaysOverdue() != null) {
      row.createCell(9).setCellValue(r.workingDaysOverdue());
    }
    row.createCell(10).setCellValue(r.extensionCount());
  }

  void write(OutputStream out) throws IOException {
    workbook.write(out);
  }

  @Override
  public void close() {
    workbook.dispose();
    try {
      workbook.close();
    } catch (IOException e) {
      // the temporary files are gone already (dispose); nothing to keep
    }
  }

  private static String vn(String iso) {
    return iso == null ? "" : OfficeInput.vn(LocalDate.parse(iso));
  }
}

package vn.gov.ubnd.workflow.portal.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gov.ubnd.workflow.directives.DirectiveStatistics;
import vn.gov.ubnd.workflow.directives.DirectiveStatistics.GroupCounts;

/**
 * The dashboard as an Excel workbook for the office: the summary with its sentence, the counts by
 * the national categories, by agency, by leader, the oldest overdue and the months of the year.
 * Text cells are written as text (a title starting with "=" stays a title).
 */
final class DashboardWorkbook {

  private DashboardWorkbook() {}

  static byte[] of(DashboardService.Dashboard dashboard) {
    DirectiveStatistics s = dashboard.statistics();
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);

      Sheet summary = workbook.createSheet("Tổng hợp");
      int r = 0;
      r = row(summary, r, bold, "Tình hình thực hiện nhiệm vụ UBND tỉnh giao");
      r = row(summary, r, null, "Phạm vi", dashboard.scope().description());
      r = row(summary, r, null, "Nhiệm vụ giao từ ngày", s.from(), "đến ngày", s.to());
      r = row(summary, r, null, "Số liệu tính đến ngày", s.asOf());
      r = row(summary, r, null, s.summary().sentence());
      r++;
      r = row(summary, r, bold, "Phân loại", "Số nhiệm vụ");
      r = count(summary, r, "Tổng số nhiệm vụ được giao", s.assigned());
      r = count(summary, r, "Hoàn thành đúng hạn", s.completedOnTime());
      r = count(summary, r, "Hoàn thành quá hạn", s.completedLate());
      r = count(summary, r, "Đang thực hiện trong hạn", s.inProgressWithinDeadline());
      r = count(summary, r, "Đang thực hiện không có thời hạn", s.inProgressWithoutDeadline());
      r = count(summary, r, "Quá hạn chưa hoàn thành", s.overdue());
      count(summary, r, "Thôi thực hiện (ngoài cơ số tính tỷ lệ)", s.withdrawn());
      summary.setColumnWidth(0, 60 * 256);

      groups(workbook.createSheet("Theo cơ quan"), bold, "Cơ quan chủ trì", s.byAgency());
      groups(workbook.createSheet("Theo lãnh đạo"), bold, "Lãnh đạo phụ trách", s.byLeader());

      Sheet overdue = workbook.createSheet("Quá hạn");
      r =
          row(
              overdue,
              0,
              bold,
              "Số, ký hiệu",
              "Trích yếu",
              "Cơ quan chủ trì",
              "Thời hạn",
              "Số ngày làm việc quá hạn",
              "Cấp đôn đốc");
      for (DirectiveStatistics.OverdueDirective d : s.oldestOverdue()) {
        Row row = overdue.createRow(r++);
        text(row, 0, d.directiveId());
        text(row, 1, d.title());
        text(row, 2, d.leadAgencyName());
        text(row, 3, d.deadline());
        row.createCell(4).setCellValue(d.workingDaysOverdue());
        row.createCell(5).setCellValue(d.escalationLevel());
      }

      Sheet months = workbook.createSheet("Theo tháng");
      r =
          row(
              months,
              0,
              bold,
              "Tháng",
              "Giao",
              "Hoàn thành",
              "Đang thực hiện",
              "Quá hạn",
              "Thôi thực hiện");
      for (DashboardService.Month m : dashboard.trend()) {
        Row row = months.createRow(r++);
        text(row, 0, m.month());
        row.createCell(1).setCellValue(m.assigned());
        row.createCell(2).setCellValue(m.done());
        row.createCell(3).setCellValue(m.inProgress());
        row.createCell(4).setCellValue(m.overdue());
        row.createCell(5).setCellValue(m.withdrawn());
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void groups(
      Sheet sheet, CellStyle bold, String heading, List<GroupCounts> groups) {
    int r =
        row(
            sheet,
            0,
            bold,
            heading,
            "Giao",
            "Hoàn thành",
            "Đang thực hiện",
            "Quá hạn",
            "Thôi thực hiện");
    for (GroupCounts g : groups) {
      Row row = sheet.createRow(r++);
      text(row, 0, g.name());
      row.createCell(1).setCellValue(g.assigned());
      row.createCell(2).setCellValue(g.completed());
      row.createCell(3).setCellValue(g.inProgress());
      row.createCell(4).setCellValue(g.overdue());
      row.createCell(5).setCellValue(g.withdrawn());
    }
    sheet.setColumnWidth(0, 50 * 256);
  }

  private static int row(Sheet sheet, int index, CellStyle style, String... cells) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < cells.length; i++) {
      text(row, i, cells[i]);
      if (style != null) {
        row.getCell(i).setCellStyle(style);
      }
    }
    return index + 1;
  }

  private static int count(Sheet sheet, int index, String label, int value) {
    Row row = sheet.createRow(index);
    text(row, 0, label);
    row.createCell(1).setCellValue(value);
    return index + 1;
  }

  private static void text(Row row, int column, String value) {
    // setCellValue(String) writes a string cell: never evaluated as a formula.
    row.createCell(column).setCellValue(value == null ? "" : value);
  }
}

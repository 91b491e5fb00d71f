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
import vn.gov.ubnd.workflow.directives.AgencyRanking;
import vn.gov.ubnd.workflow.directives.DirectiveStatistics;
import vn.gov.ubnd.workflow.directives.DirectiveStatistics.GroupCounts;
import vn.gov.ubnd.workflow.directives.SourceProgress;
import vn.gov.ubnd.workflow.documents.TextCells;

/**
 * The dashboard as an Excel workbook for the office: the summary with its sentence, the counts by
 * the national categories, by agency, by leader, the oldest overdue and the months of the year.
 * Text cells are written as text, with the quote prefix where Excel would see a formula ({@link
 * TextCells}): a title starting with "=" stays a title.
 */
final class DashboardWorkbook {

  private final TextCells cells;

  private DashboardWorkbook(TextCells cells) {
    this.cells = cells;
  }

  static byte[] of(DashboardService.Dashboard dashboard) {
    DirectiveStatistics s = dashboard.statistics();
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      DashboardWorkbook book = new DashboardWorkbook(new TextCells(workbook));

      Sheet summary = workbook.createSheet("Tổng hợp");
      int r = 0;
      r = book.row(summary, r, bold, "Tình hình thực hiện nhiệm vụ UBND tỉnh giao");
      r = book.row(summary, r, null, "Phạm vi", dashboard.scope().description());
      r = book.row(summary, r, null, "Nhiệm vụ giao từ ngày", s.from(), "đến ngày", s.to());
      r = book.row(summary, r, null, "Số liệu tính đến ngày", s.asOf());
      r = book.row(summary, r, null, s.summary().sentence());
      r++;
      r = book.row(summary, r, bold, "Phân loại", "Số nhiệm vụ");
      r = book.count(summary, r, "Tổng số nhiệm vụ được giao", s.assigned());
      r = book.count(summary, r, "Hoàn thành đúng hạn", s.completedOnTime());
      r = book.count(summary, r, "Hoàn thành quá hạn", s.completedLate());
      r = book.count(summary, r, "Đang thực hiện trong hạn", s.inProgressWithinDeadline());
      r = book.count(summary, r, "Đang thực hiện không có thời hạn", s.inProgressWithoutDeadline());
      r = book.count(summary, r, "Quá hạn chưa hoàn thành", s.overdue());
      book.count(summary, r, "Thôi thực hiện (ngoài cơ số tính tỷ lệ)", s.withdrawn());
      summary.setColumnWidth(0, 60 * 256);

      book.groups(workbook.createSheet("Theo cơ quan"), bold, "Cơ quan chủ trì", s.byAgency());
      book.groups(workbook.createSheet("Theo lãnh đạo"), bold, "Lãnh đạo phụ trách", s.byLeader());

      Sheet overdue = workbook.createSheet("Quá hạn");
      r =
          book.row(
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
        book.text(row, 0, d.directiveId());
        book.text(row, 1, d.title());
        book.text(row, 2, d.leadAgencyName());
        book.text(row, 3, d.deadline());
        row.createCell(4).setCellValue(d.workingDaysOverdue());
        row.createCell(5).setCellValue(d.escalationLevel());
      }

      Sheet months = workbook.createSheet("Theo tháng");
      r =
          book.row(
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
        book.text(row, 0, m.month());
        row.createCell(1).setCellValue(m.assigned());
        row.createCell(2).setCellValue(m.done());
        row.createCell(3).setCellValue(m.inProgress());
        row.createCell(4).setCellValue(m.overdue());
        row.createCell(5).setCellValue(m.withdrawn());
      }
      Sheet ranking = workbook.createSheet("Xếp hạng");
      r =
          book.row(
              ranking,
              0,
              bold,
              "Hạng",
              "Cơ quan chủ trì",
              "Giao (không kể thôi thực hiện)",
              "Hoàn thành đúng hạn",
              "Hoàn thành quá hạn",
              "Quá hạn hiện nay",
              "Tỷ lệ đúng hạn",
              "Số ngày làm việc quá hạn bình quân");
      for (AgencyRanking.RankedAgency a : dashboard.ranking()) {
        Row row = ranking.createRow(r++);
        book.text(row, 0, a.rank() == null ? "Chưa xếp hạng" : String.valueOf(a.rank()));
        book.text(row, 1, a.figures().name());
        row.createCell(2).setCellValue(a.figures().base());
        row.createCell(3).setCellValue(a.figures().completedOnTime());
        row.createCell(4).setCellValue(a.figures().completedLate());
        row.createCell(5).setCellValue(a.figures().overdue());
        book.text(row, 6, a.onTimeRateText());
        book.text(row, 7, a.averageWorkingDaysOverdueText());
      }
      ranking.setColumnWidth(1, 50 * 256);
      Sheet sources = workbook.createSheet("Theo văn bản giao");
      r =
          book.row(
              sources,
              0,
              bold,
              "Văn bản giao",
              "Giao",
              "Hoàn thành đúng hạn",
              "Hoàn thành quá hạn",
              "Đang thực hiện",
              "Quá hạn",
              "Thôi thực hiện");
      for (SourceProgress p : dashboard.bySourceDocument()) {
        Row row = sources.createRow(r++);
        book.text(row, 0, p.number());
        row.createCell(1).setCellValue(p.assigned());
        row.createCell(2).setCellValue(p.completedOnTime());
        row.createCell(3).setCellValue(p.completedLate());
        row.createCell(4).setCellValue(p.inProgress());
        row.createCell(5).setCellValue(p.overdue());
        row.createCell(6).setCellValue(p.withdrawn());
      }
      sources.setColumnWidth(0, 30 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void groups(Sheet sheet, CellStyle bold, String heading, List<GroupCounts> groups) {
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

  private int row(Sheet sheet, int index, CellStyle style, String... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      cells.text(row, i, values[i], style);
    }
    return index + 1;
  }

  private int count(Sheet sheet, int index, String label, int value) {
    Row row = sheet.createRow(index);
    text(row, 0, label);
    row.createCell(1).setCellValue(value);
    return index + 1;
  }

  private void text(Row row, int column, String value) {
    cells.text(row, column, value);
  }
}

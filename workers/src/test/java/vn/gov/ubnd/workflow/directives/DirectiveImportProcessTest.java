package vn.gov.ubnd.workflow.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.testing.ProcessTest;

/** Bulk import: every row validated, valid rows started, the answer row by row. */
class DirectiveImportProcessTest extends ProcessTest {

  @Autowired DirectiveImportService imports;
  @Autowired WorkingDayCalendar calendar;

  private static String vn(LocalDate date) {
    return String.format(
        "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  @Test
  void csvWithVietnameseHeadingsNamesAndDates() throws Exception {
    LocalDate deadline = calendar.addWorkingDays(today(), 10);
    String csv =
        "\uFEFFSố hiệu;Trích yếu;Đơn vị chủ trì;Đơn vị phối hợp;Lãnh đạo phụ trách;Ngày giao;Thời hạn;Số văn bản\n"
            + "NV-CSV-1;Kiểm tra tiến độ dự án đường tỉnh 741;Sở Xây dựng;STC, SNNMT;PCT-KT;"
            + vn(today())
            + ";"
            + vn(deadline)
            + ";789/UBND-TH\n"
            + "NV-CSV-2;Báo cáo tình hình dịch bệnh;Sở Không Có;;PCT-VX;"
            + vn(today())
            + ";"
            + vn(deadline)
            + ";\n"
            + "NV-CSV-1;Dòng trùng số hiệu;SXD;;PCT-KT;;"
            + vn(deadline)
            + ";\n"
            + ";;;;;;;\n"
            + "NV-CSV-3;Rà soát thủ tục hành chính;STP;;Lê Quang Huy;;31/02/2026;\n";
    DirectiveImportService.ImportResult result =
        imports.importFile(
            "giao-viec.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

    assertThat(result.started()).isEqualTo(1);
    assertThat(result.rejected()).isEqualTo(3);
    assertThat(result.rows())
        .extracting(DirectiveImportService.RowResult::row)
        .containsExactly(2, 3, 4, 6);
    assertThat(result.rows().get(0).status()).isEqualTo("STARTED");
    assertThat(result.rows().get(1).problems()).anyMatch(p -> p.contains("Sở Không Có"));
    assertThat(result.rows().get(2).problems()).anyMatch(p -> p.contains("lặp lại trong tệp"));
    assertThat(result.rows().get(3).problems()).anyMatch(p -> p.contains("31/02/2026"));

    waiting().until(() -> store.find("NV-CSV-1").isPresent());
    Directive started = store.find("NV-CSV-1").orElseThrow();
    assertThat(started.leadAgency()).isEqualTo("SXD");
    assertThat(started.coordinatingAgencies()).containsExactly("STC", "SNNMT");
    assertThat(started.deadline()).isEqualTo(deadline);
    assertThat(started.processInstanceKey()).isEqualTo(result.rows().get(0).processInstanceKey());
    assertThat(store.find("NV-CSV-2")).isEmpty();

    // The same file again starts nothing new.
    DirectiveImportService.ImportResult again =
        imports.importFile(
            "giao-viec.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    assertThat(again.started()).isZero();
    assertThat(again.rows().get(0).problems()).anyMatch(p -> p.contains("đã được đăng ký"));
  }

  @Test
  void xlsxWithDateCellsAndWorkingDays() throws Exception {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Nhiệm vụ");
      Row header = sheet.createRow(0);
      String[] headings = {
        "Số hiệu",
        "Trích yếu",
        "Đơn vị chủ trì",
        "Lãnh đạo phụ trách",
        "Ngày giao",
        "Số ngày làm việc"
      };
      for (int i = 0; i < headings.length; i++) header.createCell(i).setCellValue(headings[i]);
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("NV-XLSX-1");
      row.createCell(1).setCellValue("Tổng kết công tác cải cách hành chính");
      row.createCell(2).setCellValue("SNV");
      row.createCell(3).setCellValue("PCT-TT");
      var dateCell = row.createCell(4);
      dateCell.setCellValue(today());
      var style = workbook.createCellStyle();
      style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      dateCell.setCellStyle(style);
      row.createCell(5).setCellValue(12);
      workbook.write(file);
    }
    DirectiveImportService.ImportResult result =
        imports.importFile("danh-sach.xlsx", new ByteArrayInputStream(file.toByteArray()));
    assertThat(result.started()).isEqualTo(1);
    waiting().until(() -> store.find("NV-XLSX-1").isPresent());
    assertThat(store.find("NV-XLSX-1").orElseThrow().deadline())
        .isEqualTo(calendar.addWorkingDays(today(), 12));
  }

  @Test
  void aFileWithoutTheNeededColumnsIsRefusedAsAWhole() {
    String csv = "Tên;Ghi chú\nA;B\n";
    assertThatThrownBy(
            () ->
                imports.importFile(
                    "sai.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Số hiệu")
        .hasMessageContaining("Tên");
    assertThatThrownBy(() -> imports.importFile("anh.png", new ByteArrayInputStream(new byte[0])))
        .hasMessageContaining(".csv hoặc .xlsx");
  }
}

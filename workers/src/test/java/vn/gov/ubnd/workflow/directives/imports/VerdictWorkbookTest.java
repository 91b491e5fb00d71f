package vn.gov.ubnd.workflow.directives.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.ubnd.workflow.documents.WorkbookXml;
import vn.gov.ubnd.workflow.testing.InMemoryImportStore;

/**
 * The verdict workbook the office downloads repeats its own cells: one that looks like a formula
 * stays text Excel never evaluates, even when someone edits it.
 */
class VerdictWorkbookTest {

  @TempDir Path folder;

  @Test
  void formulaLookingCellsAreKeptAsQuotedText() throws Exception {
    Path file = folder.resolve("ds.csv");
    Files.writeString(
        file,
        "Số hiệu;Trích yếu;Đơn vị chủ trì\n"
            + "NV-1;\"=HYPERLINK(\"\"http://x.example\"\";\"\"Bấm vào\"\")\";STC\n"
            + "NV-2;+84 251 3822 000;@SUM(A1)\n"
            + "NV-3;-1+1;Sở Tài chính\n",
        StandardCharsets.UTF_8);
    InMemoryImportStore store = new InMemoryImportStore();
    DirectiveImport imported =
        new DirectiveImport(
            "i-1",
            "ds.csv",
            TableReader.Format.CSV,
            DirectiveImport.Status.FINISHED,
            3,
            3,
            1,
            2,
            OffsetDateTime.parse("2026-03-02T08:00:00+07:00"),
            null,
            null);
    store.saveVerdicts(
        List.of(
            RowVerdict.rejected("i-1", 2, "NV-1", List.of("=1+1 là lý do giả")),
            RowVerdict.rejected("i-1", 3, "NV-2", List.of("Thiếu lãnh đạo.")),
            RowVerdict.started("i-1", 4, "NV-3", 42L)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new VerdictWorkbook(store, 2).write(imported, file, out);

    assertThat(WorkbookXml.unquotedFormulaLikeCells(out.toByteArray())).isEmpty();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      Row first = sheet.getRow(1);
      assertQuoted(first.getCell(1), "=HYPERLINK(\"http://x.example\";\"Bấm vào\")");
      assertQuoted(first.getCell(4), "=1+1 là lý do giả");
      assertQuoted(sheet.getRow(2).getCell(1), "+84 251 3822 000");
      assertQuoted(sheet.getRow(2).getCell(2), "@SUM(A1)");
      assertQuoted(sheet.getRow(3).getCell(1), "-1+1");
      Cell plain = sheet.getRow(3).getCell(2);
      assertThat(plain.getStringCellValue()).isEqualTo("Sở Tài chính");
      assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Đã bắt đầu theo dõi");
    }
  }

  private static void assertQuoted(Cell cell, String text) {
    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
    assertThat(cell.getStringCellValue()).isEqualTo(text);
    assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix of %s", text).isTrue();
  }
}

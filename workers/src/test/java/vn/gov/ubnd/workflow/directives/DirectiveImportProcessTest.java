package vn.gov.ubnd.workflow.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.directives.imports.DirectiveImport;
import vn.gov.ubnd.workflow.directives.imports.DirectiveImports;
import vn.gov.ubnd.workflow.directives.imports.ImportRefusedException;
import vn.gov.ubnd.workflow.directives.imports.RowVerdict;
import vn.gov.ubnd.workflow.testing.InMemoryImportStore;
import vn.gov.ubnd.workflow.testing.ProcessTest;

/** Bulk import: every row validated, valid rows started, the answer row by row. */
class DirectiveImportProcessTest extends ProcessTest {

  /** The office's clerk who uploads, as the signed-in person. */
  static final Person CLERK = new Person("van-phong-1", "Nguyễn Văn An");

  private DirectiveImport accept(String fileName, InputStream content) throws IOException {
    return imports.accept(fileName, content, CLERK);
  }

  @Autowired DirectiveImports imports;
  @Autowired InMemoryImportStore importStore;

  @BeforeEach
  void noImportsYet() {
    importStore.clear();
  }

  /** Uploads a file and waits until every row has its verdict; answers the verdicts in order. */
  private Imported importFile(String fileName, byte[] content) throws Exception {
    DirectiveImport accepted = accept(fileName, new ByteArrayInputStream(content));
    assertThat(accepted.status()).isEqualTo(DirectiveImport.Status.RUNNING);
    waiting()
        .until(
            () ->
                imports.find(accepted.importId()).orElseThrow().status()
                    == DirectiveImport.Status.FINISHED);
    DirectiveImport done = imports.find(accepted.importId()).orElseThrow();
    assertThat(done.read()).isEqualTo(accepted.rows());
    return new Imported(done, imports.verdicts(accepted.importId(), 1, 1000));
  }

  private record Imported(DirectiveImport summary, List<RowVerdict> rows) {
    int started() {
      return summary.started();
    }

    int rejected() {
      return summary.rejected();
    }
  }

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
    Imported result = importFile("giao-viec.csv", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(result.started()).isEqualTo(1);
    assertThat(result.rejected()).isEqualTo(3);
    assertThat(result.rows()).extracting(RowVerdict::row).containsExactly(2, 3, 4, 6);
    assertThat(result.rows().get(0).verdict()).isEqualTo(RowVerdict.Verdict.STARTED);
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
    // Who put the list in is on the import and on the directive's registration.
    assertThat(result.summary().importedBy()).isEqualTo(CLERK);
    assertThat(store.events("NV-CSV-1"))
        .filteredOn(e -> e.type().equals("REGISTERED"))
        .singleElement()
        .extracting(DirectiveEvent::performedBy)
        .isEqualTo(CLERK);

    // The same file again starts nothing new.
    Imported again = importFile("giao-viec.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(again.started()).isZero();
    assertThat(again.rows().get(0).problems())
        .anyMatch(p -> p.contains("đã được nhập trong một lần nhập trước"))
        .anyMatch(p -> p.contains(result.summary().importId()));
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
    Imported result = importFile("danh-sach.xlsx", file.toByteArray());
    assertThat(result.started()).isEqualTo(1);
    waiting().until(() -> store.find("NV-XLSX-1").isPresent());
    assertThat(store.find("NV-XLSX-1").orElseThrow().deadline())
        .isEqualTo(calendar.addWorkingDays(today(), 12));
  }

  @Test
  void aFileWithoutTheNeededColumnsIsRefusedAsAWhole() {
    String csv = "Tên;Ghi chú\nA;B\n";
    assertThatThrownBy(
            () -> accept("sai.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("Số hiệu")
        .hasMessageContaining("Tên");
    assertThatThrownBy(() -> accept("anh.png", new ByteArrayInputStream(new byte[0])))
        .hasMessageContaining(".csv hoặc .xlsx");
  }

  @Test
  void overlappingUploadsRunningTogetherStartEachDirectiveOnce() throws Exception {
    StringBuilder first =
        new StringBuilder("Số hiệu,Trích yếu,Đơn vị chủ trì,Lãnh đạo phụ trách\n");
    StringBuilder second =
        new StringBuilder("Số hiệu,Trích yếu,Đơn vị chủ trì,Lãnh đạo phụ trách\n");
    for (int i = 1; i <= 60; i++) {
      first.append("NV-OV-").append(i).append(",Nhiệm vụ ").append(i).append(",STC,PCT-KT\n");
    }
    for (int i = 31; i <= 90; i++) {
      second.append("NV-OV-").append(i).append(",Nhiệm vụ ").append(i).append(",STC,PCT-KT\n");
    }
    DirectiveImport a =
        accept(
            "dot-1.csv",
            new ByteArrayInputStream(first.toString().getBytes(StandardCharsets.UTF_8)));
    DirectiveImport b =
        accept(
            "dot-2.csv",
            new ByteArrayInputStream(second.toString().getBytes(StandardCharsets.UTF_8)));
    waiting()
        .until(
            () ->
                imports.find(a.importId()).orElseThrow().status() == DirectiveImport.Status.FINISHED
                    && imports.find(b.importId()).orElseThrow().status()
                        == DirectiveImport.Status.FINISHED);
    DirectiveImport doneA = imports.find(a.importId()).orElseThrow();
    DirectiveImport doneB = imports.find(b.importId()).orElseThrow();
    assertThat(doneA.started() + doneB.started()).isEqualTo(90);
    assertThat(doneA.rejected() + doneB.rejected()).isEqualTo(30);
    waiting().until(() -> store.findAll(ids(1, 90)).size() == 90);
    // Each started row's instance is the one that registered its directive.
    for (DirectiveImport done : List.of(doneA, doneB)) {
      for (RowVerdict v : imports.verdicts(done.importId(), 1, 1000)) {
        if (v.verdict() == RowVerdict.Verdict.STARTED) {
          assertThat(store.find(v.directiveId()).orElseThrow().processInstanceKey())
              .isEqualTo(v.processInstanceKey());
        } else {
          assertThat(v.problems())
              .anyMatch(p -> p.contains("đã được nhập trong một lần nhập trước"));
        }
      }
    }
  }

  private static List<String> ids(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "NV-OV-" + i).toList();
  }

  @Test
  void theVerdictWorkbookIsTheOfficesFileWithAVerdictColumn() throws Exception {
    String csv =
        "Số hiệu,Trích yếu,Đơn vị chủ trì,Lãnh đạo phụ trách\n"
            + "NV-WB-1,=HYPERLINK(\"http://x\"),STC,PCT-KT\n"
            + "NV-WB-2,Không có đơn vị,Sở Không Có,PCT-KT\n";
    Imported result = importFile("ds.csv", csv.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    imports.writeVerdictWorkbook(result.summary(), out);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Kết quả nhập");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("NV-WB-1");
      // What the office typed stays text: nothing is taken for a formula.
      assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Đã bắt đầu theo dõi");
      assertThat(sheet.getRow(1).getCell(5).getStringCellValue())
          .isEqualTo("Mã quy trình " + result.rows().get(0).processInstanceKey());
      assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Không nhập");
      assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).contains("Sở Không Có");
    }
  }

  @Test
  void aCsvSavedInTheWindowsVietnameseCodePageIsRefusedSayingHowToSaveIt() {
    byte[] windows1258 = {
      'S', (byte) 0xF4, ' ', 'h', 'i', (byte) 0xEA, 'u', ',', 'T', 'r', (byte) 0xED, 'c', 'h', '\n'
    };
    assertThatThrownBy(() -> accept("ds.csv", new ByteArrayInputStream(windows1258)))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("UTF-8")
        .hasMessageContaining("CSV UTF-8 (Comma delimited)");
  }

  @Test
  void aBrokenWorkbookIsRefusedInVietnamese() {
    assertThatThrownBy(
            () ->
                accept(
                    "ds.xlsx",
                    new ByteArrayInputStream("không phải excel".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("Tệp .xlsx bị hỏng");
  }

  @Test
  void aFileWithOnlyItsHeadingIsRefused() {
    assertThatThrownBy(
            () ->
                accept(
                    "ds.csv",
                    new ByteArrayInputStream(
                        "Số hiệu,Trích yếu,Đơn vị chủ trì\n".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("không có dòng nhiệm vụ nào");
  }
}

package vn.gov.ubnd.workflow.directives.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.CatalogFile;
import vn.gov.ubnd.workflow.testing.InMemoryImportStore;

/** What an upload may be: refused before anything starts, with what to do, kept nowhere. */
class ImportLimitsTest {

  /** The office's clerk who uploads, as the signed-in person. */
  static final Person CLERK = new Person("van-phong-1", "Nguyễn Văn An");

  private DirectiveImport accept(String fileName, InputStream content) throws IOException {
    return imports.accept(fileName, content, CLERK);
  }

  @TempDir Path folder;
  private final InMemoryImportStore store = new InMemoryImportStore();
  private final List<DirectiveImport> submitted = new ArrayList<>();
  private final ImportQueue runner = submitted::add;
  private DirectiveImports imports;

  @BeforeEach
  void limits() throws Exception {
    Catalog catalog;
    try (InputStream in = getClass().getResourceAsStream("/data/catalog.yaml")) {
      catalog = CatalogFile.read(in, "catalog.yaml");
    }
    ImportProperties properties =
        new ImportProperties(folder.toString(), DataSize.ofKilobytes(64), 100, 20, 4);
    imports =
        new DirectiveImports(
            store,
            new ImportFiles(properties),
            runner,
            catalog,
            properties,
            Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
  }

  private static String rows(int count) {
    StringBuilder csv = new StringBuilder("Số hiệu,Trích yếu,Đơn vị chủ trì\n");
    for (int i = 1; i <= count; i++) {
      csv.append("NV-").append(i).append(",Nhiệm vụ ").append(i).append(",STC\n");
    }
    return csv.toString();
  }

  @Test
  void aListWithinTheLimitsIsAcceptedCountedAndHandedToTheRunner() throws Exception {
    DirectiveImport accepted =
        accept("ds.csv", new ByteArrayInputStream(rows(100).getBytes(StandardCharsets.UTF_8)));
    assertThat(accepted.rows()).isEqualTo(100);
    assertThat(accepted.remaining()).isEqualTo(100);
    assertThat(store.find(accepted.importId())).contains(accepted);
    assertThat(folder.resolve(accepted.importId() + ".csv")).exists();
    assertThat(submitted).containsExactly(accepted);
  }

  @Test
  void moreRowsThanTheLimitAreRefusedAndNothingIsKept() throws Exception {
    assertThatThrownBy(
            () ->
                accept(
                    "ds.csv", new ByteArrayInputStream(rows(101).getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessage(
            "Tệp có hơn 100 dòng nhiệm vụ, giới hạn một lần nhập: chia danh sách thành nhiều tệp"
                + " rồi gửi từng tệp.");
    assertThat(Files.list(folder)).isEmpty();
    assertThat(submitted).isEmpty();
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedWhileItArrives() throws Exception {
    byte[] big = new byte[70 * 1024];
    Arrays.fill(big, (byte) 'a');
    assertThatThrownBy(() -> accept("ds.csv", new ByteArrayInputStream(big)))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("Tệp lớn hơn 64 KB")
        .hasMessageContaining("chia danh sách");
    assertThat(Files.list(folder)).isEmpty();
  }

  @Test
  void aStrayCellFarToTheRightCostsNothing() throws Exception {
    // 8,000 rows with one cell in the last column: the reader keeps only the first 64 columns.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
      var sheet = workbook.createSheet();
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("Số hiệu");
      header.createCell(1).setCellValue("Trích yếu");
      header.createCell(2).setCellValue("Đơn vị chủ trì");
      for (int r = 1; r <= 80; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("NV-" + r);
        row.createCell(1).setCellValue("Nhiệm vụ");
        row.createCell(2).setCellValue("STC");
        row.createCell(16_383).setCellValue("x");
      }
      workbook.write(out);
      workbook.dispose();
    }
    DirectiveImport accepted = accept("ds.xlsx", new ByteArrayInputStream(out.toByteArray()));
    assertThat(accepted.rows()).isEqualTo(80);
  }

  @Test
  void aHeadingWithoutTheKeyColumnsNamesWhatItFound() {
    assertThatThrownBy(
            () ->
                accept(
                    "ds.csv",
                    new ByteArrayInputStream(
                        "Tên việc;Ghi chú\nA;B\n".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessage(
            "Dòng tiêu đề phải có ít nhất các cột \"Số hiệu\", \"Trích yếu\" và \"Đơn vị chủ trì\""
                + " (danh sách kiến nghị cử tri: \"STT\" và \"Số văn bản\" thay cho \"Số hiệu\","
                + " \"Nội dung kiến nghị\" thay cho \"Trích yếu\"); các cột không nhận ra: Tên"
                + " việc, Ghi chú");
  }

  @Test
  void excelsUnicodeTextIsRead() throws Exception {
    // "Unicode Text" as Excel saves it: UTF-16 little-endian with its mark, tab-separated.
    byte[] text = rows(3).replace(',', '\t').getBytes(StandardCharsets.UTF_16LE);
    byte[] marked = new byte[text.length + 2];
    marked[0] = (byte) 0xFF;
    marked[1] = (byte) 0xFE;
    System.arraycopy(text, 0, marked, 2, text.length);
    assertThat(accept("ds.txt", new ByteArrayInputStream(marked)).rows()).isEqualTo(3);
  }
}

package vn.gov.ubnd.workflow.directives.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.CatalogFile;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.council.CouncilProperties;
import vn.gov.ubnd.workflow.directives.DirectiveInput;
import vn.gov.ubnd.workflow.directives.DirectiveValidationException;
import vn.gov.ubnd.workflow.directives.DirectiveValidator;
import vn.gov.ubnd.workflow.directives.SourceKind;
import vn.gov.ubnd.workflow.testing.InMemoryImportStore;

/**
 * Bad directive lists as offices send them: whole files refused at upload with what to do (nothing
 * kept, nothing started), and bad rows answered row by row with the field and what to write.
 */
class ImportFileCatalogueTest {

  /** The office's clerk who uploads, as the signed-in person. */
  static final Person CLERK = new Person("van-phong-1", "Nguyễn Văn An");

  private DirectiveImport accept(String fileName, InputStream content) throws IOException {
    return imports.accept(fileName, content, CLERK);
  }

  private static final String HEADING =
      "Số hiệu;Trích yếu;Đơn vị chủ trì;Lãnh đạo phụ trách;Ngày giao;Thời hạn;Số ngày làm việc\n";
  private static final String BROKEN =
      "Tệp .xlsx bị hỏng hoặc không phải bảng tính Excel: mở tệp trong Excel, lưu lại dạng \"Excel"
          + " Workbook (*.xlsx)\" rồi gửi lại.";

  @TempDir Path folder;
  private final List<DirectiveImport> submitted = new ArrayList<>();
  private Catalog catalog;
  private DirectiveImports imports;

  @BeforeEach
  void imports() throws Exception {
    Files.createDirectories(folder.resolve("imports"));
    try (InputStream in = getClass().getResourceAsStream("/data/catalog.yaml")) {
      catalog = CatalogFile.read(in, "catalog.yaml");
    }
    ImportProperties properties =
        new ImportProperties(
            folder.resolve("imports").toString(), DataSize.ofMegabytes(20), 20_000, 200, 4);
    imports =
        new DirectiveImports(
            new InMemoryImportStore(),
            new ImportFiles(properties),
            submitted::add,
            catalog,
            properties,
            Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
  }

  // ---- whole files ------------------------------------------------------------------------

  static Stream<Arguments> refusedFiles() throws Exception {
    return Stream.of(
        Arguments.of(
            "a PDF",
            "danh-sach.pdf",
            "%PDF-1.7".getBytes(StandardCharsets.US_ASCII),
            "Tệp \"danh-sach.pdf\" không phải .csv hoặc .xlsx: hãy lưu danh sách ở một trong hai"
                + " định dạng này."),
        Arguments.of(
            "CSV saved by Excel on a Vietnamese Windows (code page 1258)",
            "ds.csv",
            (HEADING + "NV-1;Rà soát quy hoạch;STC;PCT-KT;;;\n")
                .getBytes(Charset.forName("windows-1258")),
            "Tệp CSV không được lưu bằng bảng mã UTF-8 (có thể là Windows-1258, kiểu \"CSV\" mặc"
                + " định của Excel trên Windows tiếng Việt), nên chữ tiếng Việt sẽ bị sai. Trong"
                + " Excel chọn File > Save As > \"CSV UTF-8 (Comma delimited) (*.csv)\" rồi gửi"
                + " lại tệp, hoặc gửi tệp .xlsx."),
        Arguments.of(
            "an empty file",
            "ds.csv",
            new byte[0],
            "Tệp không có dòng tiêu đề: dòng đầu tiên phải ghi tên các cột (\"Số hiệu\", \"Trích"
                + " yếu\", \"Đơn vị chủ trì\", ...)."),
        Arguments.of(
            "a heading and no rows",
            "ds.csv",
            HEADING.getBytes(StandardCharsets.UTF_8),
            "Tệp chỉ có dòng tiêu đề, không có dòng nhiệm vụ nào: mỗi nhiệm vụ ghi trên một dòng,"
                + " dưới dòng tiêu đề."),
        Arguments.of(
            "columns separated by |",
            "ds.csv",
            "Số hiệu|Trích yếu|Đơn vị chủ trì\nNV-1|A|STC\n".getBytes(StandardCharsets.UTF_8),
            "Dòng tiêu đề phải có ít nhất các cột \"Số hiệu\", \"Trích yếu\" và \"Đơn vị chủ trì\""
                + " (danh sách kiến nghị cử tri: \"STT\" và \"Số văn bản\" thay cho \"Số hiệu\","
                + " \"Nội dung kiến nghị\" thay cho \"Trích yếu\"); các cột không nhận ra: Số"
                + " hiệu|Trích yếu|Đơn vị chủ trì"),
        Arguments.of(
            "a CSV cell opening a quote it does not close at its end",
            "ds.csv",
            (HEADING + "NV-1;A;STC;PCT-KT;;;\nNV-2;\"Sửa\" trường học;STC;PCT-KT;;;\n")
                .getBytes(StandardCharsets.UTF_8),
            "Dòng 3 của tệp CSV có dấu ngoặc kép (\") đặt sai: một ô có dấu ngoặc kép phải được bao"
                + " cả ô trong ngoặc kép và mỗi dấu bên trong ghi thành hai dấu (\"\"). Cách dễ nhất:"
                + " mở tệp trong Excel, lưu lại dạng \"CSV UTF-8\" hoặc .xlsx rồi gửi lại."),
        Arguments.of(
            "text named .xlsx",
            "ds.xlsx",
            "Số hiệu,Trích yếu\n".getBytes(StandardCharsets.UTF_8),
            BROKEN),
        Arguments.of("a truncated .xlsx", "ds.xlsx", truncated(xlsx(3)), BROKEN),
        Arguments.of(
            "an old .xls renamed",
            "ds.xlsx",
            xls(),
            "Tệp là bảng tính Excel 97-2003 (.xls) đổi tên thành .xlsx: mở tệp trong Excel, chọn"
                + " Lưu Như, kiểu \"Excel Workbook (*.xlsx)\" rồi gửi lại."),
        Arguments.of(
            "a password-protected .xlsx",
            "ds.xlsx",
            encrypted(xlsx(3)),
            "Tệp .xlsx đang đặt mật khẩu nên hệ thống không đọc được: mở tệp trong Excel, vào Tệp"
                + " > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu, lưu lại"
                + " rồi gửi lại."),
        Arguments.of(
            "a zip bomb (a 60 MB sheet in a few KB)",
            "ds.xlsx",
            zipBomb(),
            "Tệp .xlsx giải nén ra quá lớn (60 MB ở phần xl/worksheets/sheet1.xml) so với một danh"
                + " sách nhiệm vụ: chỉ để lại một trang tính có danh sách, lưu lại rồi gửi lại, hoặc"
                + " gửi dạng CSV UTF-8."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedFiles")
  void aFileThatCannotBeImportedIsRefusedWithWhatToDo(
      String name, String fileName, byte[] content, String message) throws Exception {
    assertThatThrownBy(() -> accept(fileName, new ByteArrayInputStream(content)))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessage(message);
    assertThat(submitted).isEmpty();
    try (Stream<Path> files = Files.list(folder.resolve("imports"))) {
      assertThat(files).as("files kept").isEmpty();
    }
  }

  @Test
  void csvWithAndWithoutByteOrderMarkAndWithCommasAreRead() throws Exception {
    String csv = HEADING + "NV-1;A;STC;PCT-KT;;;\nNV-2;B;SXD;PCT-KT;;;\n";
    byte[] plain = csv.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    assertThat(accept("a.csv", new ByteArrayInputStream(plain)).rows()).isEqualTo(2);
    assertThat(accept("b.csv", new ByteArrayInputStream(bom)).rows()).isEqualTo(2);
    assertThat(
            accept(
                    "c.csv",
                    new ByteArrayInputStream(
                        csv.replace(';', ',').getBytes(StandardCharsets.UTF_8)))
                .rows())
        .isEqualTo(2);
  }

  // ---- rows -------------------------------------------------------------------------------

  static Stream<Arguments> badRows() {
    return Stream.of(
        Arguments.of(
            "working days in words",
            "NV-1;A;STC;PCT-KT;02/03/2026;;mười",
            List.of("Số ngày làm việc \"mười\" không phải là số: ghi một số nguyên, ví dụ 10.")),
        Arguments.of(
            "working days with a fraction",
            "NV-1;A;STC;PCT-KT;02/03/2026;;2,5",
            List.of("Số ngày làm việc \"2,5\" phải là số nguyên từ 1 đến 1000.")),
        Arguments.of(
            "working days 1e9",
            "NV-1;A;STC;PCT-KT;02/03/2026;;1e9",
            List.of("Số ngày làm việc \"1e9\" phải là số nguyên từ 1 đến 1000.")),
        Arguments.of(
            "lead agency by a name not in the catalog",
            "NV-1;A;Sở Du lịch biển;PCT-KT;02/03/2026;;",
            List.of("Đơn vị chủ trì \"Sở Du lịch biển\" không có trong danh mục cơ quan, đơn vị.")),
        Arguments.of(
            "deadline 31/02",
            "NV-1;A;STC;PCT-KT;02/03/2026;31/02/2026;",
            List.of(
                "Thời hạn \"31/02/2026\" không phải ngày có thật (ngày/tháng/năm): kiểm tra lại"
                    + " ngày và tháng, ví dụ 05/03/2026.")),
        Arguments.of(
            "US-style date that cannot be day first",
            "NV-1;A;STC;PCT-KT;03/13/2026;;",
            List.of(
                "Ngày giao \"03/13/2026\" không phải ngày có thật (ngày/tháng/năm): kiểm tra lại"
                    + " ngày và tháng, ví dụ 05/03/2026.")),
        Arguments.of(
            "a huge title cell",
            "NV-1;" + "x".repeat(30_000) + ";STC;PCT-KT;02/03/2026;;",
            List.of(
                "Trích yếu dài 30.000 ký tự, quá giới hạn 2.000 ký tự: rút gọn lại, phần chi tiết"
                    + " để trong văn bản kèm theo.")),
        Arguments.of(
            "id missing, title missing",
            ";;STC;PCT-KT;02/03/2026;;",
            List.of("Thiếu số hiệu nhiệm vụ (directiveId).", "Thiếu trích yếu nội dung nhiệm vụ.")),
        Arguments.of(
            "deadline before the day assigned",
            "NV-1;A;STC;PCT-KT;10/03/2026;05/03/2026;",
            List.of(
                "Thời hạn (05/03/2026) trước ngày giao (10/03/2026): thời hạn phải sau ngày giao.")),
        Arguments.of(
            "leader not in the catalog",
            "NV-1;A;STC;Phó Chủ tịch X;02/03/2026;;",
            List.of(
                "Lãnh đạo phụ trách \"Phó Chủ tịch X\" không có trong danh mục lãnh đạo UBND"
                    + " tỉnh.")),
        Arguments.of(
            "date with a two-digit year",
            "NV-1;A;STC;PCT-KT;02/03/26;;",
            List.of(
                "Ngày giao \"02/03/26\" không phải là ngày: ghi ngày/tháng/năm, ví dụ 05/03/2026.")),
        Arguments.of(
            "formula-looking title is kept as text",
            "NV-1;=HYPERLINK(\"\"http://x\"\");STC;PCT-KT;02/03/2026;;",
            List.of()),
        Arguments.of(
            "two deadlines",
            "NV-1;A;STC;PCT-KT;02/03/2026;20/03/2026;10",
            List.of("Chỉ ghi thời hạn theo một cách: hoặc ngày cụ thể, hoặc số ngày làm việc.")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRows")
  void aBadRowIsAnsweredWithTheFieldAndWhatToWrite(String name, String line, List<String> problems)
      throws Exception {
    Path file = folder.resolve("row.csv");
    Files.writeString(file, HEADING + line + "\n", StandardCharsets.UTF_8);
    List<String> found = new ArrayList<>();
    new DirectiveFileReader(catalog)
        .read(
            file,
            TableReader.Format.CSV,
            row -> {
              assertThat(row.rowNumber()).isEqualTo(2);
              found.addAll(row.problems());
              try {
                new DirectiveValidator(
                        catalog,
                        new WorkingDayCalendar(List.of()),
                        new CouncilProperties(30, 10, 5))
                    .validate(row.input(), LocalDate.parse("2026-03-02"));
              } catch (DirectiveValidationException e) {
                found.addAll(e.problems());
              }
            });
    assertThat(found).isEqualTo(problems);
  }

  @Test
  void theStandingCommitteesListOfPetitionsIsReadNumberedAndCheckedByRow() throws Exception {
    Path file = folder.resolve("kien-nghi.csv");
    Files.writeString(
        file,
        "STT;Nội dung kiến nghị;Cử tri;Lĩnh vực;Kỳ họp;Thời điểm tiếp xúc cử tri;Số văn bản;"
            + "Ngày văn bản;Đơn vị chủ trì;Đơn vị phối hợp;Lãnh đạo phụ trách\n"
            + "1;Cử tri đề nghị sửa chữa tuyến đường ĐT 768 đoạn qua xã Thiện Tân, mặt đường"
            + " xuống cấp;Xã Thiện Tân;Kinh tế - Ngân sách;Kỳ họp thứ 12;Sau kỳ họp;245/TTHĐND-VP;"
            + "25/02/2026;Sở Xây dựng;Sở Tài chính;PCT-KT\n"
            + "2;Cử tri đề nghị bố trí giáo viên cho điểm trường;Xã Phú Lý;Giáo dục;Kỳ họp thứ 12;"
            + "giữa kỳ;245/TTHĐND-VP;25/02/2026;Sở Giáo dục và Đào tạo;;PCT-VX\n",
        StandardCharsets.UTF_8);
    List<DirectiveFileReader.FileRow> rows = new ArrayList<>();
    new DirectiveFileReader(catalog).read(file, TableReader.Format.CSV, rows::add);
    DirectiveValidator validator =
        new DirectiveValidator(
            catalog, new WorkingDayCalendar(List.of()), new CouncilProperties(30, 10, 5));

    DirectiveInput first = rows.get(0).input();
    assertThat(first.directiveId()).isEqualTo("KN-245/TTHĐND-VP-001");
    assertThat(first.title()).startsWith("Cử tri đề nghị sửa chữa tuyến đường ĐT 768");
    var valid = validator.validate(first, LocalDate.parse("2026-03-02"));
    assertThat(valid.councilItem().kind()).isEqualTo(CouncilItemKind.PETITION);
    assertThat(valid.councilItem().councilField()).isEqualTo("KTNS");
    assertThat(valid.councilItem().voterLocality()).isEqualTo("Xã Thiện Tân");
    assertThat(valid.coordinatingAgencies()).containsExactly("STC");
    // No deadline in the list: the province's rule, 30 working days from the assignment.
    assertThat(valid.deadline()).isEqualTo(LocalDate.parse("2026-04-13"));
    assertThat(valid.sourceDocument().kind()).isEqualTo(SourceKind.COUNCIL_PETITIONS);

    assertThatThrownBy(() -> validator.validate(rows.get(1).input(), LocalDate.parse("2026-03-02")))
        .isInstanceOf(DirectiveValidationException.class)
        .satisfies(
            e ->
                assertThat(((DirectiveValidationException) e).problems())
                    .containsExactly(
                        "«Thời điểm tiếp xúc cử tri» \"giữa kỳ\" không có: ghi «Trước kỳ họp» hoặc"
                            + " «Sau kỳ họp».",
                        "«Lĩnh vực» \"Giáo dục\" không có: ghi một trong «Kinh tế - Ngân sách»,"
                            + " «Văn hóa - Xã hội», «Pháp chế», «Dân tộc», «Đô thị»."));
  }

  // ---- files made for the cases -----------------------------------------------------------

  static byte[] xlsx(int rows) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet();
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("Số hiệu");
      header.createCell(1).setCellValue("Trích yếu");
      header.createCell(2).setCellValue("Đơn vị chủ trì");
      for (int r = 1; r <= rows; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("NV-" + r);
        row.createCell(1).setCellValue("Nhiệm vụ " + r);
        row.createCell(2).setCellValue("STC");
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] truncated(byte[] content) {
    return Arrays.copyOf(content, content.length / 2);
  }

  static byte[] xls() throws Exception {
    try (HSSFWorkbook workbook = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.createSheet().createRow(0).createCell(0).setCellValue("Số hiệu");
      workbook.write(out);
      return out.toByteArray();
    }
  }

  static byte[] encrypted(byte[] xlsx) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("mat-khau");
      try (OutputStream os = encryptor.getDataStream(fs)) {
        os.write(xlsx);
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** A real workbook whose sheet inflates to 60 MB of blanks. */
  private static byte[] zipBomb() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] blanks = new byte[1024 * 1024];
      Arrays.fill(blanks, (byte) ' ');
      for (int i = 0; i < 60; i++) {
        zip.write(blanks);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}

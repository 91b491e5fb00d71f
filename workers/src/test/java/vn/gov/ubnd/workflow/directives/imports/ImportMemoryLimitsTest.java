package vn.gov.ubnd.workflow.directives.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No file stops the application: the real reader, in a JVM with the workers' production heap (256
 * MB, exit on OutOfMemoryError as the workers do), meets a single cell of 190 MB that compresses
 * only a few times (under the archive's inflation guard), a sheet inflating to 1 GB, a million
 * shared strings, a cell in column XFD of every row, a password-protected and an old .xls file.
 * Each is refused with its message or read, and the JVM lives to say so.
 */
public class ImportMemoryLimitsTest {

  @TempDir Path folder;

  @Test
  void noFileStopsAJvmWithTheProductionHeap() throws Exception {
    List<String> files = new ArrayList<>();
    files.add(write("o-190mb.xlsx", workbook(hugeCell(190L * 1024 * 1024), null)));
    files.add(write("nen-1gb.xlsx", workbook(blanks(1024L * 1024 * 1024), null)));
    files.add(
        write("trieu-chuoi.xlsx", workbook(sheetOfSharedStrings(20), sharedStrings(1_000_000))));
    files.add(write("cot-xfd.xlsx", workbook(farCells(10_000), null)));
    files.add(
        write("mat-khau.xlsx", ImportFileCatalogueTest.encrypted(ImportFileCatalogueTest.xlsx(3))));
    files.add(write("cu.xlsx", ImportFileCatalogueTest.xls()));

    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add(HeapLimitedRead.class.getName());
    command.addAll(files);
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("REFUSED o-190mb.xlsx: Ô B2 dài hơn 32767 ký tự")
        .contains("REFUSED nen-1gb.xlsx: Tệp .xlsx giải nén ra quá lớn")
        .contains("REFUSED trieu-chuoi.xlsx: Tệp .xlsx giải nén ra quá lớn (hơn 300000 đoạn chữ")
        .contains("READ cot-xfd.xlsx 10001")
        .contains("REFUSED mat-khau.xlsx: Tệp .xlsx đang đặt mật khẩu")
        .contains("REFUSED cu.xlsx: Tệp là bảng tính Excel 97-2003 (.xls)")
        .doesNotContain("OutOfMemoryError");
  }

  private String write(String name, byte[] content) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, content);
    return file.toString();
  }

  /** A sheet part's XML, written piece by piece into the archive. */
  private interface SheetXml {
    void writeTo(OutputStream out) throws IOException;
  }

  /** An .xlsx whose one cell holds {@code characters} characters (see the class comment). */
  public static byte[] hugeCellWorkbook(long characters) throws IOException {
    return workbook(hugeCell(characters), null);
  }

  private static SheetXml hugeCell(long characters) {
    return out -> {
      out.write(sheetStart().getBytes(StandardCharsets.UTF_8));
      out.write(
          "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>NV-1</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>"
              .getBytes(StandardCharsets.UTF_8));
      // Words with a little chance in them: some thirty times smaller packed, under the archive's
      // hundredfold guard, so only the cell's own limit can stop it.
      byte[] word = "nhiem vu so xy  ".getBytes(StandardCharsets.US_ASCII);
      byte[] chunk = new byte[64 * 1024];
      ThreadLocalRandom random = ThreadLocalRandom.current();
      for (long written = 0; written < characters; written += chunk.length) {
        for (int i = 0; i < chunk.length; i += word.length) {
          System.arraycopy(word, 0, chunk, i, word.length);
          chunk[i + 12] = (byte) ('a' + random.nextInt(2));
          chunk[i + 13] = (byte) ('a' + random.nextInt(2));
        }
        out.write(chunk);
      }
      out.write("</t></is></c></row>".getBytes(StandardCharsets.UTF_8));
      out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    };
  }

  private static SheetXml blanks(long bytes) {
    return out -> {
      out.write(sheetStart().getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1024 * 1024];
      Arrays.fill(chunk, (byte) ' ');
      for (long written = 0; written < bytes; written += chunk.length) {
        out.write(chunk);
      }
      out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    };
  }

  private static SheetXml sheetOfSharedStrings(int rows) {
    return out -> {
      StringBuilder xml = new StringBuilder(sheetStart());
      for (int r = 2; r <= rows + 1; r++) {
        xml.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"s\"><v>");
        xml.append(r).append("</v></c></row>");
      }
      out.write(xml.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8));
    };
  }

  private static SheetXml farCells(int rows) {
    return out -> {
      out.write(sheetStart().getBytes(StandardCharsets.UTF_8));
      for (int r = 2; r <= rows + 1; r++) {
        out.write(
            ("<row r=\""
                    + r
                    + "\"><c r=\"A"
                    + r
                    + "\" t=\"inlineStr\"><is><t>NV-"
                    + r
                    + "</t></is></c><c r=\"XFD"
                    + r
                    + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>")
                .getBytes(StandardCharsets.UTF_8));
      }
      out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    };
  }

  private static String sheetStart() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
        + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Số hiệu</t></is></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t>Trích yếu</t></is></c>"
        + "<c r=\"C1\" t=\"inlineStr\"><is><t>Đơn vị chủ trì</t></is></c></row>";
  }

  private static byte[] sharedStrings(int count) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (int i = 0; i < count; i++) {
      xml.append("<si><t>v").append(i).append("</t></si>");
    }
    return xml.append("</sst>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A minimal valid workbook around the sheet (and shared strings when given). */
  private static byte[] workbook(SheetXml sheet, byte[] shared) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
      String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
              + (shared == null
                  ? ""
                  : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
              + "</Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\""
              + rel
              + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      entry(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
              + main
              + "\" xmlns:r=\""
              + rel
              + "\"><sheets><sheet name=\"DS\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\""
              + rel
              + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
              + "<Relationship Id=\"rId2\" Type=\""
              + rel
              + "/styles\" Target=\"styles.xml\"/>"
              + (shared == null
                  ? ""
                  : "<Relationship Id=\"rId3\" Type=\""
                      + rel
                      + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
              + "</Relationships>");
      entry(
          zip,
          "xl/styles.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\""
              + main
              + "\"><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
      if (shared != null) {
        zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
        zip.write(shared);
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      sheet.writeTo(zip);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}

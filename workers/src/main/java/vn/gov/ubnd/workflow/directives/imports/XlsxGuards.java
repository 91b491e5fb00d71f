package vn.gov.ubnd.workflow.directives.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What is turned away before an .xlsx is opened: an encrypted workbook, an old .xls renamed, and a
 * zip whose parts would inflate far beyond a table's size; each with its own advice.
 */
final class XlsxGuards {

  private XlsxGuards() {}

  /**
   * Uncompressed sizes accepted inside an .xlsx: the sheet is streamed, the shared strings are held
   * in memory; a real 20,000-row list needs a fraction of either. A part that inflates more than a
   * hundredfold is a zip bomb, not a table.
   */
  static final long MAX_PART_BYTES = 200L * 1024 * 1024;

  static final long MAX_SHARED_STRINGS_BYTES = 40L * 1024 * 1024;
  static final int MAX_INFLATION = 100;

  /** An encrypted .xlsx and an old .xls are OLE2 files: each gets its own advice. */
  static void refuseOtherThanOpenXml(Path file) throws IOException {
    FileMagic magic;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      magic = FileMagic.valueOf(in);
    }
    if (magic != FileMagic.OLE2) {
      return;
    }
    boolean encrypted;
    try (var fs = new POIFSFileSystem(file.toFile(), true)) {
      encrypted = fs.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      throw new ImportRefusedException(XlsxTableReader.BROKEN_XLSX);
    }
    if (encrypted) {
      throw new ImportRefusedException(
          "Tệp .xlsx đang đặt mật khẩu nên hệ thống không đọc được: mở tệp trong Excel, vào Tệp >"
              + " Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu, lưu lại rồi"
              + " gửi lại.");
    }
    throw new ImportRefusedException(
        "Tệp là bảng tính Excel 97-2003 (.xls) đổi tên thành .xlsx: mở tệp trong Excel, chọn Lưu"
            + " Như, kiểu \"Excel Workbook (*.xlsx)\" rồi gửi lại.");
  }

  static void refuseZipBomb(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      var entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        long size = entry.getSize();
        long packed = entry.getCompressedSize();
        long limit =
            entry.getName().endsWith("sharedStrings.xml")
                ? MAX_SHARED_STRINGS_BYTES
                : MAX_PART_BYTES;
        if (size > limit || (packed > 0 && size / packed > MAX_INFLATION && size > 1_000_000)) {
          throw new ImportRefusedException(
              "Tệp .xlsx giải nén ra quá lớn ("
                  + (size < 0 ? "không rõ" : (size / (1024 * 1024)) + " MB")
                  + " ở phần "
                  + entry.getName()
                  + ") so với một danh sách nhiệm vụ: chỉ để lại một trang tính có danh sách, lưu"
                  + " lại rồi gửi lại, hoặc gửi dạng CSV UTF-8.");
        }
      }
    } catch (ZipException e) {
      throw new ImportRefusedException(XlsxTableReader.BROKEN_XLSX);
    }
  }
}

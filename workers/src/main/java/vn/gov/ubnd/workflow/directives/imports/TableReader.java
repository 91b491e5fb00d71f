package vn.gov.ubnd.workflow.directives.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the cells of a CSV file or of the first sheet of an .xlsx workbook, row by row, without
 * holding the file in memory: a 10,000-row list costs what one row costs. Only the first {@value
 * #MAX_COLUMNS} columns are read (a stray cell far to the right adds nothing).
 *
 * <p>Size: two streaming readers (CSV with its encodings and separators, .xlsx through SAX) behind
 * one row interface; each half alone is short of what a caller needs.
 */
public final class TableReader {

  /** Columns read at most; a directive list has a dozen. */
  static final int MAX_COLUMNS = 64;

  /** The file's format, from its name. */
  public enum Format {
    CSV,
    XLSX;

    public static Format of(String fileName) {
      String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
      if (name.endsWith(".xlsx")) {
        return XLSX;
      }
      if (name.endsWith(".csv") || name.endsWith(".txt")) {
        return CSV;
      }
      throw new ImportRefusedException(
          "Tệp \""
              + fileName
              + "\" không phải .csv hoặc .xlsx: hãy lưu danh sách ở một trong hai định dạng này.");
    }

    public String extension() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Receives each row's cells, with its number in the file (the first row is 1). */
  public interface RowConsumer {
    void row(int rowNumber, List<String> cells) throws IOException;
  }

  private TableReader() {}

  public static void read(Path file, Format format, RowConsumer consumer) throws IOException {
    if (format == Format.XLSX) {
      readXlsx(file, consumer);
    } else {
      readCsv(file, consumer);
    }
  }

  private static void readCsv(Path file, RowConsumer consumer) throws IOException {
    Charset charset;
    int skip;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(3);
      if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
        charset = StandardCharsets.UTF_16LE; // Excel's "Unicode Text"
        skip = 2;
      } else if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
        charset = StandardCharsets.UTF_16BE;
        skip = 2;
      } else if (head.length == 3
          && (head[0] & 0xff) == 0xef
          && (head[1] & 0xff) == 0xbb
          && (head[2] & 0xff) == 0xbf) {
        charset = StandardCharsets.UTF_8; // "CSV UTF-8" with its mark
        skip = 3;
      } else {
        charset = StandardCharsets.UTF_8;
        skip = 0;
      }
    }
    char delimiter = delimiter(file, charset, skip);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      in.skipNBytes(skip);
      Reader reader =
          new InputStreamReader(
              in,
              charset
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      int rowNumber = 0;
      try (CSVParser parser =
          CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
        for (CSVRecord record : parser) {
          rowNumber++;
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < record.size() && i < MAX_COLUMNS; i++) {
            cells.add(record.get(i));
          }
          consumer.row(rowNumber, cells);
        }
      } catch (java.io.UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
          throw notUtf8(e.getCause());
        }
        throw badQuotes(rowNumber + 1);
      } catch (CharacterCodingException e) {
        throw notUtf8(e);
      }
    }
  }

  /** Commons CSV refuses a quote inside a cell that does not start with one. */
  private static ImportRefusedException badQuotes(int rowNumber) {
    return new ImportRefusedException(
        "Dòng "
            + rowNumber
            + " của tệp CSV có dấu ngoặc kép (\") đặt sai: một ô có dấu ngoặc kép phải được bao cả"
            + " ô trong ngoặc kép và mỗi dấu bên trong ghi thành hai dấu (\"\"). Cách dễ nhất: mở"
            + " tệp trong Excel, lưu lại dạng \"CSV UTF-8\" hoặc .xlsx rồi gửi lại.");
  }

  private static ImportRefusedException notUtf8(Exception cause) {
    return new ImportRefusedException(
        "Tệp CSV không được lưu bằng bảng mã UTF-8 (có thể là Windows-1258, kiểu \"CSV\" mặc định"
            + " của Excel trên Windows tiếng Việt), nên chữ tiếng Việt sẽ bị sai. Trong Excel chọn"
            + " File > Save As > \"CSV UTF-8 (Comma delimited) (*.csv)\" rồi gửi lại tệp, hoặc gửi"
            + " tệp .xlsx.");
  }

  /**
   * Semicolons (Excel with a Vietnamese list separator) or commas: whichever the heading has more.
   */
  private static char delimiter(Path file, Charset charset, int skip) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(skip);
      String head = new String(in.readNBytes(8192), charset);
      int end = head.indexOf('\n');
      String firstLine = end < 0 ? head : head.substring(0, end);
      char best = ',';
      long most = firstLine.chars().filter(c -> c == ',').count();
      for (char candidate : new char[] {';', '\t'}) {
        long count = firstLine.chars().filter(c -> c == candidate).count();
        if (count > most) {
          best = candidate;
          most = count;
        }
      }
      return best;
    }
  }

  /**
   * Uncompressed sizes accepted inside an .xlsx: the sheet is streamed, the shared strings are held
   * in memory; a real 20,000-row list needs a fraction of either. A part that inflates more than a
   * hundredfold is a zip bomb, not a table.
   */
  static final long MAX_PART_BYTES = 200L * 1024 * 1024;

  static final long MAX_SHARED_STRINGS_BYTES = 40L * 1024 * 1024;
  static final int MAX_INFLATION = 100;

  private static final String BROKEN_XLSX =
      "Tệp .xlsx bị hỏng hoặc không phải bảng tính Excel: mở tệp trong Excel, lưu lại dạng \"Excel"
          + " Workbook (*.xlsx)\" rồi gửi lại.";

  private static void readXlsx(Path file, RowConsumer consumer) throws IOException {
    refuseOtherThanOpenXml(file);
    refuseZipBomb(file);
    RowCollector rows = new RowCollector(consumer);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader workbook = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = sharedStrings(pkg);
      StylesTable styles = workbook.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) workbook.getSheetsData();
      if (!sheets.hasNext()) {
        return;
      }
      try (InputStream sheet = XlsxLimits.sheet(sheets.next())) {
        XMLReader parser = SAXHelper.newXMLReader();
        parser.setContentHandler(
            XlsxLimits.cellLimit(
                new XSSFSheetXMLHandler(
                    styles, null, strings, rows, new IsoDateFormatter(), false)));
        parser.parse(new InputSource(sheet));
      }
    } catch (OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | org.apache.poi.UnsupportedFileFormatException
        | org.apache.poi.EmptyFileException
        | org.apache.poi.ooxml.POIXMLException
        | IllegalStateException e) {
      throw new ImportRefusedException(BROKEN_XLSX);
    } catch (IOException e) {
      // Reading the package itself failed; a failure to keep a row comes out of failIfAny below,
      // not here. POI's own guard speaks of an archive inflating more than it may.
      if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
        throw new ImportRefusedException(
            "Tệp .xlsx giải nén ra quá lớn so với một danh sách nhiệm vụ: chỉ để lại một trang"
                + " tính có danh sách, lưu lại rồi gửi lại, hoặc gửi dạng CSV UTF-8.");
      }
      throw new ImportRefusedException(BROKEN_XLSX);
    }
    rows.failIfAny();
  }

  /** The shared strings, read through the limits (they are held in memory). */
  private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg)
      throws IOException, SAXException, OpenXML4JException {
    var parts =
        pkg.getPartsByContentType(
            org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) {
      return new ReadOnlySharedStringsTable(pkg, false);
    }
    try (InputStream in = XlsxLimits.sharedStrings(parts.get(0).getInputStream())) {
      return new ReadOnlySharedStringsTable(in, false);
    }
  }

  /** An encrypted .xlsx and an old .xls are OLE2 files: each gets its own advice. */
  private static void refuseOtherThanOpenXml(Path file) throws IOException {
    org.apache.poi.poifs.filesystem.FileMagic magic;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      magic = org.apache.poi.poifs.filesystem.FileMagic.valueOf(in);
    }
    if (magic != org.apache.poi.poifs.filesystem.FileMagic.OLE2) {
      return;
    }
    boolean encrypted;
    try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(file.toFile(), true)) {
      encrypted = fs.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      throw new ImportRefusedException(BROKEN_XLSX);
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

  private static void refuseZipBomb(Path file) throws IOException {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      var entries = zip.entries();
      while (entries.hasMoreElements()) {
        java.util.zip.ZipEntry entry = entries.nextElement();
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
    } catch (java.util.zip.ZipException e) {
      throw new ImportRefusedException(BROKEN_XLSX);
    }
  }

  /** Collects the cells of one sheet row and hands the row on when it ends. */
  private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final RowConsumer consumer;
    private final List<String> cells = new ArrayList<>();
    private int rowNumber;
    private IOException failure;

    RowCollector(RowConsumer consumer) {
      this.consumer = consumer;
    }

    @Override
    public void startRow(int rowIndex) {
      rowNumber = rowIndex + 1;
      cells.clear();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      if (column >= MAX_COLUMNS) {
        return;
      }
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(value == null ? "" : value);
    }

    @Override
    public void endRow(int rowIndex) {
      if (failure != null) {
        return;
      }
      try {
        consumer.row(rowNumber, List.copyOf(cells));
      } catch (IOException e) {
        failure = e;
      }
    }

    void failIfAny() throws IOException {
      if (failure != null) {
        throw failure;
      }
    }
  }

  /**
   * Formats cells as Excel shows them, but a date as 2026-03-05 whatever its display format: a
   * US-style "3/5/26" would otherwise be read day first.
   */
  private static final class IsoDateFormatter extends DataFormatter {
    IsoDateFormatter() {
      super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
        return date.toString();
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }
}

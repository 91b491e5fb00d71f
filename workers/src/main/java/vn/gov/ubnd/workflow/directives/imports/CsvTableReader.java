package vn.gov.ubnd.workflow.directives.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.gov.ubnd.workflow.directives.imports.TableReader.RowConsumer;

/**
 * A CSV file as Excel writes it on a Vietnamese Windows: its encoding from the byte-order mark
 * (UTF-8, or UTF-16 for "Unicode Text"), its separator from the heading (semicolons with a
 * Vietnamese list separator), anything not UTF-8 refused with what to do instead.
 */
final class CsvTableReader {

  private CsvTableReader() {}

  static void read(Path file, RowConsumer consumer) throws IOException {
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
          for (int i = 0; i < record.size() && i < TableReader.MAX_COLUMNS; i++) {
            cells.add(record.get(i));
          }
          consumer.row(rowNumber, cells);
        }
      } catch (UncheckedIOException e) {
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
}

package vn.gov.ubnd.workflow.directives.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Streams the cells of a CSV file or of the first sheet of an .xlsx workbook, row by row, without
 * holding the file in memory: a 10,000-row list costs what one row costs. Only the first {@value
 * #MAX_COLUMNS} columns are read (a stray cell far to the right adds nothing). The two formats are
 * read by {@link CsvTableReader} and {@link XlsxTableReader}.
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
      XlsxTableReader.read(file, consumer);
    } else {
      CsvTableReader.read(file, consumer);
    }
  }
}

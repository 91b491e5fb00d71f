package vn.gov.ubnd.workflow.directives.imports;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import vn.gov.ubnd.workflow.directives.imports.TableReader.RowConsumer;

/**
 * A sheet's cells as rows: collected from SAX events, dates written the same way whatever shown.
 */
final class XlsxRows {

  private XlsxRows() {}

  /** Collects the cells of one sheet row and hands the row on when it ends. */
  static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final RowConsumer consumer;
    private final List<String> cells = new ArrayList<>();
    private int rowNumber;
    private IOException failure;

    Collector(RowConsumer consumer) {
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
      if (column >= TableReader.MAX_COLUMNS) {
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
  static final class IsoDateFormatter extends DataFormatter {
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

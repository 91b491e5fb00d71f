package vn.gov.ubnd.workflow.directives.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.gov.ubnd.workflow.directives.imports.TableReader.RowConsumer;

/**
 * The first sheet of an .xlsx workbook through SAX, after {@link XlsxGuards} has turned away what
 * is no workbook or would inflate too far; the shared strings read through {@link XlsxLimits}.
 */
final class XlsxTableReader {

  static final String BROKEN_XLSX =
      "Tệp .xlsx bị hỏng hoặc không phải bảng tính Excel: mở tệp trong Excel, lưu lại dạng \"Excel"
          + " Workbook (*.xlsx)\" rồi gửi lại.";

  private XlsxTableReader() {}

  static void read(Path file, RowConsumer consumer) throws IOException {
    XlsxGuards.refuseOtherThanOpenXml(file);
    XlsxGuards.refuseZipBomb(file);
    XlsxRows.Collector rows = new XlsxRows.Collector(consumer);
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
                    styles, null, strings, rows, new XlsxRows.IsoDateFormatter(), false)));
        parser.parse(new InputSource(sheet));
      }
    } catch (OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | UnsupportedFileFormatException
        | EmptyFileException
        | POIXMLException
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
    var parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) {
      return new ReadOnlySharedStringsTable(pkg, false);
    }
    try (InputStream in = XlsxLimits.sharedStrings(parts.get(0).getInputStream())) {
      return new ReadOnlySharedStringsTable(in, false);
    }
  }
}

package vn.gov.ubnd.workflow.directives.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * What reading an .xlsx may cost, counted on what is actually inflated and parsed, not on the sizes
 * the archive declares (a crafted archive can declare anything): the sheet's bytes, the shared
 * strings' bytes and count, one cell's length. Each limit is met with a refusal in Vietnamese long
 * before the application's memory could run short (the workers run with 256 MB).
 */
final class XlsxLimits {

  /** Bytes of the sheet's XML actually read: a 20,000-row list is a fraction of it. */
  static final long MAX_SHEET_BYTES = 200L * 1024 * 1024;

  /** Bytes of the shared strings' XML actually read; they are held in memory. */
  static final long MAX_SHARED_STRINGS_BYTES = 24L * 1024 * 1024;

  /** Distinct texts of the workbook: 10,000 rows of 20 text columns is 200,000. */
  static final int MAX_SHARED_STRINGS = 300_000;

  /** Excel's own limit for the text of one cell. */
  static final int MAX_CELL_CHARACTERS = 32_767;

  private XlsxLimits() {}

  static InputStream sheet(InputStream in) {
    return new Counted(in, MAX_SHEET_BYTES, null);
  }

  static InputStream sharedStrings(InputStream in) {
    return new Counted(in, MAX_SHARED_STRINGS_BYTES, "<si".getBytes(StandardCharsets.US_ASCII));
  }

  /** The sheet's handler, with each cell's text counted as it arrives. */
  static ContentHandler cellLimit(ContentHandler sheet) {
    return new CellLimit(sheet);
  }

  private static ImportRefusedException tooLarge(String what) {
    return new ImportRefusedException(
        "Tệp .xlsx giải nén ra quá lớn ("
            + what
            + ") so với một danh sách nhiệm vụ: chỉ để lại một trang tính có danh sách, xóa các"
            + " trang và ô thừa, lưu lại rồi gửi lại, hoặc gửi dạng CSV UTF-8.");
  }

  /** Counts the bytes read (and, for the shared strings, the strings) and stops at the limit. */
  private static final class Counted extends FilterInputStream {
    private final long maxBytes;
    private final byte[] element;
    private long read;
    private int matched;
    private int elements;

    Counted(InputStream in, long maxBytes, byte[] element) {
      super(in);
      this.maxBytes = maxBytes;
      this.element = element;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(new byte[] {(byte) b}, 0, 1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(buffer, offset, n);
      }
      return n;
    }

    private void count(byte[] buffer, int offset, int n) {
      read += n;
      if (read > maxBytes) {
        throw tooLarge("hơn " + maxBytes / (1024 * 1024) + " MB dữ liệu trong một phần của tệp");
      }
      if (element == null) {
        return;
      }
      for (int i = offset; i < offset + n; i++) {
        matched = buffer[i] == element[matched] ? matched + 1 : (buffer[i] == element[0] ? 1 : 0);
        if (matched == element.length) {
          matched = 0;
          if (++elements > MAX_SHARED_STRINGS) {
            throw tooLarge("hơn " + MAX_SHARED_STRINGS + " đoạn chữ khác nhau");
          }
        }
      }
    }
  }

  /** Hands every event on, counting the characters of the current cell ("c" element). */
  private static final class CellLimit implements ContentHandler {
    private final ContentHandler next;
    private String cell = "";
    private long characters;

    CellLimit(ContentHandler next) {
      this.next = next;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      if ("c".equals(localName)) {
        cell = atts.getValue("r") == null ? "" : atts.getValue("r");
        characters = 0;
      }
      next.startElement(uri, localName, qName, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      characters += length;
      if (characters > MAX_CELL_CHARACTERS) {
        throw new ImportRefusedException(
            "Ô "
                + cell
                + " dài hơn "
                + MAX_CELL_CHARACTERS
                + " ký tự, giới hạn của một ô Excel: sửa ô đó trong Excel (nội dung nhiệm vụ chỉ"
                + " cần phần chính), lưu lại rồi gửi lại.");
      }
      next.characters(ch, start, length);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      next.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
      next.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
      next.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
      next.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
      next.endPrefixMapping(prefix);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      next.endElement(uri, localName, qName);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      next.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
      next.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
      next.skippedEntity(name);
    }
  }
}

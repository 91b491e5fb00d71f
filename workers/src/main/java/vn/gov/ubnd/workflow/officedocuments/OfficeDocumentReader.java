package vn.gov.ubnd.workflow.officedocuments;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.ubnd.workflow.directives.imports.ImportRefusedException;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * Reads the rows of an e-office export (sổ văn bản đi / đến) once its heading row is known: columns
 * found by their Vietnamese heading, any case or accents; each row either a document or the
 * problems that keep it out, each naming the row, the column and what to write.
 */
final class OfficeDocumentReader {

  /** Longest trích yếu kept: a register line, not the document. */
  static final int MAX_SUMMARY = 2_000;

  static final int MAX_SHORT = 300;

  /** One row: the document, or why it stays out. */
  record Row(int rowNumber, OfficeDocument document, List<String> problems) {}

  private static final Map<String, String> HEADINGS = new LinkedHashMap<>();

  /** The heading as a message names the column. */
  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    heading(
        "number",
        "Số, ký hiệu",
        "số ký hiệu",
        "số/ký hiệu",
        "số văn bản",
        "số hiệu văn bản",
        "số, ký hiệu văn bản",
        "ký hiệu");
    heading(
        "documentDate", "Ngày văn bản", "ngày ban hành", "ngày ký", "ngày tháng văn bản", "ngày");
    heading("receivedOn", "Ngày đến", "ngày nhận", "ngày vào sổ");
    heading("kind", "Loại văn bản", "loại", "hình thức văn bản");
    heading("signer", "Người ký", "người ký duyệt");
    heading("issuer", "Cơ quan ban hành", "nơi gửi", "đơn vị gửi", "cơ quan gửi", "nơi ban hành");
    heading("summary", "Trích yếu", "trích yếu nội dung", "nội dung");
    // Not "sổ" alone: without accents it reads as "số", the number.
    heading("direction", "Đi/đến", "loại sổ", "sổ đi/đến", "văn bản đi/đến");
  }

  private static void heading(String field, String label, String... others) {
    LABELS.put(field, label);
    HEADINGS.put(key(label), field);
    for (String other : others) {
      HEADINGS.put(key(other), field);
    }
  }

  private final Map<String, Integer> columns;
  private final DocumentDirection fileDirection;
  private final DocumentKinds kinds;
  private final OffsetDateTime now;
  private final String importedBy;

  /**
   * @param header the heading row
   * @param fileDirection the book the whole file is from, when it has no direction column
   */
  OfficeDocumentReader(
      List<String> header,
      DocumentDirection fileDirection,
      DocumentKinds kinds,
      OffsetDateTime now,
      String importedBy) {
    this.columns = columns(header);
    this.kinds = kinds;
    this.now = now;
    this.importedBy = importedBy;
    if (!columns.containsKey("direction") && fileDirection == null) {
      throw new ImportRefusedException(
          "Tệp không có cột \"Đi/đến\": thêm cột này (ghi \"đi\" hoặc \"đến\" ở từng dòng) hoặc"
              + " chọn sổ văn bản đi hay sổ văn bản đến khi gửi tệp.");
    }
    this.fileDirection = columns.containsKey("direction") ? null : fileDirection;
  }

  private static Map<String, Integer> columns(List<String> header) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String field = header.get(i) == null ? null : HEADINGS.get(key(header.get(i)));
      if (field != null) {
        columns.putIfAbsent(field, i);
      }
    }
    if (!columns.containsKey("number")
        || !(columns.containsKey("documentDate") || columns.containsKey("receivedOn"))) {
      throw new ImportRefusedException(
          "Dòng tiêu đề phải có ít nhất cột \"Số, ký hiệu\" và cột \"Ngày văn bản\" (sổ văn bản"
              + " đến: \"Ngày đến\"); tệp này có: "
              + String.join(", ", header.stream().filter(h -> h != null && !h.isBlank()).toList())
              + ".");
    }
    return columns;
  }

  Row row(int rowNumber, List<String> cells) {
    List<String> problems = new ArrayList<>();
    String number = cell(cells, "number");
    if (number.isEmpty()) {
      problems.add(
          where(rowNumber, "number") + "trống: ghi số và ký hiệu văn bản, ví dụ 125/QĐ-UBND.");
    }
    OfficeInput.tooLong(number, where(rowNumber, "number").trim(), MAX_SHORT, problems);
    DocumentDirection direction = fileDirection;
    if (direction == null) {
      String written = cell(cells, "direction");
      direction = DocumentDirection.parse(written).orElse(null);
      if (direction == null) {
        problems.add(
            where(rowNumber, "direction")
                + (written.isEmpty() ? "trống" : "\"" + OfficeInput.shown(written) + "\" không rõ")
                + ": ghi \"đi\" (văn bản ban hành) hoặc \"đến\" (văn bản nhận được).");
      }
    }
    LocalDate documentDate = date(rowNumber, cells, "documentDate", problems);
    LocalDate receivedOn = date(rowNumber, cells, "receivedOn", problems);
    if (direction == DocumentDirection.OUTGOING
        && documentDate == null
        && !has(cells, "documentDate")) {
      problems.add(
          where(rowNumber, "documentDate") + "trống: ghi ngày ban hành, ví dụ 05/03/2026.");
    }
    if (direction == DocumentDirection.INCOMING
        && receivedOn == null
        && !has(cells, "receivedOn")) {
      problems.add(
          where(rowNumber, "receivedOn")
              + (columns.containsKey("receivedOn") ? "trống" : "không có trong tệp")
              + ": văn bản đến được tính theo ngày đến, ghi ngày vào sổ, ví dụ 05/03/2026.");
    }
    String kindWord = cell(cells, "kind");
    DocumentKinds.Kind kind = null;
    if (!number.isEmpty() || !kindWord.isEmpty()) {
      kind = kinds.of(kindWord, number).orElse(null);
      if (kind == null) {
        problems.add(
            where(rowNumber, "kind")
                + "\""
                + OfficeInput.shown(kindWord)
                + "\" không có trong bảng loại văn bản: ghi một loại theo Nghị định 30/2020/NĐ-CP"
                + " (ví dụ quyết định, công văn, kế hoạch, tờ trình) hoặc để trống để lấy theo ký"
                + " hiệu của số văn bản.");
      }
    }
    String summary = cell(cells, "summary");
    OfficeInput.tooLong(summary, where(rowNumber, "summary").trim(), MAX_SUMMARY, problems);
    String signer = cell(cells, "signer");
    String issuer = cell(cells, "issuer");
    OfficeInput.tooLong(signer, where(rowNumber, "signer").trim(), MAX_SHORT, problems);
    OfficeInput.tooLong(issuer, where(rowNumber, "issuer").trim(), MAX_SHORT, problems);
    if (!problems.isEmpty()) {
      return new Row(rowNumber, null, problems);
    }
    LocalDate counted = direction == DocumentDirection.OUTGOING ? documentDate : receivedOn;
    return new Row(
        rowNumber,
        new OfficeDocument(
            direction,
            number,
            kind.code(),
            documentDate,
            direction == DocumentDirection.INCOMING ? receivedOn : null,
            counted,
            blankToNull(signer),
            blankToNull(issuer),
            blankToNull(summary),
            now,
            importedBy),
        List.of());
  }

  /** The row has something in this column that did not read as a date (already a problem). */
  private boolean has(List<String> cells, String field) {
    return !cell(cells, field).isEmpty();
  }

  private LocalDate date(int rowNumber, List<String> cells, String field, List<String> problems) {
    String value = cell(cells, field);
    return value.isEmpty()
        ? null
        : OfficeInput.date(value, where(rowNumber, field).trim(), problems);
  }

  private static String where(int rowNumber, String field) {
    return "Dòng " + rowNumber + ", cột \"" + LABELS.get(field) + "\": ";
  }

  private String cell(List<String> cells, String field) {
    Integer i = columns.get(field);
    return i == null || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String key(String heading) {
    return OfficeInput.folded(heading).replaceAll("[^a-z0-9]", "");
  }
}

package vn.gov.ubnd.workflow.directives;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gov.ubnd.workflow.catalog.Catalog;

/**
 * Reads a list of directives as offices keep them (one row each, from a conclusion notice), from
 * CSV (UTF-8, comma or semicolon) or .xlsx. Columns are found by their Vietnamese heading or the
 * English identifier; agencies and leaders by catalog code or by name; dates as 05/03/2026 or
 * 2026-03-05.
 */
public final class DirectiveFileReader {

  /** One row as read: its number in the file (heading is row 1) and its fields. */
  public record FileRow(int rowNumber, DirectiveInput input, List<String> problems) {}

  private static final Map<String, String> HEADINGS = new LinkedHashMap<>();

  static {
    heading("directiveId", "số hiệu", "số hiệu nhiệm vụ", "mã nhiệm vụ");
    heading("title", "trích yếu", "nội dung trích yếu", "tên nhiệm vụ");
    heading("content", "nội dung", "nội dung nhiệm vụ");
    heading("sourceNumber", "số văn bản", "văn bản giao", "số, ký hiệu văn bản");
    heading("sourceDate", "ngày văn bản", "ngày ban hành");
    heading("sourceIssuer", "cơ quan ban hành", "người ban hành");
    heading("leadAgency", "đơn vị chủ trì", "cơ quan chủ trì");
    heading("coordinatingAgencies", "đơn vị phối hợp", "cơ quan phối hợp");
    heading("leaderInCharge", "lãnh đạo phụ trách", "lãnh đạo ubnd tỉnh phụ trách");
    heading("assignedOn", "ngày giao");
    heading("deadline", "thời hạn", "hạn hoàn thành");
    heading("deadlineWorkingDays", "số ngày làm việc");
  }

  private static void heading(String field, String... vietnamese) {
    HEADINGS.put(key(field), field);
    Arrays.stream(vietnamese).forEach(v -> HEADINGS.put(key(v), field));
  }

  private static final DateTimeFormatter VN_DATE =
      DateTimeFormatter.ofPattern("d/M/uuuu")
          .withResolverStyle(java.time.format.ResolverStyle.STRICT);

  private final Catalog catalog;

  public DirectiveFileReader(Catalog catalog) {
    this.catalog = catalog;
  }

  public List<FileRow> read(String fileName, InputStream in) throws IOException {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    List<List<String>> table;
    if (name.endsWith(".xlsx")) {
      table = readXlsx(in);
    } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
      table = readCsv(in);
    } else {
      throw new IllegalArgumentException(
          "Tệp \""
              + fileName
              + "\" không phải .csv hoặc .xlsx: hãy lưu danh sách ở một trong hai định dạng này.");
    }
    if (table.isEmpty()) {
      throw new IllegalArgumentException("Tệp không có dòng tiêu đề.");
    }
    List<String> header = table.get(0);
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String field = HEADINGS.get(key(header.get(i)));
      if (field != null) {
        columns.putIfAbsent(field, i);
      } else if (!header.get(i).isBlank()) {
        unknown.add(header.get(i));
      }
    }
    if (!columns.containsKey("directiveId")
        || !columns.containsKey("title")
        || !columns.containsKey("leadAgency")) {
      throw new IllegalArgumentException(
          "Dòng tiêu đề phải có ít nhất các cột \"Số hiệu\", \"Trích yếu\" và \"Đơn vị chủ trì\""
              + (unknown.isEmpty()
                  ? ""
                  : "; các cột không nhận ra: " + String.join(", ", unknown)));
    }
    List<FileRow> rows = new ArrayList<>();
    for (int r = 1; r < table.size(); r++) {
      List<String> cells = table.get(r);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      rows.add(row(r + 1, cells, columns));
    }
    return rows;
  }

  private FileRow row(int rowNumber, List<String> cells, Map<String, Integer> columns) {
    List<String> problems = new ArrayList<>();
    String leadAgency = agencyCode(cell(cells, columns, "leadAgency"));
    List<String> coordinating = new ArrayList<>();
    for (String part : cell(cells, columns, "coordinatingAgencies").split("[;,\\n]")) {
      if (!part.isBlank()) {
        coordinating.add(agencyCode(part.trim()));
      }
    }
    Integer workingDays = null;
    String days = cell(cells, columns, "deadlineWorkingDays");
    if (!days.isBlank()) {
      try {
        workingDays = (int) Double.parseDouble(days.replace(',', '.'));
      } catch (NumberFormatException e) {
        problems.add("Số ngày làm việc \"" + days + "\" không phải là số.");
      }
    }
    DirectiveInput input =
        new DirectiveInput(
            cell(cells, columns, "directiveId"),
            cell(cells, columns, "title"),
            cell(cells, columns, "content"),
            new DirectiveInput.SourceDocumentInput(
                blankToNull(cell(cells, columns, "sourceNumber")),
                isoDate(cell(cells, columns, "sourceDate")),
                blankToNull(cell(cells, columns, "sourceIssuer"))),
            leadAgency,
            coordinating,
            leaderCode(cell(cells, columns, "leaderInCharge")),
            isoDate(cell(cells, columns, "assignedOn")),
            isoDate(cell(cells, columns, "deadline")),
            workingDays);
    return new FileRow(rowNumber, input, problems);
  }

  private String agencyCode(String value) {
    if (value.isBlank()) {
      return value;
    }
    return catalog
        .department(value.trim())
        .map(d -> d.code())
        .or(
            () ->
                catalog.departments().stream()
                    .filter(d -> key(d.name()).equals(key(value)))
                    .map(d -> d.code())
                    .findFirst())
        .orElse(value.trim());
  }

  private String leaderCode(String value) {
    if (value.isBlank()) {
      return value;
    }
    return catalog
        .leader(value.trim())
        .map(l -> l.code())
        .or(
            () ->
                catalog.leaders().stream()
                    .filter(
                        l ->
                            key(l.name()).equals(key(value))
                                || key(l.title() + " " + l.name()).equals(key(value)))
                    .map(l -> l.code())
                    .findFirst())
        .orElse(value.trim());
  }

  /** Dates as offices write them (05/03/2026) become ISO; anything else is left for validation. */
  static String isoDate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      return LocalDate.parse(v, VN_DATE).toString();
    } catch (DateTimeParseException e) {
      return v;
    }
  }

  private static String cell(List<String> cells, Map<String, Integer> columns, String field) {
    Integer i = columns.get(field);
    return i == null || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).trim();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Headings compare without case, spaces or diacritics ("Đơn vị chủ trì" = "don vi chu tri"). */
  static String key(String heading) {
    String folded =
        Normalizer.normalize(heading.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('đ', 'd');
    return folded.replaceAll("[^a-z0-9]", "");
  }

  private static List<List<String>> readCsv(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // Excel's UTF-8 mark
    }
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter =
        firstLine.chars().filter(c -> c == ';').count()
                > firstLine.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    List<List<String>> table = new ArrayList<>();
    try (CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .build()
            .parse(
                new InputStreamReader(
                    new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8))) {
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>();
        record.forEach(cells::add);
        table.add(cells);
      }
    }
    return table;
  }

  private static List<List<String>> readXlsx(InputStream in) throws IOException {
    List<List<String>> table = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (Workbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          Cell cell = row.getCell(c);
          if (cell == null) {
            cells.add("");
          } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
          } else {
            cells.add(formatter.formatCellValue(cell));
          }
        }
        while (table.size() < row.getRowNum()) {
          table.add(List.of());
        }
        table.add(cells);
      }
    }
    return table;
  }
}

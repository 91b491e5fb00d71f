package vn.gov.ubnd.workflow.directives.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.directives.DirectiveInput;
import vn.gov.ubnd.workflow.directives.DirectiveValidator;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * Reads a list of directives as offices keep them (one row each, from a conclusion notice), from
 * CSV (UTF-8, comma or semicolon) or .xlsx. Columns are found by their Vietnamese heading or the
 * English identifier; agencies and leaders by catalog code or by name; dates as 05/03/2026 or
 * 2026-03-05.
 *
 * <p>The headings and yes/no columns are {@link DirectiveColumns}'.
 */
@SuppressWarnings("unchecked")
final class DirectiveFileReader {

  /**
   * One row as read: its number in the file (heading is row 1), its fields, what is wrong with them
   * already, and the cells as written (for the verdict workbook).
   */
  public record FileRow(
      int rowNumber, DirectiveInput input, List<String> problems, List<String> cells) {}

  private final Catalog catalog;

  public DirectiveFileReader(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Receives each directive row of the file, in file order. */
  public interface RowConsumer {
    void row(FileRow row) throws IOException;
  }

  /**
   * Reads the file: checks its heading, then hands on every row that is not blank, streamed.
   *
   * @throws ImportRefusedException when the file cannot be read as a list of directives
   */
  public void read(Path file, TableReader.Format format, RowConsumer consumer) throws IOException {
    Map<String, Integer>[] columns = new Map[1];
    TableReader.read(
        file,
        format,
        (rowNumber, cells) -> {
          if (columns[0] == null) {
            columns[0] = DirectiveColumns.of(cells);
            return;
          }
          if (cells.stream().allMatch(String::isBlank)) {
            return;
          }
          consumer.row(row(rowNumber, cells, columns[0]));
        });
    if (columns[0] == null) {
      throw new ImportRefusedException(
          "Tệp không có dòng tiêu đề: dòng đầu tiên phải ghi tên các cột (\"Số hiệu\", \"Trích"
              + " yếu\", \"Đơn vị chủ trì\", ...).");
    }
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
        double value = Double.parseDouble(days.replace(',', '.'));
        if (value != Math.rint(value) || value < 1 || value > DirectiveValidator.MAX_WORKING_DAYS) {
          problems.add(
              "Số ngày làm việc \""
                  + days
                  + "\" phải là số nguyên từ 1 đến "
                  + DirectiveValidator.MAX_WORKING_DAYS
                  + ".");
        } else {
          workingDays = (int) value;
        }
      } catch (NumberFormatException e) {
        problems.add(
            "Số ngày làm việc \""
                + (days.length() > 40 ? days.substring(0, 40) + "…" : days)
                + "\" không phải là số: ghi một số nguyên, ví dụ 10.");
      }
    }
    String kind = CouncilColumns.kind(columns, cell(cells, columns, "itemKind"));
    Map<String, String> council = new HashMap<>();
    CouncilColumns.FIELDS.forEach(field -> council.put(field, cell(cells, columns, field)));
    String petitionText = council.get("petitionText");
    String id = cell(cells, columns, "directiveId");
    if (id.isBlank()) {
      id =
          CouncilColumns.number(
              kind, cell(cells, columns, "sourceNumber"), council.get("sequence"));
    }
    String title = cell(cells, columns, "title");
    String content = cell(cells, columns, "content");
    if (!petitionText.isBlank()) {
      title = title.isBlank() ? CouncilColumns.title(petitionText) : title;
      content = content.isBlank() ? petitionText : content;
    }
    DirectiveInput input =
        new DirectiveInput(
            id,
            title,
            content,
            new DirectiveInput.SourceDocumentInput(
                blankToNull(cell(cells, columns, "sourceNumber")),
                OfficeInput.isoIfWrittenVn(cell(cells, columns, "sourceDate")),
                blankToNull(cell(cells, columns, "sourceIssuer")),
                blankToNull(cell(cells, columns, "sourceKind")),
                blankToNull(cell(cells, columns, "sourceTitle"))),
            leadAgency,
            coordinating,
            leaderCode(cell(cells, columns, "leaderInCharge")),
            OfficeInput.isoIfWrittenVn(cell(cells, columns, "assignedOn")),
            OfficeInput.isoIfWrittenVn(cell(cells, columns, "deadline")),
            workingDays,
            DirectiveColumns.mark(
                cell(cells, columns, "workProgrammeItem"), "Chương trình công tác", problems),
            DirectiveColumns.mark(
                cell(cells, columns, "centralGovernmentTask"),
                "Chính phủ, Thủ tướng giao",
                problems),
            CouncilColumns.item(kind, council));
    return new FileRow(rowNumber, input, problems, cells);
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
                    .filter(d -> DirectiveColumns.key(d.name()).equals(DirectiveColumns.key(value)))
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
                            DirectiveColumns.key(l.name()).equals(DirectiveColumns.key(value))
                                || DirectiveColumns.key(l.title() + " " + l.name())
                                    .equals(DirectiveColumns.key(value)))
                    .map(l -> l.code())
                    .findFirst())
        .orElse(value.trim());
  }

  private static String cell(List<String> cells, Map<String, Integer> columns, String field) {
    Integer i = columns.get(field);
    return i == null || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).trim();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}

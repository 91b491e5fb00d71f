package vn.gov.ubnd.workflow.directives.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a directive list: each field by its Vietnamese headings (or its English
 * identifier), compared without case, spaces or diacritics; the heading row checked for the key
 * columns; yes/no columns read strictly.
 */
final class DirectiveColumns {

  private DirectiveColumns() {}

  private static final Map<String, String> HEADINGS = new LinkedHashMap<>();

  static {
    heading("directiveId", "số hiệu", "số hiệu nhiệm vụ", "mã nhiệm vụ");
    heading("title", "trích yếu", "nội dung trích yếu", "tên nhiệm vụ");
    heading("content", "nội dung", "nội dung nhiệm vụ");
    heading("sourceNumber", "số văn bản", "văn bản giao", "số, ký hiệu văn bản");
    heading("sourceDate", "ngày văn bản", "ngày ban hành");
    heading("sourceIssuer", "cơ quan ban hành", "người ban hành");
    heading("sourceKind", "loại văn bản", "loại văn bản giao");
    heading("sourceTitle", "trích yếu văn bản", "trích yếu văn bản giao");
    heading("leadAgency", "đơn vị chủ trì", "cơ quan chủ trì");
    heading("coordinatingAgencies", "đơn vị phối hợp", "cơ quan phối hợp");
    heading("leaderInCharge", "lãnh đạo phụ trách", "lãnh đạo ubnd tỉnh phụ trách");
    heading("assignedOn", "ngày giao");
    heading("deadline", "thời hạn", "hạn hoàn thành");
    heading("deadlineWorkingDays", "số ngày làm việc");
    heading(
        "workProgrammeItem",
        "chương trình công tác",
        "thuộc chương trình công tác",
        "nhiệm vụ CTCT");
    heading(
        "centralGovernmentTask",
        "Chính phủ, Thủ tướng giao",
        "Chính phủ, Thủ tướng Chính phủ giao",
        "nhiệm vụ Chính phủ giao",
        "nhiệm vụ Trung ương giao");
    CouncilColumns.headings(
        (field, vietnamese) -> {
          heading(field, vietnamese);
          return null;
        });
  }

  private static final Set<String> YES = Set.of("co", "x", "1", "yes", "true");
  private static final Set<String> NO = Set.of("", "khong", "0", "no", "false");

  /**
   * A yes/no column: "Có" or "x" for yes, "Không" or nothing for no (the office marks only the
   * directives that are); anything else is a problem of the row, never taken as no.
   */
  static Boolean mark(String value, String column, List<String> problems) {
    String k = key(value);
    if (YES.contains(k)) {
      return true;
    }
    if (NO.contains(k)) {
      return false;
    }
    problems.add(
        "Cột «"
            + column
            + "» ghi \""
            + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
            + "\": ghi «Có» (hoặc x) nếu đúng, để trống hoặc ghi «Không» nếu không.");
    return null;
  }

  private static void heading(String field, String... vietnamese) {
    HEADINGS.put(key(field), field);
    Arrays.stream(vietnamese).forEach(v -> HEADINGS.put(key(v), field));
  }

  /** The column of each field, from the heading row; refuses a heading without the key columns. */
  static Map<String, Integer> of(List<String> header) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String field = HEADINGS.get(key(header.get(i)));
      if (field != null) {
        columns.putIfAbsent(field, i);
      } else if (!header.get(i).isBlank()) {
        unknown.add(
            header.get(i).length() > 60 ? header.get(i).substring(0, 60) + "…" : header.get(i));
      }
    }
    if (!CouncilColumns.numbered(columns)
        || !CouncilColumns.titled(columns)
        || !columns.containsKey("leadAgency")) {
      throw new ImportRefusedException(
          "Dòng tiêu đề phải có ít nhất các cột \"Số hiệu\", \"Trích yếu\" và \"Đơn vị chủ trì\""
              + " (danh sách kiến nghị cử tri: \"STT\" và \"Số văn bản\" thay cho \"Số hiệu\","
              + " \"Nội dung kiến nghị\" thay cho \"Trích yếu\")"
              + (unknown.isEmpty()
                  ? ""
                  : "; các cột không nhận ra: " + String.join(", ", unknown)));
    }
    return columns;
  }

  /** Headings compare without case, spaces or diacritics ("Đơn vị chủ trì" = "don vi chu tri"). */
  static String key(String heading) {
    String folded =
        Normalizer.normalize(heading.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('đ', 'd');
    return folded.replaceAll("[^a-z0-9]", "");
  }
}

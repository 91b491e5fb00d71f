package vn.gov.ubnd.workflow.directives.imports;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import vn.gov.ubnd.workflow.council.CouncilItemInput;
import vn.gov.ubnd.workflow.council.CouncilItemKind;

/**
 * The columns of the Council's lists: the Standing Committee's list of voters' petitions (STT, "Nội
 * dung kiến nghị", "Cử tri", "Lĩnh vực", …) and the list of commitments made at a questioning
 * sitting ("Đại biểu chất vấn", "Người trả lời chất vấn"). A file with a petition's columns and no
 * «Loại việc» column is a list of petitions; a row without its own number is numbered from the
 * forwarding document and its STT, as the office cites a petition.
 */
final class CouncilColumns {

  static final List<String> FIELDS =
      List.of(
          "itemKind",
          "sessionName",
          "roundTiming",
          "voterLocality",
          "councilField",
          "delegate",
          "answeringOfficial",
          "petitionText",
          "sequence");

  /** The longest title taken from a petition's text; the whole text stays its content. */
  private static final int TITLE_FROM_TEXT = 300;

  private CouncilColumns() {}

  static void headings(BiFunction<String, String[], Void> heading) {
    heading.apply("itemKind", new String[] {"loại việc", "phân loại"});
    heading.apply("sessionName", new String[] {"kỳ họp", "kỳ họp HĐND"});
    heading.apply(
        "roundTiming",
        new String[] {"thời điểm tiếp xúc cử tri", "tiếp xúc cử tri", "trước, sau kỳ họp"});
    heading.apply(
        "voterLocality", new String[] {"cử tri", "địa phương cử tri", "cử tri xã, phường"});
    heading.apply("councilField", new String[] {"lĩnh vực", "ban HĐND", "lĩnh vực (ban HĐND)"});
    heading.apply("delegate", new String[] {"đại biểu chất vấn", "đại biểu"});
    heading.apply(
        "answeringOfficial",
        new String[] {"người trả lời chất vấn", "người trả lời", "người cam kết"});
    heading.apply(
        "petitionText",
        new String[] {"nội dung kiến nghị", "ý kiến, kiến nghị", "nội dung ý kiến, kiến nghị"});
    heading.apply("sequence", new String[] {"STT", "số thứ tự", "TT"});
  }

  /** Whether the heading names a row's number, or the columns to number it from. */
  static boolean numbered(Map<String, Integer> columns) {
    return columns.containsKey("directiveId")
        || (columns.containsKey("sequence") && columns.containsKey("sourceNumber"));
  }

  static boolean titled(Map<String, Integer> columns) {
    return columns.containsKey("title") || columns.containsKey("petitionText");
  }

  /** The kind of a row: its «Loại việc», or the file's by its columns; null for a directive. */
  static String kind(Map<String, Integer> columns, String typed) {
    if (!typed.isBlank()) {
      return typed;
    }
    // Not by «Lĩnh vực» alone: a list of directives may class them by field too.
    if (columns.containsKey("petitionText") || columns.containsKey("voterLocality")) {
      return CouncilItemKind.PETITION.name();
    }
    if (columns.containsKey("answeringOfficial")) {
      return CouncilItemKind.COMMITMENT.name();
    }
    return null;
  }

  /** The row's council fields, or null for a directive's row. */
  static CouncilItemInput item(String kind, Map<String, String> cells) {
    if (kind == null) {
      return null;
    }
    return new CouncilItemInput(
        kind,
        cells.get("sessionName"),
        cells.get("roundTiming"),
        cells.get("voterLocality"),
        cells.get("councilField"),
        cells.get("delegate"),
        cells.get("answeringOfficial"));
  }

  /** "KN-245/TTHĐND-VP-012": the forwarding document's number and the petition's STT. */
  static String number(String kind, String sourceNumber, String sequence) {
    if (sourceNumber.isBlank() || sequence.isBlank()) {
      return "";
    }
    String prefix = CouncilItemKind.COMMITMENT.name().equals(kind) ? "CK-" : "KN-";
    String seq = sequence.strip().replaceAll("[.,]0+$", "");
    if (seq.matches("\\d{1,2}")) {
      seq = String.format("%03d", Integer.parseInt(seq));
    }
    return prefix + sourceNumber.strip().replaceAll("[^\\p{L}0-9._/-]", "") + "-" + seq;
  }

  static String title(String petitionText) {
    String oneLine = petitionText.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= TITLE_FROM_TEXT
        ? oneLine
        : oneLine.substring(0, TITLE_FROM_TEXT).strip() + "…";
  }
}

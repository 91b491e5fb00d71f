package vn.gov.ubnd.workflow.directives.imports;

import java.util.List;

/**
 * What became of one row of an imported list.
 *
 * @param importId the import
 * @param row row number in the file (the heading is row 1)
 * @param directiveId the directive's id as given
 * @param verdict STARTED or REJECTED
 * @param processInstanceKey the started instance, for Operate
 * @param problems why it was rejected, in Vietnamese
 */
public record RowVerdict(
    String importId,
    int row,
    String directiveId,
    Verdict verdict,
    Long processInstanceKey,
    List<String> problems) {

  /** The two outcomes of a row. */
  public enum Verdict {
    STARTED("Đã bắt đầu theo dõi"),
    REJECTED("Không nhập");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    /** As the verdict column of the office's file says it. */
    public String label() {
      return label;
    }
  }

  public RowVerdict {
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  static RowVerdict started(String importId, int row, String directiveId, long instanceKey) {
    return new RowVerdict(importId, row, directiveId, Verdict.STARTED, instanceKey, List.of());
  }

  static RowVerdict rejected(String importId, int row, String directiveId, List<String> problems) {
    return new RowVerdict(importId, row, directiveId, Verdict.REJECTED, null, problems);
  }

  /** The document id of a row's verdict. */
  static String id(String importId, int row) {
    return importId + ":" + row;
  }
}

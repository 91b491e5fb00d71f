package vn.gov.ubnd.workflow.reportcycle;

import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;

/** The kinds of report to the People's Council the cycle produces. */
public enum ReportKind {
  /** Báo cáo năm: the year and the programme of the next. */
  ANNUAL,
  /** Báo cáo 6 tháng đầu năm. */
  HALF_YEAR,
  /** Báo cáo chuyên đề (kiểm điểm công tác chỉ đạo, điều hành), with a free title. */
  THEMATIC,
  /** Báo cáo quý: one quarter and the tasks of the next. */
  QUARTERLY;

  /**
   * The kind a process variable names.
   *
   * @throws vn.gov.ubnd.workflow.failures.InvalidProcessDataException saying what to write
   */
  public static ReportKind of(String value) {
    for (ReportKind kind : values()) {
      if (kind.name().equals(value == null ? null : value.trim())) {
        return kind;
      }
    }
    throw new InvalidProcessDataException(
        "Loại báo cáo (reportKind) \""
            + value
            + "\" không hợp lệ: ghi ANNUAL (báo cáo năm), HALF_YEAR (6 tháng), QUARTERLY (quý)"
            + " hoặc THEMATIC (chuyên đề).");
  }
}

package vn.gov.ubnd.workflow.reportcycle;

/** The kinds of report to the People's Council the cycle produces. */
public enum ReportKind {
  /** Báo cáo năm: the year and the programme of the next. */
  ANNUAL,
  /** Báo cáo 6 tháng đầu năm. */
  HALF_YEAR,
  /** Báo cáo chuyên đề, with a free title. */
  THEMATIC
}

package vn.gov.ubnd.workflow.reportcycle;

/** An indicator against its plan, in the words the reports use ("N chỉ tiêu vượt, N đạt …"). */
enum IndicatorAssessment {
  EXCEEDED("Vượt kế hoạch"),
  MET("Đạt kế hoạch"),
  MISSED("Không đạt kế hoạch"),
  /** No plan, no result or no direction: said so, never counted among the three. */
  NOT_ASSESSED("Chưa đánh giá được");

  private final String label;

  IndicatorAssessment(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

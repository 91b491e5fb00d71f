package vn.gov.ubnd.workflow.monthlyreport;

/** Who signs the office's report: the chief, or a deputy for the chief (KT.). */
enum OfficeSigner {
  CHIEF("Chánh Văn phòng ký"),
  DEPUTY("Phó Chánh Văn phòng ký thay (KT.)");

  private final String label;

  OfficeSigner(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

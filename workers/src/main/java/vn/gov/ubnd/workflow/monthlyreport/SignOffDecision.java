package vn.gov.ubnd.workflow.monthlyreport;

/** The office chief's answer to the monthly report, as the sign-off form offers it. */
enum SignOffDecision {
  APPROVED("Ký ban hành"),
  RETURNED("Trả lại để hoàn thiện");

  private final String label;

  SignOffDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

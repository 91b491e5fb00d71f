package vn.gov.ubnd.workflow.accounts;

import java.util.Locale;

/**
 * The realm roles the worker application authorises by; a person gets them through the groups of
 * the realm (one group per Tasklist candidate group), never one by one.
 */
public enum AccountRole {
  /** Văn phòng UBND tỉnh: clerks who run the cycle, the imports and the follow-up. */
  OFFICE("Chuyên viên Văn phòng UBND tỉnh"),
  /** Chánh Văn phòng: reviews the draft. */
  OFFICE_CHIEF("Lãnh đạo Văn phòng UBND tỉnh"),
  /** A department or agency answering sections and directives. */
  DEPARTMENT("Cơ quan, đơn vị"),
  /** A leader of the committee (the chair and the vice-chairs). */
  LEADER("Lãnh đạo UBND tỉnh"),
  /** The chair, who signs the report. */
  CHAIR("Chủ tịch UBND tỉnh"),
  /** Those who watch the instances in Operate and the application's health. */
  MANAGER("Quản lý vận hành"),
  /**
   * The metrics scraper (Prometheus), a client of the realm rather than a person: reads the
   * workers' metrics and nothing else. Given to no group.
   */
  MONITORING("Thu thập số đo vận hành (Prometheus)");

  private final String label;

  AccountRole(String label) {
    this.label = label;
  }

  /** The role's name in the realm and in tokens: office, office-chief, ... */
  public String roleName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String label() {
    return label;
  }
}

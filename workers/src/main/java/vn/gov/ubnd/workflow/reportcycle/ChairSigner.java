package vn.gov.ubnd.workflow.reportcycle;

import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;

/** Who signs the council report, as the sign-off form offers it. */
public enum ChairSigner {
  SELF("Chủ tịch UBND tỉnh ký (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH)"),
  DELEGATE("Giao Phó Chủ tịch ký thay (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)");

  private final String label;

  ChairSigner(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The signer a process variable names; none is the chair. */
  public static ChairSigner of(String value) {
    if (value == null || value.isBlank()) {
      return SELF;
    }
    for (ChairSigner signer : values()) {
      if (signer.name().equals(value.trim())) {
        return signer;
      }
    }
    throw new InvalidProcessDataException(
        "Người ký (signOffSigner) \""
            + value
            + "\" không hợp lệ: ghi SELF (Chủ tịch ký) hoặc DELEGATE (Phó Chủ tịch ký thay).");
  }
}

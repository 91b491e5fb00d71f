package vn.gov.ubnd.workflow.council;

import java.util.Optional;

/**
 * What the Council asked of the committee, besides its resolutions: a voters' petition (kiến nghị
 * cử tri) forwarded by the Standing Committee, or a commitment an official made answering a
 * delegate's question (cam kết tại phiên chất vấn). Both are assigned and tracked like directives.
 */
public enum CouncilItemKind {
  PETITION("Kiến nghị cử tri"),
  COMMITMENT("Cam kết trả lời chất vấn");

  private final String label;

  CouncilItemKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The kind typed: its code or its label, with or without diacritics. */
  public static Optional<CouncilItemKind> parse(String text) {
    return Labels.parse(values(), text, CouncilItemKind::label);
  }
}

package vn.gov.ubnd.workflow.officedocuments;

import java.util.Optional;
import vn.gov.ubnd.workflow.input.OfficeInput;

/** Which book of the office's register a document is in: issued (đi) or received (đến). */
public enum DocumentDirection {
  OUTGOING("Văn bản đi"),
  INCOMING("Văn bản đến");

  private final String label;

  DocumentDirection(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * "đi", "Văn bản đi", "VB đến", "sổ văn bản đến", "OUTGOING": any case, with or without accents.
   */
  public static Optional<DocumentDirection> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    if (text.trim().equalsIgnoreCase(OUTGOING.name())) {
      return Optional.of(OUTGOING);
    }
    if (text.trim().equalsIgnoreCase(INCOMING.name())) {
      return Optional.of(INCOMING);
    }
    String folded = OfficeInput.folded(text).replaceAll("[^a-z ]", " ").trim();
    String last = folded.isEmpty() ? "" : folded.substring(folded.lastIndexOf(' ') + 1);
    return switch (last) {
      case "di" -> Optional.of(OUTGOING);
      case "den" -> Optional.of(INCOMING);
      default -> Optional.empty();
    };
  }
}

package vn.gov.ubnd.workflow.directives;

import java.util.Optional;
import vn.gov.ubnd.workflow.council.CouncilItem;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.input.OfficeInput;

/**
 * The kinds of document a directive comes from, as the office keeps its register by them and the
 * council reports count progress per them.
 */
public enum SourceKind {
  COUNCIL_RESOLUTION("Nghị quyết HĐND tỉnh"),
  PROGRAMME_OR_PLAN("Chương trình, kế hoạch"),
  MEETING_CONCLUSIONS("Thông báo kết luận"),
  DIRECTIVE("Chỉ thị"),
  CENTRAL_GOVERNMENT("Văn bản của Chính phủ, Thủ tướng Chính phủ"),
  COUNCIL_PETITIONS("Văn bản chuyển kiến nghị cử tri của Thường trực HĐND"),
  OTHER("Văn bản khác");

  private final String label;

  SourceKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The kind typed by the office: its code or its label, with or without diacritics. */
  public static Optional<SourceKind> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String typed = OfficeInput.folded(text);
    for (SourceKind kind : values()) {
      if (kind.name().equalsIgnoreCase(text.trim())
          || OfficeInput.folded(kind.label).equals(typed)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * The kind a document's number and symbol say (Decree 30/2020: "12/NQ-HĐND", "45/TB-VPUBND",
   * "03/CT-UBND", "120/KH-UBND", "09/CTr-UBND", "55/NQ-CP", "1234/QĐ-TTg"), or the issuer when it
   * is the Government or the Prime Minister; {@link #OTHER} when neither tells.
   */
  public static SourceKind of(String number, String issuer) {
    String symbol = number == null ? "" : OfficeInput.folded(number).replace(" ", "");
    int slash = symbol.indexOf('/');
    symbol = slash < 0 ? symbol : symbol.substring(slash + 1);
    String issuedBy = issuer == null ? "" : OfficeInput.folded(issuer);
    if (symbol.endsWith("-cp")
        || symbol.endsWith("-ttg")
        || issuedBy.contains("chinh phu")
        || issuedBy.contains("thu tuong")) {
      return CENTRAL_GOVERNMENT;
    }
    if (symbol.startsWith("nq-hdnd")) {
      return COUNCIL_RESOLUTION;
    }
    if (symbol.startsWith("tb-")) {
      return MEETING_CONCLUSIONS;
    }
    if (symbol.startsWith("ct-")) {
      return DIRECTIVE;
    }
    if (symbol.startsWith("kh-") || symbol.startsWith("ctr-")) {
      return PROGRAMME_OR_PLAN;
    }
    return OTHER;
  }

  /**
   * The kind of a petition's or a commitment's document when none is typed: a petition comes with
   * the Standing Committee's forwarding document; a commitment's document (the resolution on
   * questioning, or conclusions) its symbol tells.
   */
  public static SourceKind of(String number, String issuer, CouncilItem councilItem) {
    return councilItem != null && councilItem.kind() == CouncilItemKind.PETITION
        ? COUNCIL_PETITIONS
        : of(number, issuer);
  }
}

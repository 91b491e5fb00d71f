package vn.gov.ubnd.workflow.officedocuments;

import static vn.gov.ubnd.workflow.input.OfficeInput.thousands;
import static vn.gov.ubnd.workflow.input.OfficeInput.vn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The documents of a period in the sentences the reports use: the council reports' "đã ban hành N
 * văn bản, trong đó N văn bản quy phạm pháp luật, N quyết định … và N văn bản khác; tiếp nhận, xử
 * lý N văn bản đến", the monthly report's "tiếp nhận và xử lý N văn bản đến; ban hành N văn bản đi,
 * trong đó …". Kinds in the table's order, those with none left out, the unlisted ones together.
 */
public final class DocumentFlowText {

  private final DocumentKinds kinds;

  public DocumentFlowText(DocumentKinds kinds) {
    this.kinds = kinds;
  }

  /** For a report to the Council: what the committee and its chair issued and received. */
  public String councilSentence(DocumentFlow flow) {
    if (flow.empty()) {
      return notImported(flow);
    }
    return "Từ ngày "
        + vn(flow.from())
        + " đến ngày "
        + vn(flow.to())
        + ", UBND tỉnh, Chủ tịch UBND tỉnh đã ban hành "
        + thousands(flow.issued())
        + " văn bản"
        + breakdown(flow)
        + "; tiếp nhận, xử lý "
        + thousands(flow.received())
        + " văn bản đến.";
  }

  /** For the office's monthly report, as its seed words it. */
  public String monthlySentence(DocumentFlow flow) {
    if (flow.empty()) {
      return notImported(flow);
    }
    return "Trong tháng, Văn phòng đã tiếp nhận và xử lý "
        + thousands(flow.received())
        + " văn bản đến; tham mưu UBND tỉnh, Chủ tịch UBND tỉnh ban hành "
        + thousands(flow.issued())
        + " văn bản đi"
        + breakdown(flow)
        + ".";
  }

  private static String notImported(DocumentFlow flow) {
    return "Sổ văn bản đi, đến từ ngày "
        + vn(flow.from())
        + " đến ngày "
        + vn(flow.to())
        + " chưa được nhập vào hệ thống: nhập tệp xuất từ hệ thống quản lý văn bản điều hành"
        + " (Cổng thông tin, mục \"Nhập danh sách nhiệm vụ\", phần \"Sổ văn bản đi, đến\") để có"
        + " số văn bản ban hành, rồi sửa đoạn này.";
  }

  /** ", trong đó 2 văn bản quy phạm pháp luật, 30 quyết định và 12 văn bản khác", or nothing. */
  String breakdown(DocumentFlow flow) {
    List<String> parts = new ArrayList<>();
    long others = 0;
    for (DocumentKinds.Kind kind : kinds.kinds()) {
      long n = flow.issuedByKind().getOrDefault(kind.code(), 0L);
      if (n == 0) {
        continue;
      }
      if (kind.listed()) {
        parts.add(thousands(n) + " " + kind.name());
      } else {
        others += n;
      }
    }
    long unknown =
        flow.issuedByKind().entrySet().stream()
            .filter(e -> kinds.byCode(e.getKey()).isEmpty())
            .mapToLong(Map.Entry::getValue)
            .sum();
    others += unknown;
    if (others > 0) {
      parts.add(thousands(others) + " văn bản khác");
    }
    if (parts.size() <= 1 && others == flow.issued()) {
      return "";
    }
    String last = parts.remove(parts.size() - 1);
    return ", trong đó " + (parts.isEmpty() ? last : String.join(", ", parts) + " và " + last);
  }
}

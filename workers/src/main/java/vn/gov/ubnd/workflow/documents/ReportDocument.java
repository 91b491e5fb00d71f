package vn.gov.ubnd.workflow.documents;

import java.util.List;

/**
 * Everything printed on a report in the format of Decree 30/2020/NĐ-CP.
 *
 * @param parentBody the line above the issuing body, empty for a provincial committee
 * @param issuingBody "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", printed over two lines
 * @param number "Số: 05/BC-UBND", or "Số: /BC-UBND" on a draft
 * @param placeAndDate "Đồng Nai, ngày 05 tháng 3 năm 2026", or with blanks on a draft
 * @param summary the summary line under "BÁO CÁO"
 * @param opening the paragraph before the first section
 * @param sections the body
 * @param closing the closing line after the body
 * @param recipients the "Nơi nhận" list, the last being "Lưu: VT, …"
 * @param signature who signs and how
 * @param draft a draft carries "DỰ THẢO" and no number or date
 * @param documentType the line above the summary: "BÁO CÁO" or "BÁO CÁO TÓM TẮT"
 */
public record ReportDocument(
    String parentBody,
    String issuingBody,
    String number,
    String placeAndDate,
    String summary,
    String opening,
    List<ReportSection> sections,
    String closing,
    List<String> recipients,
    SignatureBlock signature,
    boolean draft,
    String documentType) {

  public ReportDocument {
    documentType = documentType == null || documentType.isBlank() ? "BÁO CÁO" : documentType;
  }

  /** A report ("BÁO CÁO"). */
  public ReportDocument(
      String parentBody,
      String issuingBody,
      String number,
      String placeAndDate,
      String summary,
      String opening,
      List<ReportSection> sections,
      String closing,
      List<String> recipients,
      SignatureBlock signature,
      boolean draft) {
    this(
        parentBody,
        issuingBody,
        number,
        placeAndDate,
        summary,
        opening,
        sections,
        closing,
        recipients,
        signature,
        draft,
        "BÁO CÁO");
  }

  /**
   * The signature block: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" or, delegated, "TM. ỦY BAN NHÂN DÂN / KT.
   * CHỦ TỊCH / PHÓ CHỦ TỊCH", and the signer's name.
   */
  public record SignatureBlock(List<String> lines, String signerName) {}
}

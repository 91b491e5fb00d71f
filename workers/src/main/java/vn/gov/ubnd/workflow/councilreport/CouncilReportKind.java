package vn.gov.ubnd.workflow.councilreport;

import java.util.List;
import vn.gov.ubnd.workflow.catalog.Province;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.documents.ReportDocument;
import vn.gov.ubnd.workflow.documents.ReportSection;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;

/**
 * The two reports the committee owes the Council on its follow-up before a session: the answers to
 * the voters' petitions, and the carrying out of the resolution on questioning (the answering
 * officials' commitments).
 */
enum CouncilReportKind {
  PETITIONS(
      CouncilItemKind.PETITION,
      "Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri trước và sau ",
      "kiến nghị cử tri"),
  QUESTIONING(
      CouncilItemKind.COMMITMENT,
      "Kết quả thực hiện Nghị quyết về hoạt động chất vấn và trả lời chất vấn tại ",
      "cam kết trả lời chất vấn");

  private final CouncilItemKind items;
  private final String summaryBeforeSession;
  private final String itemsName;

  CouncilReportKind(CouncilItemKind items, String summaryBeforeSession, String itemsName) {
    this.items = items;
    this.summaryBeforeSession = summaryBeforeSession;
    this.itemsName = itemsName;
  }

  /** The tracked items the report counts. */
  public CouncilItemKind items() {
    return items;
  }

  /** The summary line under "BÁO CÁO" for a session. */
  public String summary(String session) {
    return summaryBeforeSession + session;
  }

  /** Where the answer reports go: the Standing Committee, the committees, the delegates. */
  static final List<String> RECIPIENTS =
      List.of(
          "- Thường trực HĐND tỉnh;",
          "- Các Ban của HĐND tỉnh;",
          "- Đại biểu HĐND tỉnh;",
          "- Lưu: VT, TH.");

  /**
   * The report's draft in the Decree 30 frame both kinds share: number and date left for the
   * issuing step, a vice-chair signing for the committee unless the office chooses otherwise.
   */
  ReportDocument draft(
      Province province,
      String session,
      String opening,
      List<ReportSection> sections,
      String closing) {
    return new ReportDocument(
        province.parentBody(),
        province.issuingBody(),
        "Số:        /BC-UBND",
        province.place() + ", ngày      tháng      năm",
        summary(session),
        opening,
        sections,
        closing,
        RECIPIENTS,
        new ReportDocument.SignatureBlock(
            List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), ""),
        true);
  }

  /** "kiến nghị cử tri", as a sentence names them. */
  public String itemsName() {
    return itemsName;
  }

  /** The kind a start form names (councilReportKind). */
  public static CouncilReportKind of(String value) {
    if (value != null) {
      for (CouncilReportKind kind : values()) {
        if (kind.name().equals(value.trim())) {
          return kind;
        }
      }
    }
    throw new InvalidProcessDataException(
        "Loại báo cáo (councilReportKind) \""
            + (value == null ? "" : value)
            + "\" không hợp lệ: chọn PETITIONS (kết quả trả lời kiến nghị cử tri) hoặc QUESTIONING"
            + " (kết quả thực hiện nghị quyết về chất vấn).");
  }
}

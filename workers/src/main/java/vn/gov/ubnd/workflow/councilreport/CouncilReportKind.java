package vn.gov.ubnd.workflow.councilreport;

import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;

/**
 * The two reports the committee owes the Council on its follow-up before a session: the answers to
 * the voters' petitions, and the carrying out of the resolution on questioning (the answering
 * officials' commitments).
 */
public enum CouncilReportKind {
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

package vn.gov.ubnd.workflow.monthlyreport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Leader;
import vn.gov.ubnd.workflow.catalog.Office;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.notify.Notice;
import vn.gov.ubnd.workflow.notify.Notifier;
import vn.gov.ubnd.workflow.notify.Recipient;

/** The issued monthly report mailed to the committee's leaders, the office in copy, once. */
@Service
class MonthlyReportMailing {

  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final Catalog catalog;
  private final MonthlyReportStore reports;
  private final Notifier notifier;

  public MonthlyReportMailing(Catalog catalog, MonthlyReportStore reports, Notifier notifier) {
    this.catalog = catalog;
    this.reports = reports;
    this.notifier = notifier;
  }

  public Notice send(long processInstanceKey, byte[] document) {
    return send(processInstanceKey, Long.toString(processInstanceKey), document);
  }

  /** Mails the issued report once: the notice's id is the report's reference. */
  public Notice send(long processInstanceKey, String reference, byte[] document) {
    MonthlyReport report = reports.require(processInstanceKey);
    if (report.documentNumber() == null) {
      throw new IllegalStateException(
          "the monthly report of instance " + processInstanceKey + " is not issued yet");
    }
    YearMonth month = YearMonth.parse(report.month());
    List<Recipient> leaders =
        catalog.leaders().stream()
            .sorted(Comparator.comparing((Leader l) -> l.role()))
            .map(l -> new Recipient(l.title() + " " + l.name(), l.email()))
            .toList();
    Office office = catalog.office();
    MonthlyFigures f = report.figures();
    Notice notice =
        new Notice(
            "monthly-report:" + reference,
            "MONTHLY_REPORT",
            "Báo cáo số "
                + report.documentNumber()
                + ": công tác chỉ đạo điều hành "
                + MonthlyFiguresText.monthText(month),
            "Văn phòng UBND tỉnh gửi các đồng chí Lãnh đạo UBND tỉnh Báo cáo số "
                + report.documentNumber()
                + " ngày "
                + OfficeInput.vn(LocalDate.parse(report.issuedOn()))
                + " về công tác chỉ đạo điều hành "
                + MonthlyFiguresText.monthText(month)
                + " của UBND tỉnh, Chủ tịch UBND tỉnh (tệp đính kèm).\n\n"
                + MonthlyFiguresText.monthSentence(f)
                + "\n"
                + MonthlyFiguresText.yearSentence(f),
            leaders,
            List.of(new Recipient(office.name(), office.email())),
            "monthly-report",
            List.of(new Notice.Attachment(report.finalDocumentName(), DOCX, document)));
    notifier.send(notice);
    return notice;
  }

  /** The issued report's bytes, to attach. */
}

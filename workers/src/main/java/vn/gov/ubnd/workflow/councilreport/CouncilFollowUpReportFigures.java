package vn.gov.ubnd.workflow.councilreport;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.DirectiveStatistics;
import vn.gov.ubnd.workflow.directives.Shares;
import vn.gov.ubnd.workflow.reportcycle.ReportFigures;
import vn.gov.ubnd.workflow.reportcycle.ReportingPeriod;
import vn.gov.ubnd.workflow.reportcycle.TemplateSection;

/**
 * The voters' petitions received and the commitments made to delegates in the period, for a council
 * report's section on the committee's duties and its coordination with the Council: how many, and
 * where they stand, with shares of the base (withdrawn ones outside it) that add up.
 */
@Component
class CouncilFollowUpReportFigures implements ReportFigures {

  private final SessionItems items;

  public CouncilFollowUpReportFigures(SessionItems items) {
    this.items = items;
  }

  @Override
  public TemplateSection.Source source() {
    return TemplateSection.Source.COUNCIL_FOLLOW_UP;
  }

  @Override
  public String text(ReportingPeriod period, LocalDate asOf, boolean detailsInFootnotes) {
    LocalDate to = asOf.isBefore(period.to()) ? asOf : period.to();
    return petitions(items.itemsAssignedBetween(CouncilItemKind.PETITION, period.from(), to), asOf)
        + "\n"
        + commitments(
            items.itemsAssignedBetween(CouncilItemKind.COMMITMENT, period.from(), to), asOf);
  }

  static String petitions(List<Directive> petitions, LocalDate asOf) {
    if (petitions.isEmpty()) {
      return "Trong kỳ, hệ thống chưa ghi kiến nghị cử tri nào do Thường trực HĐND tỉnh chuyển"
          + " đến.";
    }
    Map<PetitionOutcome, Integer> c = PetitionFigures.zero();
    petitions.forEach(p -> c.merge(PetitionOutcome.of(p, asOf), 1, Integer::sum));
    int withdrawn = c.get(PetitionOutcome.WITHDRAWN);
    int unanswered = c.get(PetitionOutcome.UNANSWERED) + c.get(PetitionOutcome.UNANSWERED_OVERDUE);
    int base = petitions.size() - withdrawn;
    List<DirectiveStatistics.Share> s =
        Shares.of(
            base,
            c.get(PetitionOutcome.RESOLVED),
            c.get(PetitionOutcome.IN_PROGRESS),
            c.get(PetitionOutcome.EXPLAINED),
            c.get(PetitionOutcome.NOT_RESOLVABLE),
            unanswered);
    return "Chủ tịch UBND tỉnh và từng thành viên UBND tỉnh đã xem xét, trả lời các kiến nghị của"
        + " cử tri do Thường trực HĐND tỉnh chuyển đến: trong kỳ tiếp nhận "
        + petitions.size()
        + " kiến nghị"
        + (withdrawn > 0 ? " (" + withdrawn + " kiến nghị không phải giải quyết)" : "")
        + ", trong đó "
        + s.get(0).count()
        + " kiến nghị đã giải quyết xong ("
        + s.get(0).percentText()
        + "), "
        + s.get(1).count()
        + " kiến nghị đang giải quyết ("
        + s.get(1).percentText()
        + "), "
        + s.get(2).count()
        + " kiến nghị đã giải trình, cung cấp thông tin ("
        + s.get(2).percentText()
        + "), "
        + s.get(3).count()
        + " kiến nghị chưa giải quyết được ("
        + s.get(3).percentText()
        + ") và "
        + unanswered
        + " kiến nghị chưa trả lời ("
        + s.get(4).percentText()
        + (c.get(PetitionOutcome.UNANSWERED_OVERDUE) > 0
            ? ", trong đó " + c.get(PetitionOutcome.UNANSWERED_OVERDUE) + " kiến nghị đã quá hạn"
            : "")
        + ").";
  }

  static String commitments(List<Directive> commitments, LocalDate asOf) {
    if (commitments.isEmpty()) {
      return "Trong kỳ, hệ thống chưa ghi cam kết nào khi trả lời chất vấn của đại biểu HĐND"
          + " tỉnh.";
    }
    Map<CommitmentOutcome, Integer> c = CommitmentFigures.zero();
    commitments.forEach(d -> c.merge(CommitmentOutcome.of(d, asOf), 1, Integer::sum));
    int done = c.get(CommitmentOutcome.DONE_ON_TIME) + c.get(CommitmentOutcome.DONE_LATE);
    int base = commitments.size() - c.get(CommitmentOutcome.WITHDRAWN);
    List<DirectiveStatistics.Share> s =
        Shares.of(
            base, done, c.get(CommitmentOutcome.IN_PROGRESS), c.get(CommitmentOutcome.OVERDUE));
    return "Khi trả lời chất vấn của đại biểu HĐND tỉnh, các thành viên UBND tỉnh đã cam kết "
        + commitments.size()
        + " nội dung: "
        + done
        + " nội dung đã hoàn thành ("
        + s.get(0).percentText()
        + "), "
        + s.get(1).count()
        + " nội dung đang thực hiện trong hạn ("
        + s.get(1).percentText()
        + "), "
        + s.get(2).count()
        + " nội dung quá hạn chưa hoàn thành ("
        + s.get(2).percentText()
        + ").";
  }
}

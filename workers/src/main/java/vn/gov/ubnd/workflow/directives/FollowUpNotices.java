package vn.gov.ubnd.workflow.directives;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Department;
import vn.gov.ubnd.workflow.catalog.Leader;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.notify.Notice;
import vn.gov.ubnd.workflow.notify.Recipient;

/** Who a ladder step goes to and what it says (pure: the catalog in, the notice out). */
final class FollowUpNotices {

  private final Catalog catalog;

  FollowUpNotices(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Whom a step reaches.
   *
   * @param to the main recipient
   * @param cc in copy
   * @param candidateGroup the recipient's Tasklist group, for a decision task
   */
  record Addressees(Recipient to, List<Recipient> cc, String candidateGroup) {}

  /** The agency's head first; the leader in charge, then the chair, as the ladder climbs. */
  Addressees addressees(Directive directive, PlannedFollowUp step) {
    Department agency = catalog.department(directive.leadAgency()).orElseThrow();
    Recipient agencyHead = new Recipient(agency.headTitle(), agency.email());
    Recipient office = new Recipient(catalog.office().name(), catalog.office().email());
    List<Recipient> cc = new ArrayList<>();
    return switch (step.recipient()) {
      case "LEAD_AGENCY" -> {
        // The coordinating agencies hear of it too: their part is late with the lead's.
        cc.addAll(coordinating(directive));
        cc.add(office);
        yield new Addressees(agencyHead, cc, agency.candidateGroup());
      }
      case "LEADER_IN_CHARGE" -> {
        Leader inCharge = catalog.leader(directive.leaderInCharge()).orElseThrow();
        cc.add(agencyHead);
        cc.add(office);
        yield new Addressees(leader(inCharge), cc, inCharge.candidateGroup());
      }
      case "CHAIR" -> {
        Leader chair = catalog.chair();
        cc.add(agencyHead);
        cc.add(office);
        yield new Addressees(leader(chair), cc, chair.candidateGroup());
      }
      default ->
          throw new InvalidProcessDataException(
              "bậc đôn đốc "
                  + step.code()
                  + " có người nhận không biết: "
                  + step.recipient()
                  + " (sửa bảng quyết định escalation-ladder: LEAD_AGENCY, LEADER_IN_CHARGE hoặc"
                  + " CHAIR)");
    };
  }

  private List<Recipient> coordinating(Directive directive) {
    return directive.coordinatingAgencies().stream()
        .map(code -> catalog.department(code).orElse(null))
        .filter(Objects::nonNull)
        .map(d -> new Recipient(d.headTitle(), d.email()))
        .toList();
  }

  private String coordinatingNames(Directive directive) {
    return String.join(
        ", ",
        directive.coordinatingAgencies().stream()
            .map(code -> catalog.department(code).map(Department::name).orElse(code))
            .toList());
  }

  private static Recipient leader(Leader leader) {
    return new Recipient(leader.title() + " " + leader.name(), leader.email());
  }

  private static String petitionRequest(boolean overdue) {
    return overdue
        ? "Kiến nghị đã quá thời hạn trả lời mà chưa có câu trả lời. Đề nghị khẩn trương giải quyết,"
            + " trả lời cử tri và gửi Văn phòng UBND tỉnh.\n"
        : "Kiến nghị sắp đến hạn trả lời. Đề nghị đơn vị chủ trì trả lời cử tri đúng thời hạn.\n";
  }

  private static String directiveRequest(boolean overdue, String what) {
    return overdue
        ? what
            + " đã quá thời hạn mà chưa được báo cáo hoàn thành. Đề nghị khẩn trương thực hiện và"
            + " báo cáo kết quả.\n"
        : what + " sắp đến hạn. Đề nghị đơn vị chủ trì hoàn thành và báo cáo đúng thời hạn.\n";
  }

  /** The reminder or the overdue notice of a step; its id makes a retried step send nothing new. */
  Notice notice(Directive directive, PlannedFollowUp step, Addressees addressees, long stepKey) {
    boolean overdueStep = step.level() >= 1;
    String deadlineText =
        directive.deadline() == null ? "không có" : OfficeInput.vn(directive.deadline());
    boolean petition =
        directive.councilItem() != null
            && directive.councilItem().kind() == CouncilItemKind.PETITION;
    String what =
        directive.councilItem() == null ? "Nhiệm vụ" : directive.councilItem().kind().label();
    String subject =
        (overdueStep ? "[Quá hạn] " : "[Nhắc việc] ")
            + step.name()
            + ": "
            + (directive.councilItem() == null ? "" : what + ": ")
            + directive.title();
    String body =
        what
            + ": "
            + directive.title()
            + " (số hiệu "
            + directive.directiveId()
            + ")\n"
            + "Đơn vị chủ trì: "
            + directive.leadAgencyName()
            + "\n"
            + (directive.coordinatingAgencies().isEmpty()
                ? ""
                : "Đơn vị phối hợp: " + coordinatingNames(directive) + "\n")
            + "Thời hạn: "
            + deadlineText
            + "\n"
            + (petition ? petitionRequest(overdueStep) : directiveRequest(overdueStep, what))
            + (directive.coordinatingAgencies().isEmpty() || !"LEAD_AGENCY".equals(step.recipient())
                ? ""
                : "Đơn vị phối hợp nhận thông báo này để biết và phối hợp: gửi ý kiến, số liệu cho"
                    + " đơn vị chủ trì trên Cổng xử lý công việc; đơn vị chủ trì báo cáo kết quả.\n")
            + "Văn phòng UBND tỉnh theo dõi, đôn đốc.";
    String noticeId =
        directive.directiveId() + ":follow-up:" + step.level() + ":" + deadlineText + ":" + stepKey;
    return new Notice(
        noticeId,
        step.code(),
        subject,
        body,
        List.of(addressees.to()),
        addressees.cc(),
        directive.directiveId());
  }
}

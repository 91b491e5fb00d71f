package vn.gov.ubnd.workflow.councilreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.council.AnswerCategory;
import vn.gov.ubnd.workflow.council.CouncilItem;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.council.RoundTiming;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.testing.TestDirective;

/** The council reports' sentences on petitions and commitments, figures counted by hand. */
class CouncilFollowUpReportFiguresTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

  private static CouncilItem item(CouncilItemKind kind) {
    return CouncilItem.registered(
        kind, "Kỳ họp thứ 12", RoundTiming.AFTER_SESSION, null, null, null, null, null);
  }

  private static List<Directive> petitions(
      int resolved,
      int inProgress,
      int explained,
      int notResolvable,
      int open,
      int overdue,
      int withdrawn) {
    List<Directive> list = new ArrayList<>();
    int[] n = {0};
    Supplier<TestDirective> next =
        () -> TestDirective.of("KN-" + ++n[0]).deadline(TODAY.plusDays(10));
    for (int i = 0; i < resolved; i++) {
      list.add(
          next.get()
              .councilItem(item(CouncilItemKind.PETITION).answered(AnswerCategory.RESOLVED))
              .completedOn(TODAY));
    }
    for (int i = 0; i < inProgress; i++) {
      list.add(
          next.get()
              .councilItem(item(CouncilItemKind.PETITION).answered(AnswerCategory.IN_PROGRESS))
              .completedOn(TODAY));
    }
    for (int i = 0; i < explained; i++) {
      list.add(
          next.get()
              .councilItem(item(CouncilItemKind.PETITION).answered(AnswerCategory.EXPLAINED))
              .completedOn(TODAY));
    }
    for (int i = 0; i < notResolvable; i++) {
      list.add(
          next.get()
              .councilItem(item(CouncilItemKind.PETITION).answered(AnswerCategory.NOT_RESOLVABLE))
              .completedOn(TODAY));
    }
    for (int i = 0; i < open; i++) {
      list.add(next.get().councilItem(item(CouncilItemKind.PETITION)).inProgress());
    }
    for (int i = 0; i < overdue; i++) {
      list.add(
          TestDirective.of("KN-" + ++n[0])
              .deadline(TODAY.minusDays(3))
              .councilItem(item(CouncilItemKind.PETITION))
              .inProgress());
    }
    for (int i = 0; i < withdrawn; i++) {
      list.add(next.get().councilItem(item(CouncilItemKind.PETITION)).withdrawnOn(TODAY));
    }
    return list;
  }

  @Test
  void petitionsByAnswerWithSharesThatAddUp() {
    // 120 received, 2 withdrawn: base 118. In tenths of a percent 80, 25, 7, 3 and 3 of 118 are
    // 677,97 / 211,86 / 59,32 / 25,42 / 25,42: cut, they make 997; the three tenths missing go to
    // the largest remainders (0,97, 0,86, then the earlier of the two 0,42).
    String text = CouncilFollowUpReportFigures.petitions(petitions(80, 25, 7, 3, 1, 2, 2), TODAY);
    assertThat(text)
        .isEqualTo(
            "Chủ tịch UBND tỉnh và từng thành viên UBND tỉnh đã xem xét, trả lời các kiến nghị của"
                + " cử tri do Thường trực HĐND tỉnh chuyển đến: trong kỳ tiếp nhận 120 kiến nghị (2"
                + " kiến nghị không phải giải quyết), trong đó 80 kiến nghị đã giải quyết xong"
                + " (67,8%), 25 kiến nghị đang giải quyết (21,2%), 7 kiến nghị đã giải trình, cung"
                + " cấp thông tin (5,9%), 3 kiến nghị chưa giải quyết được (2,6%) và 3 kiến nghị"
                + " chưa trả lời (2,5%, trong đó 2 kiến nghị đã quá hạn).");
  }

  @Test
  void noPetitionOrCommitmentIsSaid() {
    assertThat(CouncilFollowUpReportFigures.petitions(List.of(), TODAY))
        .startsWith("Trong kỳ, hệ thống chưa ghi kiến nghị cử tri nào");
    assertThat(CouncilFollowUpReportFigures.commitments(List.of(), TODAY))
        .startsWith("Trong kỳ, hệ thống chưa ghi cam kết nào");
  }

  @Test
  void commitmentsDoneInProgressAndOverdue() {
    List<Directive> list = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      list.add(
          TestDirective.of("CK-" + i)
              .deadline(TODAY.plusDays(5))
              .councilItem(item(CouncilItemKind.COMMITMENT))
              .completedOn(TODAY));
    }
    list.add(
        TestDirective.of("CK-8")
            .deadline(TODAY.plusDays(5))
            .councilItem(item(CouncilItemKind.COMMITMENT))
            .inProgress());
    list.add(
        TestDirective.of("CK-9")
            .deadline(TODAY.minusDays(5))
            .councilItem(item(CouncilItemKind.COMMITMENT))
            .inProgress());
    // 5 commitments: 3 done (60,0%), 1 in progress (20,0%), 1 overdue (20,0%)
    assertThat(CouncilFollowUpReportFigures.commitments(list, TODAY))
        .isEqualTo(
            "Khi trả lời chất vấn của đại biểu HĐND tỉnh, các thành viên UBND tỉnh đã cam kết 5"
                + " nội dung: 3 nội dung đã hoàn thành (60,0%), 1 nội dung đang thực hiện trong hạn"
                + " (20,0%), 1 nội dung quá hạn chưa hoàn thành (20,0%).");
  }
}

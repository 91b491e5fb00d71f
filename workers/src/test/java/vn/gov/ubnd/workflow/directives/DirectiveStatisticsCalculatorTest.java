package vn.gov.ubnd.workflow.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.council.CouncilItem;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.council.RoundTiming;
import vn.gov.ubnd.workflow.testing.TestDirective;

class DirectiveStatisticsCalculatorTest {

  private final DirectiveStatisticsCalculator calculator =
      new DirectiveStatisticsCalculator(new WorkingDayCalendar(List.of()));
  private static final LocalDate FROM = LocalDate.parse("2022-04-01");
  private static final LocalDate TO = LocalDate.parse("2022-04-30");
  private static final LocalDate AS_OF = LocalDate.parse("2022-04-28");

  private int seq;

  private Directive directive(
      String agency, LocalDate deadline, Directive.Status status, LocalDate closedOn) {
    seq++;
    TestDirective d =
        TestDirective.of("NV-" + seq)
            .agency(agency)
            .leader("PCT-KT", "Phó Chủ tịch")
            .assignedOn(LocalDate.parse("2022-04-05"))
            .deadline(deadline);
    return switch (status) {
      case COMPLETED -> d.completedOn(closedOn);
      case WITHDRAWN -> d.withdrawnOn(closedOn);
      case IN_PROGRESS -> d.inProgress();
    };
  }

  @Test
  void theSeedsAprilFigures() {
    // Cao Bằng, April 2022: 338 assigned; 198 done (58,6%), 78 in progress (23,1%), 62 overdue
    // (18,3%).
    List<Directive> all = new ArrayList<>();
    LocalDate due = LocalDate.parse("2022-04-20");
    for (int i = 0; i < 150; i++)
      all.add(directive("STC", due, Directive.Status.COMPLETED, LocalDate.parse("2022-04-15")));
    for (int i = 0; i < 48; i++)
      all.add(directive("SXD", due, Directive.Status.COMPLETED, LocalDate.parse("2022-04-25")));
    for (int i = 0; i < 70; i++)
      all.add(directive("SYT", LocalDate.parse("2022-05-10"), Directive.Status.IN_PROGRESS, null));
    for (int i = 0; i < 8; i++) all.add(directive("SYT", null, Directive.Status.IN_PROGRESS, null));
    for (int i = 0; i < 62; i++) all.add(directive("SCT", due, Directive.Status.IN_PROGRESS, null));

    DirectiveStatistics stats = calculator.compute(all, FROM, TO, AS_OF);

    assertThat(stats.assigned()).isEqualTo(338);
    assertThat(stats.completedOnTime()).isEqualTo(150);
    assertThat(stats.completedLate()).isEqualTo(48);
    assertThat(stats.inProgressWithinDeadline()).isEqualTo(70);
    assertThat(stats.inProgressWithoutDeadline()).isEqualTo(8);
    assertThat(stats.overdue()).isEqualTo(62);
    assertThat(stats.summary().base()).isEqualTo(338);
    assertThat(stats.summary().done().percentText()).isEqualTo("58,6%");
    assertThat(stats.summary().inProgress().percentText()).isEqualTo("23,1%");
    assertThat(stats.summary().overdue().percentText()).isEqualTo("18,3%");
    assertThat(stats.summary().sentence())
        .isEqualTo(
            "Trong tháng 4 năm 2022, UBND tỉnh, Chủ tịch UBND tỉnh đã giao 338 nhiệm vụ cho các cơ"
                + " quan, đơn vị, địa phương. Kết quả thực hiện cụ thể như sau: có 198 nhiệm vụ đã"
                + " hoàn thành (58,6%), 78 nhiệm vụ đang thực hiện (chiếm 23,1%), 62 nhiệm vụ quá"
                + " hạn (chiếm 18,3%).");
    assertThat(stats.byAgency())
        .extracting(DirectiveStatistics.GroupCounts::code)
        .containsExactly("SCT", "STC", "SXD", "SYT");
    assertThat(stats.byAgency().get(0).overdue()).isEqualTo(62);
    assertThat(stats.oldestOverdue()).hasSize(62);
    assertThat(stats.oldestOverdue().get(0).workingDaysOverdue()).isEqualTo(6);
  }

  @Test
  void votersPetitionsAndCommitmentsAreNotCountedAsTheCommitteesDirectives() {
    Directive directive =
        TestDirective.of("NV-1")
            .assignedOn(LocalDate.parse("2022-04-05"))
            .deadline(LocalDate.parse("2022-04-20"))
            .inState("P", null);
    Directive petition =
        TestDirective.of("KN-1")
            .assignedOn(LocalDate.parse("2022-04-05"))
            .deadline(LocalDate.parse("2022-04-20"))
            .councilItem(
                CouncilItem.registered(
                    CouncilItemKind.PETITION,
                    "Kỳ họp thứ 5",
                    RoundTiming.BEFORE_SESSION,
                    null,
                    "KTNS",
                    "Kinh tế - Ngân sách",
                    null,
                    null))
            .inState("P", null);
    assertThat(calculator.compute(List.of(directive, petition), FROM, TO, AS_OF).assigned())
        .isEqualTo(1);
  }

  @Test
  void withdrawnDirectivesAreOutsideTheBaseAndTheBaseIsStated() {
    List<Directive> all =
        List.of(
            directive(
                "STC",
                LocalDate.parse("2022-04-20"),
                Directive.Status.COMPLETED,
                LocalDate.parse("2022-04-10")),
            directive(
                "STC",
                LocalDate.parse("2022-04-20"),
                Directive.Status.WITHDRAWN,
                LocalDate.parse("2022-04-12")),
            directive(
                "STC",
                LocalDate.parse("2022-04-20"),
                Directive.Status.WITHDRAWN,
                LocalDate.parse("2022-04-12")),
            directive("STC", LocalDate.parse("2022-04-26"), Directive.Status.IN_PROGRESS, null));
    DirectiveStatistics stats = calculator.compute(all, FROM, TO, AS_OF);
    assertThat(stats.withdrawn()).isEqualTo(2);
    assertThat(stats.summary().base()).isEqualTo(2);
    assertThat(stats.summary().baseDescription()).contains("không kể 2 nhiệm vụ thôi thực hiện");
    assertThat(stats.summary().done().percentText()).isEqualTo("50,0%");
    assertThat(stats.summary().overdue().percentText()).isEqualTo("50,0%");
    assertThat(stats.summary().sentence()).contains("(trong đó có 2 nhiệm vụ thôi thực hiện)");
  }

  @Test
  void statusIsTakenAsOfTheGivenDay() {
    Directive doneLater =
        directive(
            "STC",
            LocalDate.parse("2022-04-20"),
            Directive.Status.COMPLETED,
            LocalDate.parse("2022-05-03"));
    assertThat(calculator.compute(List.of(doneLater), FROM, TO, AS_OF).overdue()).isEqualTo(1);
    DirectiveStatistics later =
        calculator.compute(List.of(doneLater), FROM, TO, LocalDate.parse("2022-05-05"));
    assertThat(later.completedLate()).isEqualTo(1);
    assertThat(later.overdue()).isZero();
  }

  @Test
  void anyOtherPeriodIsWrittenWithItsDates() {
    assertThat(
            DirectiveStatisticsAssembly.periodPhrase(
                LocalDate.parse("2022-01-01"), LocalDate.parse("2022-04-30")))
        .isEqualTo("Từ ngày 01/01/2022 đến ngày 30/04/2022");
  }

  @ParameterizedTest(name = "{0}/{1} = {2}")
  @CsvSource({
    "1, 8, 12.5, '12,5%'",
    "1, 16, 6.3, '6,3%'", // 6,25 rounds half up
    "3, 80, 3.8, '3,8%'", // 3,75
    "1, 40, 2.5, '2,5%'",
    "1, 3, 33.3, '33,3%'",
    "2, 3, 66.7, '66,7%'",
    "0, 5, 0.0, '0,0%'",
    "5, 5, 100.0, '100,0%'"
  })
  void roundingAtTheHalfIsUpAndExact(int count, int base, String percent, String text) {
    DirectiveStatistics.Share share = Shares.of(base, count, base - count).get(0);
    assertThat(share.percent()).isEqualByComparingTo(new BigDecimal(percent));
    assertThat(share.percentText()).isEqualTo(text);
  }

  @Test
  void seed004sYearToDateLinePrintsSharesThatAddUp() {
    // The hand-made report printed 571 of 912 as "56,7%" beside 9,9% and 27,5%.
    assertThat(Shares.of(912, 571, 90, 251))
        .extracting(DirectiveStatistics.Share::percentText)
        .containsExactly("62,6%", "9,9%", "27,5%");
  }

  @Test
  void sharesThatRoundedAloneWouldNotAddUpAreMadeWholeByTheLargestRemainder() {
    // Rounded alone: 33,3% three times, 99,9% in all. The tenth goes to the first of the tie.
    assertThat(Shares.of(3, 1, 1, 1))
        .extracting(DirectiveStatistics.Share::percentText)
        .containsExactly("33,4%", "33,3%", "33,3%");
    // Rounded alone: 14,3% + 14,3% + 71,4% = 100,0%; 85,7% and 14,3% for two of seven.
    assertThat(Shares.of(7, 1, 1, 5))
        .extracting(DirectiveStatistics.Share::percentText)
        .containsExactly("14,3%", "14,3%", "71,4%");
    // Rounded alone, 16,7% six times is 100,2%: cut to 16,6% each, the four tenths missing go to
    // the first four (equal remainders).
    assertThat(Shares.of(6, 1, 1, 1, 1, 1, 1))
        .extracting(DirectiveStatistics.Share::percentText)
        .containsExactly("16,7%", "16,7%", "16,7%", "16,7%", "16,6%", "16,6%");
  }

  @Test
  void anEmptyBaseHasNoPercentage() {
    assertThat(Shares.of(0, 0, 0, 0)).allSatisfy(share -> assertThat(share.percent()).isNull());
  }
}

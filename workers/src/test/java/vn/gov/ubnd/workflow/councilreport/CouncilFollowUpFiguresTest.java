package vn.gov.ubnd.workflow.councilreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.council.AnswerCategory;
import vn.gov.ubnd.workflow.council.CouncilItem;
import vn.gov.ubnd.workflow.council.CouncilItemKind;
import vn.gov.ubnd.workflow.council.RoundTiming;
import vn.gov.ubnd.workflow.testing.TestDirective;

/** The dashboard's petitions and commitments by state on the day; directives left out. */
class CouncilFollowUpFiguresTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

  private static CouncilItem item(CouncilItemKind kind) {
    return CouncilItem.registered(
        kind, "Kỳ họp thứ 12", RoundTiming.AFTER_SESSION, null, null, null, null, null);
  }

  @Test
  void eachKindIsCountedByStateWithTheCarriedOverAmongTheOpen() {
    LocalDate past = TODAY.minusDays(1);
    var list =
        List.of(
            TestDirective.of("KN-1")
                .deadline(past)
                .councilItem(item(CouncilItemKind.PETITION))
                .inProgress(),
            TestDirective.of("KN-2")
                .deadline(TODAY)
                .councilItem(item(CouncilItemKind.PETITION).carriedOver("Lộ trình", TODAY))
                .inProgress(),
            TestDirective.of("KN-3")
                .deadline(past)
                .councilItem(item(CouncilItemKind.PETITION).answered(AnswerCategory.RESOLVED))
                .completedOn(past),
            TestDirective.of("CK-1")
                .councilItem(item(CouncilItemKind.COMMITMENT))
                .withdrawnOn(past),
            TestDirective.of("NV-1").deadline(past).inProgress());

    assertThat(CouncilFollowUpFigures.counted(list, TODAY))
        .containsExactly(
            new CouncilFollowUpFigures(CouncilItemKind.PETITION, "Kiến nghị cử tri", 1, 1, 1, 1, 0),
            new CouncilFollowUpFigures(
                CouncilItemKind.COMMITMENT, "Cam kết trả lời chất vấn", 0, 0, 0, 0, 1));
  }
}

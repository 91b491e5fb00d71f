package vn.gov.ubnd.workflow.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;

class FollowUpPlannerTest {

  private final FollowUpPlanner planner = new FollowUpPlanner(new WorkingDayCalendar(List.of()));
  private final List<LadderStep> ladder =
      List.of(
          new LadderStep(2, "LEADER_IN_CHARGE", 5, "LEADER_IN_CHARGE", true),
          new LadderStep(0, "REMINDER", -3, "LEAD_AGENCY", false),
          new LadderStep(1, "OVERDUE", 0, "LEAD_AGENCY", false),
          new LadderStep(3, "CHAIR", 10, "CHAIR", true));

  @Test
  void datesFollowTheWorkingDayCalendar() {
    // Deadline Monday 23/2/2026, just after Tết: the reminder three working days before falls
    // on Wednesday 11/2, before the holiday.
    LocalDate deadline = LocalDate.parse("2026-02-23");
    List<PlannedFollowUp> plan =
        planner.plan(deadline, ladder, false, OffsetDateTime.parse("2026-02-01T08:00:00+07:00"));
    assertThat(plan)
        .extracting(PlannedFollowUp::code)
        .containsExactly("REMINDER", "OVERDUE", "LEADER_IN_CHARGE", "CHAIR");
    assertThat(plan)
        .extracting(PlannedFollowUp::at)
        .containsExactly(
            "2026-02-11T08:00+07:00",
            "2026-02-24T00:00+07:00",
            "2026-03-02T08:00+07:00",
            "2026-03-09T08:00+07:00");
    assertThat(plan.get(0).name()).isEqualTo("Nhắc việc");
  }

  @Test
  void aReminderWhoseTimeHasPassedIsDroppedButOverdueStepsStay() {
    LocalDate deadline = LocalDate.parse("2026-03-02");
    List<PlannedFollowUp> plan =
        planner.plan(deadline, ladder, false, OffsetDateTime.parse("2026-03-10T10:00:00+07:00"));
    assertThat(plan)
        .extracting(PlannedFollowUp::code)
        .containsExactly("OVERDUE", "LEADER_IN_CHARGE", "CHAIR");
  }

  @Test
  void aDirectiveTheChairFollowsHimselfSkipsTheLeaderInChargeRung() {
    List<PlannedFollowUp> plan =
        planner.plan(
            LocalDate.parse("2026-06-01"),
            ladder,
            true,
            OffsetDateTime.parse("2026-05-01T08:00:00+07:00"));
    assertThat(plan)
        .extracting(PlannedFollowUp::code)
        .containsExactly("REMINDER", "OVERDUE", "CHAIR");
  }
}

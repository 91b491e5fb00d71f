package vn.gov.ubnd.workflow.directives;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.api.response.EvaluateDecisionResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.ubnd.workflow.testing.ProcessTest;

/**
 * The escalation ladder (processes/escalation-ladder.dmn) at the edges of its reminder bands, as
 * the engine evaluates it: the office edits this table, and a band moved by one day must show here.
 */
class EscalationLadderDecisionTest extends ProcessTest {

  @ParameterizedTest(name = "{0} working days allowed: reminder {1} working day(s) before")
  @CsvSource({"1, -1", "5, -1", "6, -3", "20, -3", "21, -5", "120, -5"})
  void theReminderComesEarlierForALongerDeadline(int workingDaysAllowed, int reminderOffset)
      throws Exception {
    EvaluateDecisionResponse answer =
        client
            .newEvaluateDecisionCommand()
            .decisionId("escalation-ladder")
            .variables(Map.of("workingDaysAllowed", workingDaysAllowed))
            .send()
            .join();

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> steps =
        new ObjectMapper().readValue(answer.getDecisionOutput(), List.class);
    assertThat(steps)
        .extracting(step -> step.get("code"))
        .containsExactly("REMINDER", "OVERDUE", "LEADER_IN_CHARGE", "CHAIR");
    assertThat(steps.get(0))
        .containsEntry("offsetWorkingDays", reminderOffset)
        .containsEntry("recipient", "LEAD_AGENCY")
        .containsEntry("needsDecision", false);
    assertThat(steps)
        .extracting(step -> step.get("offsetWorkingDays"))
        .containsExactly(reminderOffset, 0, 5, 10);
  }
}

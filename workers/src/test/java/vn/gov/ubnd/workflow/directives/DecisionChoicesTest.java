package vn.gov.ubnd.workflow.directives;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.reportcycle.ChairSigner;
import vn.gov.ubnd.workflow.testing.FormChoices;

/** The decisions the workers know are exactly the choices the forms offer, in the same words. */
class DecisionChoicesTest {

  @Test
  void extensionAnswersMatchTheExtensionReviewForm() throws Exception {
    assertThat(FormChoices.of("directive-extension-review", "extensionDecision"))
        .containsExactlyEntriesOf(
            FormChoices.labels(ExtensionAnswer.values(), ExtensionAnswer::label));
  }

  @Test
  void leaderDirectionsMatchTheOverdueDirectionForm() throws Exception {
    assertThat(FormChoices.of("directive-overdue-direction", "leaderDirection"))
        .containsExactlyEntriesOf(
            FormChoices.labels(LeaderDirectionChoice.values(), LeaderDirectionChoice::label));
  }

  @Test
  void theChairsSignersMatchTheSignOffForm() throws Exception {
    assertThat(FormChoices.of("report-sign-off", "signOffSigner"))
        .containsExactlyEntriesOf(FormChoices.labels(ChairSigner.values(), ChairSigner::label));
  }

  @Test
  void anythingElseIsNoChoice() {
    assertThat(ExtensionAnswer.of("approved")).isEmpty();
    assertThat(ExtensionAnswer.of(null)).isEmpty();
    assertThat(LeaderDirectionChoice.of("DELEGATE")).isEmpty();
  }
}

package vn.gov.ubnd.workflow.monthlyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;
import vn.gov.ubnd.workflow.testing.FormChoices;

/** The sign-off's choices the workers know are those the form offers, in the same words. */
class MonthlyReportChoicesTest {

  @Test
  void decisionsAndSignersMatchTheSignOffForm() throws Exception {
    assertThat(FormChoices.of("monthly-report-sign-off", "signOffDecision"))
        .containsExactlyEntriesOf(
            FormChoices.labels(SignOffDecision.values(), SignOffDecision::label));
    assertThat(FormChoices.of("monthly-report-sign-off", "signer"))
        .containsExactlyEntriesOf(FormChoices.labels(OfficeSigner.values(), OfficeSigner::label));
  }

  @Test
  void anUnknownSignerIsRefusedInVietnamese() {
    assertThat(MonthlyReportIssueWorker.signer(null)).isEqualTo(OfficeSigner.CHIEF);
    assertThat(MonthlyReportIssueWorker.signer("DEPUTY")).isEqualTo(OfficeSigner.DEPUTY);
    assertThatThrownBy(() -> MonthlyReportIssueWorker.signer("SELF"))
        .isInstanceOf(InvalidProcessDataException.class)
        .hasMessageContaining("Người ký (signer) \"SELF\" không hợp lệ");
  }
}

package vn.gov.ubnd.workflow.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Sample data outside the local stack stops the start with one message saying what to provide. */
public class SampleDataFailureAnalyzer extends AbstractFailureAnalyzer<SampleDataRefusedException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SampleDataRefusedException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Put the province's own catalog.yaml, report-templates.yaml, document-kinds.yaml and"
            + " calendar/declared-days.yaml in a folder and name it in UBND_DATA_FOLDER (start from"
            + " the samples in workers/src/main/resources/data/); see the README, Province data.",
        cause);
  }
}

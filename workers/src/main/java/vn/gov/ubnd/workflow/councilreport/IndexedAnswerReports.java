package vn.gov.ubnd.workflow.councilreport;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.search.SearchClient;

/** Answer reports in the index {@code council-answer-reports}, one document per instance. */
@Component
class IndexedAnswerReports implements AnswerReportStore {

  static final String INDEX = "council-answer-reports";

  private final SearchClient search;

  public IndexedAnswerReports(SearchClient search) {
    this.search = search;
  }

  private void ensure() {
    search.ensureIndexFromResource(INDEX, "search/council-answer-reports.json");
  }

  @Override
  public Optional<AnswerReport> find(long processInstanceKey) {
    ensure();
    return search
        .get(INDEX, Long.toString(processInstanceKey))
        .map(doc -> search.read(doc.source(), AnswerReport.class));
  }

  @Override
  public void save(AnswerReport report) {
    ensure();
    search.put(INDEX, Long.toString(report.processInstanceKey()), report);
  }
}

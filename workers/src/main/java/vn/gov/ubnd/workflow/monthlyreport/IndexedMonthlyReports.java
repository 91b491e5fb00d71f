package vn.gov.ubnd.workflow.monthlyreport;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.search.Query;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.SearchRequest;
import vn.gov.ubnd.workflow.search.Sort;

/** Monthly reports in the index {@code monthly-reports}, one document per process instance. */
@Component
class IndexedMonthlyReports implements MonthlyReportStore {

  static final String INDEX = "monthly-reports";

  private final SearchClient search;

  public IndexedMonthlyReports(SearchClient search) {
    this.search = search;
  }

  private void ensure() {
    search.ensureIndexFromResource(INDEX, "search/monthly-reports.json");
  }

  @Override
  public Optional<MonthlyReport> find(long processInstanceKey) {
    ensure();
    return search
        .get(INDEX, Long.toString(processInstanceKey))
        .map(doc -> search.read(doc.source(), MonthlyReport.class));
  }

  @Override
  public void save(MonthlyReport report) {
    ensure();
    search.put(INDEX, Long.toString(report.processInstanceKey()), report);
  }

  @Override
  public Optional<MonthlyReport> lastIssuedBefore(String month) {
    ensure();
    Query issuedBefore =
        Query.allOf(List.of(Query.lessThan("month", month), Query.exists("documentNumber")));
    SearchRequest latest =
        SearchRequest.returning(issuedBefore, 1)
            .sortedBy(List.of(Sort.descending("month"), Sort.descending("issuedOn")));
    return search.search(INDEX, latest).sources(MonthlyReport.class).stream().findFirst();
  }
}

package vn.gov.ubnd.workflow.monthlyreport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.search.SearchClient;

/** Monthly reports in the index {@code monthly-reports}, one document per process instance. */
@Component
public class IndexedMonthlyReports implements MonthlyReportStore {

  static final String INDEX = "monthly-reports";

  private final SearchClient search;
  private final ObjectMapper json;

  public IndexedMonthlyReports(SearchClient search, ObjectMapper json) {
    this.search = search;
    this.json = json;
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
    ObjectNode body = json.createObjectNode();
    body.put("size", 1);
    ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
    filter.addObject().putObject("range").putObject("month").put("lt", month);
    filter.addObject().putObject("exists").put("field", "documentNumber");
    ArrayNode sort = body.putArray("sort");
    sort.addObject().put("month", "desc");
    sort.addObject().put("issuedOn", "desc");
    return search
        .search(INDEX, body)
        .flatMap(
            answer -> {
              var hits = answer.path("hits").path("hits");
              return hits.isEmpty()
                  ? Optional.empty()
                  : Optional.of(search.read(hits.get(0).path("_source"), MonthlyReport.class));
            });
  }
}

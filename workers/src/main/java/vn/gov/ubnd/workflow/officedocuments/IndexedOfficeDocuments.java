package vn.gov.ubnd.workflow.officedocuments;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.failures.DependencyUnavailableException;
import vn.gov.ubnd.workflow.search.BulkOperation;
import vn.gov.ubnd.workflow.search.BulkOutcome;
import vn.gov.ubnd.workflow.search.Counting;
import vn.gov.ubnd.workflow.search.Query;
import vn.gov.ubnd.workflow.search.Refresh;
import vn.gov.ubnd.workflow.search.SearchClient;

/** The office's register in the index: one document per register line, counted without reading. */
@Component
class IndexedOfficeDocuments implements DocumentFlows {

  static final String INDEX = "office-documents";

  /** More kinds than Decree 30 has, and the two books. */
  private static final int MAX_KINDS = 100;

  private final SearchClient search;
  private final Counting counting;

  public IndexedOfficeDocuments(SearchClient search) {
    this.search = search;
    this.counting = new Counting(search);
  }

  private void ensureIndex() {
    search.ensureIndexFromResource(INDEX, "search/office-documents.json");
  }

  /** Adds the documents not yet in the register; true for each one added, false for one there. */
  List<Boolean> addNew(List<OfficeDocument> documents) {
    ensureIndex();
    List<BulkOperation> operations =
        documents.stream().map(d -> BulkOperation.create(INDEX, d.id(), d)).toList();
    List<BulkOutcome> outcomes = search.bulk(operations, Refresh.WAIT_FOR);
    List<Boolean> added = new ArrayList<>(outcomes.size());
    for (BulkOutcome outcome : outcomes) {
      if (outcome.succeeded()) {
        added.add(true);
      } else if (outcome.conflict()) {
        added.add(false);
      } else {
        throw new DependencyUnavailableException(
            "chỉ mục tìm kiếm không ghi được văn bản ("
                + outcome.reason()
                + "): thử lại sau ít phút",
            null);
      }
    }
    return added;
  }

  @Override
  public DocumentFlow flow(LocalDate from, LocalDate to) {
    ensureIndex();
    Map<String, Long> byDirection =
        counting.countBy(INDEX, Query.dateBetween("countedOn", from, to), "direction", MAX_KINDS);
    Map<String, Long> issued =
        counting.countBy(
            INDEX,
            Query.allOf(
                List.of(
                    Query.term("direction", DocumentDirection.OUTGOING),
                    Query.dateBetween("countedOn", from, to))),
            "kind",
            MAX_KINDS);
    return new DocumentFlow(
        from, to, issued, byDirection.getOrDefault(DocumentDirection.INCOMING.name(), 0L));
  }

  /** Per month from {@code from} to {@code to}: documents issued and received. */
  public Map<YearMonth, Map<DocumentDirection, Long>> byMonth(LocalDate from, LocalDate to) {
    ensureIndex();
    Map<YearMonth, Map<String, Long>> counted =
        counting.countByMonth(INDEX, Query.all(), "countedOn", from, to, "direction", MAX_KINDS);
    Map<YearMonth, Map<DocumentDirection, Long>> months = new LinkedHashMap<>();
    counted.forEach(
        (month, values) -> {
          Map<DocumentDirection, Long> row = new EnumMap<>(DocumentDirection.class);
          for (DocumentDirection d : DocumentDirection.values()) {
            row.put(d, values.getOrDefault(d.name(), 0L));
          }
          months.put(month, row);
        });
    return months;
  }
}

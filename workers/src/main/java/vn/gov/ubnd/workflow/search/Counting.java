package vn.gov.ubnd.workflow.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of documents by the values of a keyword field, and by month, in our words: one request, no
 * document read, no group list silently cut short (more values than asked for is an error, not an
 * undercount).
 */
public final class Counting {

  private final SearchClient search;

  public Counting(SearchClient search) {
    this.search = search;
  }

  /** How many documents the query finds per value of the field; values with none are absent. */
  public Map<String, Long> countBy(String index, Query query, String field, int maxValues) {
    SearchRequest request =
        SearchRequest.counting(query).aggregate("values", Aggregation.terms(field, maxValues));
    Map<String, Long> counts = new LinkedHashMap<>();
    read(search.search(index, request).aggregation("values"), field, counts);
    return counts;
  }

  /**
   * Per calendar month of the date field, within the days given, how many documents the query finds
   * per value of the field; every month of the range is present, an empty one with no values.
   */
  public Map<YearMonth, Map<String, Long>> countByMonth(
      String index,
      Query query,
      String dateField,
      LocalDate from,
      LocalDate to,
      String field,
      int maxValues) {
    SearchRequest request =
        SearchRequest.counting(Query.allOf(List.of(query, Query.dateBetween(dateField, from, to))))
            .aggregate(
                "months",
                Aggregation.months(dateField, YearMonth.from(from), YearMonth.from(to))
                    .with("values", Aggregation.terms(field, maxValues)));
    Map<YearMonth, Map<String, Long>> counts = new TreeMap<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      counts.put(m, new LinkedHashMap<>());
    }
    for (Aggregated month : search.search(index, request).aggregation("months").groups()) {
      Map<String, Long> values =
          counts.computeIfAbsent(YearMonth.from(month.day()), m -> new LinkedHashMap<>());
      read(month.get("values"), field, values);
    }
    return counts;
  }

  private static void read(Aggregated terms, String field, Map<String, Long> into) {
    for (Aggregated value : terms.allGroups("values of " + field)) {
      into.put(value.key(), (long) value.count());
    }
  }
}

package vn.gov.ubnd.workflow.search;

/**
 * One key of a search's order; documents without the field come last either way.
 *
 * @param field a sortable field (keyword, date, number), or {@link #RELEVANCE}
 * @param descending largest first
 */
public record Sort(String field, boolean descending) {

  /** How well a document matches the query's words. */
  public static final String RELEVANCE = "_score";

  public static Sort ascending(String field) {
    return new Sort(field, false);
  }

  public static Sort descending(String field) {
    return new Sort(field, true);
  }
}

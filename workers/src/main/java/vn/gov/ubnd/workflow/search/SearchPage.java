package vn.gov.ubnd.workflow.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page of a search's hits in its order.
 *
 * @param total how many documents match, counted exactly
 * @param sources the documents of this page
 * @param next the cursor of the page after it (search_after), or null after the last
 */
public record SearchPage(long total, List<JsonNode> sources, String next) {

  public SearchPage {
    sources = List.copyOf(sources);
  }
}

package vn.gov.ubnd.workflow.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.search.SearchClient;

/** The outgoing register and the generated documents in the search index. */
@Component
public class IndexedDocumentStores implements RegisterStore, DocumentIndex {

  static final String REGISTER = "outgoing-register";
  static final String DOCUMENTS = "documents";

  private final SearchClient search;
  private final ObjectMapper json;

  public IndexedDocumentStores(SearchClient search, ObjectMapper json) {
    this.search = search;
    this.json = json;
  }

  private void ensure() {
    search.ensureIndexFromResource(REGISTER, "search/outgoing-register.json");
    search.ensureIndexFromResource(DOCUMENTS, "search/documents.json");
  }

  private static String id(String series, int year, int sequence) {
    return series + "-" + year + "-" + sequence;
  }

  private ObjectNode seriesYear(String series, int year) {
    ObjectNode query = json.createObjectNode();
    var filter = query.putObject("bool").putArray("filter");
    filter.addObject().putObject("term").put("series", series);
    filter.addObject().putObject("term").put("year", year);
    return query;
  }

  @Override
  public Optional<RegisterEntry> findByRequest(String series, String requestKey) {
    ensure();
    ObjectNode query = json.createObjectNode();
    var filter = query.putObject("bool").putArray("filter");
    filter.addObject().putObject("term").put("series", series);
    filter.addObject().putObject("term").put("requestKey", requestKey);
    return search.searchAll(REGISTER, query, "sequence").stream()
        .findFirst()
        .map(node -> search.read(node, RegisterEntry.class));
  }

  @Override
  public int highestSequence(String series, int year) {
    ensure();
    // A register holds hundreds of entries a year: reading them all is cheap and exact.
    return search.searchAll(REGISTER, seriesYear(series, year), "sequence").stream()
        .mapToInt(n -> n.path("sequence").asInt())
        .max()
        .orElse(0);
  }

  @Override
  public boolean claim(RegisterEntry entry) {
    ensure();
    // The next number is found by a search (highestSequence, findByRequest): it must see this
    // entry before anyone asks again. Hundreds of numbers a year make the wait immaterial.
    return search.create(
        REGISTER,
        id(entry.series(), entry.year(), entry.sequence()),
        entry,
        SearchClient.Refresh.WAIT_FOR);
  }

  @Override
  public void record(StoredFile file) {
    ensure();
    search.put(DOCUMENTS, file.name(), file);
  }
}

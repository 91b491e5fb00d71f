package vn.gov.ubnd.workflow.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.search.Refresh;
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
  public Issued issuedBetween(java.time.LocalDate from, java.time.LocalDate to, int limit) {
    ensure();
    ObjectNode body = json.createObjectNode();
    body.put("size", limit);
    body.put("track_total_hits", true);
    body.putObject("query")
        .putObject("range")
        .putObject("issuedOn")
        .put("gte", from.toString())
        .put("lte", to.toString());
    var sort = body.putArray("sort");
    sort.addObject().put("issuedOn", "asc");
    sort.addObject().put("series", "asc");
    sort.addObject().put("sequence", "asc");
    return search
        .search(REGISTER, body)
        .map(
            answer -> {
              java.util.List<RegisterEntry> entries = new java.util.ArrayList<>();
              answer
                  .path("hits")
                  .path("hits")
                  .forEach(
                      hit -> entries.add(search.read(hit.path("_source"), RegisterEntry.class)));
              return new Issued(answer.path("hits").path("total").path("value").asLong(), entries);
            })
        .orElse(new Issued(0, java.util.List.of()));
  }

  @Override
  public boolean claim(RegisterEntry entry) {
    ensure();
    // The next number is found by a search (highestSequence, findByRequest): it must see this
    // entry before anyone asks again. Hundreds of numbers a year make the wait immaterial.
    return search.create(
        REGISTER, id(entry.series(), entry.year(), entry.sequence()), entry, Refresh.WAIT_FOR);
  }

  @Override
  public void record(StoredFile file) {
    ensure();
    search.put(DOCUMENTS, file.name(), file);
  }
}

package vn.gov.ubnd.workflow.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.search.Query;
import vn.gov.ubnd.workflow.search.Refresh;
import vn.gov.ubnd.workflow.search.SearchAnswer;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.SearchRequest;
import vn.gov.ubnd.workflow.search.Sort;

/** The outgoing register and the generated documents in the search index. */
@Component
class IndexedDocumentStores implements RegisterStore, DocumentIndex {

  static final String REGISTER = "outgoing-register";
  static final String DOCUMENTS = "documents";

  private final SearchClient search;

  public IndexedDocumentStores(SearchClient search) {
    this.search = search;
  }

  private void ensure() {
    search.ensureIndexFromResource(REGISTER, "search/outgoing-register.json");
    search.ensureIndexFromResource(DOCUMENTS, "search/documents.json");
  }

  private static String id(String series, int year, int sequence) {
    return series + "-" + year + "-" + sequence;
  }

  private static Query seriesYear(String series, int year) {
    return Query.allOf(List.of(Query.term("series", series), Query.term("year", year)));
  }

  @Override
  public Optional<RegisterEntry> findByRequest(String series, String requestKey) {
    ensure();
    Query query =
        Query.allOf(List.of(Query.term("series", series), Query.term("requestKey", requestKey)));
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
  public Issued issuedBetween(LocalDate from, LocalDate to, int limit) {
    ensure();
    SearchRequest request =
        SearchRequest.returning(Query.dateBetween("issuedOn", from, to), limit)
            .countingTotal()
            .sortedBy(
                List.of(
                    Sort.ascending("issuedOn"),
                    Sort.ascending("series"),
                    Sort.ascending("sequence")));
    SearchAnswer answer = search.search(REGISTER, request);
    return new Issued(answer.total(), answer.sources(RegisterEntry.class));
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

package vn.gov.ubnd.workflow.directives;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.search.Query;
import vn.gov.ubnd.workflow.search.Refresh;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.SearchPage;
import vn.gov.ubnd.workflow.search.Sort;

/** Source documents in the search index, one document per number. */
@Component
public class IndexedSourceDocumentStore implements SourceDocumentStore {

  static final String SOURCES = "source-documents";

  private final SearchClient search;

  public IndexedSourceDocumentStore(SearchClient search) {
    this.search = search;
  }

  private void ensureIndex() {
    search.ensureIndexFromResource(SOURCES, "search/source-documents.json");
  }

  @Override
  public Optional<RegisteredSource> find(String number) {
    ensureIndex();
    return search
        .get(SOURCES, number)
        .map(doc -> search.read(doc.source(), RegisteredSource.class));
  }

  /** As directives are registered: the write does not wait for the index to show it. */
  @Override
  public RegisteredSource registerOnce(RegisteredSource document) {
    return registerOnce(document, Refresh.NONE);
  }

  /**
   * As the office enters a document by hand, one at a time: the list it looks at next shows it, so
   * this write waits for the index's refresh.
   */
  public RegisteredSource enterByHand(RegisteredSource document) {
    return registerOnce(document, Refresh.WAIT_FOR);
  }

  private RegisteredSource registerOnce(RegisteredSource document, Refresh refresh) {
    ensureIndex();
    if (search.create(SOURCES, document.document().number(), document, refresh)) {
      return document;
    }
    return find(document.document().number()).orElseThrow();
  }

  @Override
  public Map<String, RegisteredSource> findAll(Collection<String> numbers) {
    ensureIndex();
    Map<String, RegisteredSource> found = new LinkedHashMap<>();
    search
        .multiGet(SOURCES, numbers)
        .forEach((id, doc) -> found.put(id, search.read(doc.source(), RegisteredSource.class)));
    return found;
  }

  /** One page of the register, the newest documents first, of a kind or all. */
  public SearchPage page(SourceKind kind, String words, int size, String cursor) {
    ensureIndex();
    List<Query> filters = new ArrayList<>();
    if (kind != null) {
      filters.add(Query.term("document.kind", kind));
    }
    Query query =
        words == null
            ? filters.isEmpty() ? Query.all() : Query.allOf(filters)
            : Query.filtered(
                Query.oneOf(
                    List.of(
                        Query.prefix("document.number", words),
                        Query.words(
                            words,
                            List.of(
                                "document.number.words^3", "document.title", "document.issuer")))),
                filters);
    return search.page(
        SOURCES,
        query,
        List.of(Sort.descending("document.date"), Sort.ascending("document.number")),
        size,
        cursor);
  }

  /** A page's documents as records. */
  public List<RegisteredSource> read(SearchPage page) {
    return page.sources().stream().map(s -> search.read(s, RegisteredSource.class)).toList();
  }
}

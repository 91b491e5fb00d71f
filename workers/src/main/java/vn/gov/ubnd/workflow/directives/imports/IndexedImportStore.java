package vn.gov.ubnd.workflow.directives.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.search.BulkOperation;
import vn.gov.ubnd.workflow.search.BulkOutcome;
import vn.gov.ubnd.workflow.search.Query;
import vn.gov.ubnd.workflow.search.Refresh;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.SearchRequest;
import vn.gov.ubnd.workflow.search.SearchRequestException;
import vn.gov.ubnd.workflow.search.Sort;

/** Imports, verdicts and claims in the search index; claims are written as "create" only. */
@Component
class IndexedImportStore implements ImportStore {

  static final String IMPORTS = "directive-imports";
  static final String ROWS = "directive-import-rows";
  static final String CLAIMS = "directive-import-claims";

  private final SearchClient search;

  public IndexedImportStore(SearchClient search) {
    this.search = search;
  }

  private void ensureIndices() {
    search.ensureIndexFromResource(IMPORTS, "search/directive-imports.json");
    search.ensureIndexFromResource(ROWS, "search/directive-import-rows.json");
    search.ensureIndexFromResource(CLAIMS, "search/directive-import-claims.json");
  }

  @Override
  public void save(DirectiveImport directiveImport) {
    ensureIndices();
    search.put(IMPORTS, directiveImport.importId(), directiveImport);
  }

  @Override
  public Optional<DirectiveImport> find(String importId) {
    ensureIndices();
    return search
        .get(IMPORTS, importId)
        .map(doc -> search.read(doc.source(), DirectiveImport.class));
  }

  @Override
  public List<DirectiveImport> unfinished() {
    ensureIndices();
    // Read once at start: imports finish or are taken up, so there are few.
    search.refresh(IMPORTS);
    Query running = Query.term("status", DirectiveImport.Status.RUNNING);
    return search.searchAll(IMPORTS, running, "importId").stream()
        .map(node -> search.read(node, DirectiveImport.class))
        .toList();
  }

  @Override
  public Map<String, Claimed> claim(Collection<ImportClaim> claims) {
    ensureIndices();
    List<ImportClaim> list = List.copyOf(claims);
    List<BulkOutcome> outcomes =
        search.bulk(
            list.stream().map(c -> BulkOperation.create(CLAIMS, c.directiveId(), c)).toList(),
            Refresh.NONE);
    Map<String, Claimed> inForce = new LinkedHashMap<>();
    List<String> taken = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      ImportClaim claim = list.get(i);
      BulkOutcome outcome = outcomes.get(i);
      if (outcome.succeeded()) {
        inForce.putIfAbsent(claim.directiveId(), new Claimed(claim, true));
      } else if (outcome.conflict()) {
        taken.add(claim.directiveId());
      } else {
        throw new SearchRequestException(
            outcome.status(), "claim " + claim.directiveId() + ": " + outcome.reason());
      }
    }
    search
        .multiGet(CLAIMS, taken)
        .forEach(
            (id, doc) ->
                inForce.putIfAbsent(
                    id, new Claimed(search.read(doc.source(), ImportClaim.class), false)));
    return inForce;
  }

  @Override
  public void release(ImportClaim claim) {
    ensureIndices();
    search.delete(CLAIMS, claim.directiveId());
  }

  @Override
  public void saveVerdicts(Collection<RowVerdict> verdicts) {
    ensureIndices();
    List<BulkOutcome> outcomes =
        search.bulk(
            verdicts.stream()
                .map(v -> BulkOperation.put(ROWS, RowVerdict.id(v.importId(), v.row()), v))
                .toList(),
            Refresh.NONE);
    for (BulkOutcome outcome : outcomes) {
      if (!outcome.succeeded()) {
        throw new SearchRequestException(
            outcome.status(), "row verdict: " + outcome.errorType() + " " + outcome.reason());
      }
    }
  }

  @Override
  public Map<Integer, RowVerdict> verdicts(String importId, Collection<Integer> rows) {
    ensureIndices();
    Map<Integer, RowVerdict> found = new LinkedHashMap<>();
    search
        .multiGet(ROWS, rows.stream().map(r -> RowVerdict.id(importId, r)).toList())
        .values()
        .forEach(
            doc -> {
              RowVerdict verdict = search.read(doc.source(), RowVerdict.class);
              found.put(verdict.row(), verdict);
            });
    return found;
  }

  @Override
  public void publishVerdicts() {
    ensureIndices();
    // The verdict pages are a search: it must see the last batch before the import says done.
    search.refresh(ROWS);
  }

  @Override
  public List<RowVerdict> verdictPage(String importId, int fromRow, int size) {
    ensureIndices();
    Query rows =
        Query.allOf(List.of(Query.term("importId", importId), Query.atLeast("row", fromRow)));
    return search
        .search(ROWS, SearchRequest.returning(rows, size).sortedBy(List.of(Sort.ascending("row"))))
        .sources(RowVerdict.class);
  }
}

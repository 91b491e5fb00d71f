package vn.gov.ubnd.workflow.directives.imports;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where imports, their row verdicts and the directive ids they claimed are kept. */
public interface ImportStore {

  void save(DirectiveImport directiveImport);

  Optional<DirectiveImport> find(String importId);

  /** Imports not finished: those a restart must take up again. */
  List<DirectiveImport> unfinished();

  /**
   * Claims each id for its row, all in one request. Answers, for every id, the claim in force: the
   * row's own (made now, or before a restart) or the one that took it first.
   */
  Map<String, Claimed> claim(Collection<ImportClaim> claims);

  /**
   * The claim in force for an id.
   *
   * @param claim who holds the id
   * @param now whether it was made by this very call
   */
  record Claimed(ImportClaim claim, boolean now) {}

  /** Gives up a claim whose row was not started after all. */
  void release(ImportClaim claim);

  void saveVerdicts(Collection<RowVerdict> verdicts);

  /** The verdicts already given to these rows of the import, by row. */
  Map<Integer, RowVerdict> verdicts(String importId, Collection<Integer> rows);

  /**
   * Makes every verdict written visible to {@link #verdictPage} (a search): called before an import
   * is marked finished, so a finished import's pages are complete.
   */
  void publishVerdicts();

  /** Verdicts in row order, one page; complete once the import is finished. */
  List<RowVerdict> verdictPage(String importId, int fromRow, int size);
}

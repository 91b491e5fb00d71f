package vn.gov.ubnd.workflow.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.ubnd.workflow.directives.imports.DirectiveImport;
import vn.gov.ubnd.workflow.directives.imports.ImportClaim;
import vn.gov.ubnd.workflow.directives.imports.ImportStore;
import vn.gov.ubnd.workflow.directives.imports.RowVerdict;

/** The import store for process tests: same contract as the index, kept in memory. */
public class InMemoryImportStore implements ImportStore {

  private final Map<String, DirectiveImport> imports = new ConcurrentHashMap<>();
  private final Map<String, RowVerdict> verdicts = new ConcurrentHashMap<>();
  private final Map<String, ImportClaim> claims = new ConcurrentHashMap<>();

  @Override
  public void save(DirectiveImport directiveImport) {
    imports.put(directiveImport.importId(), directiveImport);
  }

  @Override
  public Optional<DirectiveImport> find(String importId) {
    return Optional.ofNullable(imports.get(importId));
  }

  @Override
  public List<DirectiveImport> unfinished() {
    return imports.values().stream()
        .filter(i -> i.status() == DirectiveImport.Status.RUNNING)
        .toList();
  }

  @Override
  public synchronized Map<String, Claimed> claim(Collection<ImportClaim> wanted) {
    Map<String, Claimed> inForce = new LinkedHashMap<>();
    for (ImportClaim claim : wanted) {
      ImportClaim before = claims.putIfAbsent(claim.directiveId(), claim);
      inForce.putIfAbsent(
          claim.directiveId(),
          before == null ? new Claimed(claim, true) : new Claimed(before, false));
    }
    return inForce;
  }

  @Override
  public void release(ImportClaim claim) {
    claims.remove(claim.directiveId(), claim);
  }

  @Override
  public void saveVerdicts(Collection<RowVerdict> given) {
    given.forEach(v -> verdicts.put(v.importId() + ":" + v.row(), v));
  }

  @Override
  public Map<Integer, RowVerdict> verdicts(String importId, Collection<Integer> rows) {
    Map<Integer, RowVerdict> found = new LinkedHashMap<>();
    rows.forEach(
        r -> {
          RowVerdict v = verdicts.get(importId + ":" + r);
          if (v != null) {
            found.put(r, v);
          }
        });
    return found;
  }

  @Override
  public void publishVerdicts() {
    // in memory, every verdict is visible at once
  }

  @Override
  public List<RowVerdict> verdictPage(String importId, int fromRow, int size) {
    return new ArrayList<>(
        verdicts.values().stream()
            .filter(v -> v.importId().equals(importId) && v.row() >= fromRow)
            .sorted(Comparator.comparingInt(RowVerdict::row))
            .limit(size)
            .toList());
  }

  public void clear() {
    imports.clear();
    verdicts.clear();
    claims.clear();
  }
}

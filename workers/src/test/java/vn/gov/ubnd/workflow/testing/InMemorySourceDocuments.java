package vn.gov.ubnd.workflow.testing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.ubnd.workflow.directives.RegisteredSource;
import vn.gov.ubnd.workflow.directives.SourceDocumentStore;

/** The register of source documents in memory, for the process tests. */
public class InMemorySourceDocuments implements SourceDocumentStore {

  private final Map<String, RegisteredSource> documents = new ConcurrentHashMap<>();

  public void clear() {
    documents.clear();
  }

  @Override
  public Optional<RegisteredSource> find(String number) {
    return Optional.ofNullable(documents.get(number));
  }

  @Override
  public RegisteredSource registerOnce(RegisteredSource document) {
    return documents.computeIfAbsent(document.document().number(), n -> document);
  }

  @Override
  public Map<String, RegisteredSource> findAll(Collection<String> numbers) {
    Map<String, RegisteredSource> found = new LinkedHashMap<>();
    numbers.forEach(n -> find(n).ifPresent(d -> found.put(n, d)));
    return found;
  }
}

package vn.gov.ubnd.workflow.directives;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The office's register of source documents: the search index in production. */
public interface SourceDocumentStore {

  Optional<RegisteredSource> find(String number);

  /**
   * Enters the document unless its number is registered already; either way, the registered one
   * (two first directives at once both get the one that was written).
   */
  RegisteredSource registerOnce(RegisteredSource document);

  /** Those of the numbers that are registered, by number, in one request. */
  Map<String, RegisteredSource> findAll(Collection<String> numbers);
}

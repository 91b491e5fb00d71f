package vn.gov.ubnd.workflow.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.ubnd.workflow.documents.DocumentIndex;
import vn.gov.ubnd.workflow.documents.RegisterEntry;
import vn.gov.ubnd.workflow.documents.RegisterStore;
import vn.gov.ubnd.workflow.documents.StoredFile;

/** The outgoing register and the document index of process and unit tests, in memory. */
public class InMemoryDocuments implements RegisterStore, DocumentIndex {

  private final Map<String, RegisterEntry> register = new ConcurrentHashMap<>();
  private final List<StoredFile> files = new ArrayList<>();

  private static String id(String series, int year, int sequence) {
    return series + "-" + year + "-" + sequence;
  }

  @Override
  public Optional<RegisterEntry> findByRequest(String series, String requestKey) {
    return register.values().stream()
        .filter(e -> e.series().equals(series) && e.requestKey().equals(requestKey))
        .findFirst();
  }

  @Override
  public int highestSequence(String series, int year) {
    return register.values().stream()
        .filter(e -> e.series().equals(series) && e.year() == year)
        .mapToInt(RegisterEntry::sequence)
        .max()
        .orElse(0);
  }

  @Override
  public boolean claim(RegisterEntry entry) {
    return register.putIfAbsent(id(entry.series(), entry.year(), entry.sequence()), entry) == null;
  }

  @Override
  public Issued issuedBetween(LocalDate from, LocalDate to, int limit) {
    List<RegisterEntry> all =
        register.values().stream()
            .filter(e -> !e.issuedOn().isBefore(from) && !e.issuedOn().isAfter(to))
            .sorted(
                Comparator.comparing(RegisterEntry::issuedOn)
                    .thenComparing(RegisterEntry::series)
                    .thenComparing(RegisterEntry::sequence))
            .toList();
    return new Issued(all.size(), all.stream().limit(limit).toList());
  }

  public List<RegisterEntry> entries() {
    return List.copyOf(register.values());
  }

  @Override
  public synchronized void record(StoredFile file) {
    files.add(file);
  }

  public synchronized List<StoredFile> files() {
    return List.copyOf(files);
  }
}

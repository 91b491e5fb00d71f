package vn.gov.ubnd.workflow.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.gov.ubnd.workflow.officedocuments.DocumentDirection;
import vn.gov.ubnd.workflow.officedocuments.DocumentFlow;
import vn.gov.ubnd.workflow.officedocuments.DocumentFlows;
import vn.gov.ubnd.workflow.officedocuments.OfficeDocument;

/** The office's register for process tests: documents counted one by one. */
public class InMemoryOfficeDocuments implements DocumentFlows {

  private final List<OfficeDocument> documents = new ArrayList<>();

  public synchronized void add(OfficeDocument document) {
    documents.add(document);
  }

  public synchronized void clear() {
    documents.clear();
  }

  @Override
  public synchronized DocumentFlow flow(LocalDate from, LocalDate to) {
    Map<String, Long> issued = new TreeMap<>();
    long received = 0;
    for (OfficeDocument d : documents) {
      if (d.countedOn().isBefore(from) || d.countedOn().isAfter(to)) {
        continue;
      }
      if (d.direction() == DocumentDirection.OUTGOING) {
        issued.merge(d.kind(), 1L, Long::sum);
      } else {
        received++;
      }
    }
    return new DocumentFlow(from, to, issued, received);
  }
}

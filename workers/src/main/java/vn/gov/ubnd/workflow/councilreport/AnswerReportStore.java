package vn.gov.ubnd.workflow.councilreport;

import java.util.Optional;

/** Where answer reports are kept: the search index in the application. */
public interface AnswerReportStore {

  Optional<AnswerReport> find(long processInstanceKey);

  void save(AnswerReport report);
}

package vn.gov.ubnd.workflow.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed connection check into Spring Boot's short "APPLICATION FAILED TO START". */
public class CamundaConnectionFailureAnalyzer
    extends AbstractFailureAnalyzer<CamundaConnectionException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, CamundaConnectionException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}

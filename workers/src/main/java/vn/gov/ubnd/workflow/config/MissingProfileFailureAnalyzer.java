package vn.gov.ubnd.workflow.config;

import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.validation.FieldError;

/**
 * A start without a deployment profile stops with one message saying how to choose one. There is no
 * default on purpose: a deployment that forgot its profile would otherwise run as the local stack
 * and submit the council's reports to its own stand-in inbox.
 */
public class MissingProfileFailureAnalyzer
    extends AbstractFailureAnalyzer<BindValidationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
    boolean targetMissing =
        "ubnd.camunda".equals(cause.getValidationErrors().getName().toString())
            && cause.getValidationErrors().getAllErrors().stream()
                .anyMatch(e -> e instanceof FieldError f && "target".equals(f.getField()));
    if (!targetMissing) {
      return null;
    }
    return new FailureAnalysis(
        "No deployment profile is active, so the application does not know which Camunda to"
            + " work with (ubnd.camunda.target is not set).",
        "Start it with --spring.profiles.active=local (the local stack; deploy/local/stack does"
            + " so), oauth (self-managed Camunda behind OAuth) or saas (Camunda SaaS). There is no"
            + " default profile.",
        cause);
  }
}

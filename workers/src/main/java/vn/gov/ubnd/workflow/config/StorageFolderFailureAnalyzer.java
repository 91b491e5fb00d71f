package vn.gov.ubnd.workflow.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A missing storage folder stops the start with one message saying how to provide it. */
public class StorageFolderFailureAnalyzer extends AbstractFailureAnalyzer<StorageFolderException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StorageFolderException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Create a folder on storage that is backed up (not /tmp), owned by the user the"
            + " application runs as, and name it in "
            + cause.property()
            + ". deploy/local/stack does so for the local stack.",
        cause);
  }
}

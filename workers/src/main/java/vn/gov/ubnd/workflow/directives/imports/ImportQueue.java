package vn.gov.ubnd.workflow.directives.imports;

/** Where an accepted import goes to be worked through in the background. */
@FunctionalInterface
interface ImportQueue {

  /** Runs the import in the background, unless it runs already. */
  void submit(DirectiveImport directiveImport);
}

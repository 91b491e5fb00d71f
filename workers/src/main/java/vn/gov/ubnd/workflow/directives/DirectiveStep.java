package vn.gov.ubnd.workflow.directives;

/**
 * One step of a directive's process: which directive it acts on, the instance that tracks it (a
 * step may act only on its own instance's directive), and the step's own key, which makes what it
 * records idempotent when the step is retried.
 *
 * @param directiveId the directive, as the process holds it
 * @param processInstanceKey the instance the step belongs to
 * @param stepKey the element instance of the step
 */
public record DirectiveStep(String directiveId, long processInstanceKey, long stepKey) {}

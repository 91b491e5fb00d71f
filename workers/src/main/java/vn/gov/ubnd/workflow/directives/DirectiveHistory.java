package vn.gov.ubnd.workflow.directives;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.failures.DependencyUnavailableException;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;

/**
 * What every step on a directive shares: the directive of the step's own instance (never another
 * one's), and the history event it writes beside the change.
 */
@Component
class DirectiveHistory {

  private final DirectiveStore store;
  private final Clock clock;

  DirectiveHistory(DirectiveStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  Directive require(DirectiveStep step) {
    Directive directive =
        store
            .find(step.directiveId())
            .orElseThrow(
                () ->
                    new DependencyUnavailableException(
                        "nhiệm vụ "
                            + step.directiveId()
                            + " không có trong chỉ mục: kiểm tra chỉ mục tìm kiếm rồi thử lại bước"
                            + " này",
                        null));
    checkOwner(directive, step);
    return directive;
  }

  /** A change that refuses a directive another instance tracks. */
  static UnaryOperator<Directive> ownedBy(DirectiveStep step, UnaryOperator<Directive> change) {
    return d -> {
      checkOwner(d, step);
      return change.apply(d);
    };
  }

  /**
   * A step acts only on the directive its own instance registered: a directiveId changed in the
   * instance (by hand, or by anything that got past the forms' output mappings) must not let it act
   * on another agency's directive.
   */
  private static void checkOwner(Directive directive, DirectiveStep step) {
    if (directive.processInstanceKey() != step.processInstanceKey()) {
      throw new InvalidProcessDataException(
          "nhiệm vụ "
              + step.directiveId()
              + " do phiên quy trình "
              + directive.processInstanceKey()
              + " theo dõi, không phải phiên này ("
              + step.processInstanceKey()
              + "): biến directiveId của phiên này đã bị đổi; đặt lại đúng số hiệu nhiệm vụ của"
              + " phiên này");
    }
  }

  /** An event of a directive the caller holds already (no second read of the index). */
  DirectiveEvent event(
      Directive directive, DirectiveStep step, String type, String actor, String description) {
    return event(directive, step, String.valueOf(step.stepKey()), type, actor, description);
  }

  /**
   * An event whose id is made of its own key rather than the step's: what two steps may both
   * deliver (a contribution sent by two messages) is written once.
   */
  DirectiveEvent event(
      Directive directive,
      DirectiveStep step,
      String key,
      String type,
      String actor,
      String description) {
    return new DirectiveEvent(
        directive.directiveId() + ":" + type.toLowerCase() + ":" + key,
        directive.directiveId(),
        type,
        now(),
        actor,
        description,
        List.of(),
        directive.deadline(),
        step.performedBy());
  }
}

package vn.gov.ubnd.workflow.portal.tasks;

import java.util.Arrays;
import java.util.Optional;

/** The list's state filter, as the portal's box offers it. */
enum TaskFilter {
  NEW("new", "Mới, chưa ai nhận"),
  MINE("mine", "Tôi đang xử lý"),
  OVERDUE("OVERDUE", "Quá hạn"),
  DUE_SOON("DUE_SOON", "Sắp đến hạn");

  private final String code;
  private final String label;

  TaskFilter(String code, String label) {
    this.code = code;
    this.label = label;
  }

  static Optional<TaskFilter> parse(String code) {
    return Arrays.stream(values()).filter(filter -> filter.code.equals(code)).findFirst();
  }

  static String choices() {
    return String.join(
        ", ", Arrays.stream(values()).map(f -> f.code + " («" + f.label + "»)").toList());
  }

  boolean keeps(PortalTask task) {
    return switch (this) {
      case NEW -> task.isNew();
      case MINE -> task.mine();
      case OVERDUE -> task.urgency() == Urgency.OVERDUE;
      case DUE_SOON -> task.urgency() == Urgency.DUE_SOON;
    };
  }
}

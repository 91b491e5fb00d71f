package vn.gov.ubnd.workflow.portal.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.directives.RegisterCriteria;
import vn.gov.ubnd.workflow.directives.RegisterCriteria.RegisterOrder;
import vn.gov.ubnd.workflow.directives.RegisterState;
import vn.gov.ubnd.workflow.directives.SourceKind;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.portal.PortalRefusal;

/**
 * The register's address parameters as criteria: every wrong one named in Vietnamese with what to
 * write, all at once; nothing is guessed.
 */
final class RegisterParameters {

  static final int DEFAULT_PAGE = 50;
  static final int MAX_PAGE = 200;
  private static final int MAX_WORDS = 200;

  private RegisterParameters() {}

  static RegisterCriteria criteria(Map<String, String> params, Catalog catalog, LocalDate today) {
    List<String> problems = new ArrayList<>();
    String words = text(params, "q");
    if (words != null && words.length() > MAX_WORDS) {
      problems.add("«Từ tìm» dài quá " + MAX_WORDS + " ký tự: rút gọn lại.");
    }
    String agency = text(params, "agency");
    if (agency != null && catalog.department(agency).isEmpty()) {
      problems.add(
          "«Cơ quan chủ trì» \""
              + OfficeInput.shown(agency)
              + "\" không có trong danh mục: chọn cơ quan trong danh sách.");
    }
    String leader = text(params, "leader");
    if (leader != null && catalog.leader(leader).isEmpty()) {
      problems.add(
          "«Lãnh đạo phụ trách» \""
              + OfficeInput.shown(leader)
              + "\" không có trong danh mục: chọn lãnh đạo trong danh sách.");
    }
    RegisterState state = choice(params, "state", RegisterState.class, "«Tình trạng»", problems);
    LocalDate asOf = date(params, "asOf", "«Tính đến ngày»", problems);
    LocalDate deadlineFrom = date(params, "deadlineFrom", "«Thời hạn từ ngày»", problems);
    LocalDate deadlineTo = date(params, "deadlineTo", "«Thời hạn đến ngày»", problems);
    LocalDate assignedFrom = date(params, "assignedFrom", "«Giao từ ngày»", problems);
    LocalDate assignedTo = date(params, "assignedTo", "«Giao đến ngày»", problems);
    before(deadlineFrom, deadlineTo, "«Thời hạn từ ngày»", "«Thời hạn đến ngày»", problems);
    before(assignedFrom, assignedTo, "«Giao từ ngày»", "«Giao đến ngày»", problems);
    SourceKind sourceKind = null;
    String kindText = text(params, "sourceKind");
    if (kindText != null) {
      sourceKind = SourceKind.parse(kindText).orElse(null);
      if (sourceKind == null) {
        problems.add(
            "«Loại văn bản giao» \""
                + OfficeInput.shown(kindText)
                + "\" không có: chọn trong danh sách.");
      }
    }
    RegisterOrder order = choice(params, "order", RegisterOrder.class, "«Sắp xếp theo»", problems);
    if (!problems.isEmpty()) {
      throw new PortalRefusal(400, "Điều kiện tìm chưa đúng: " + String.join(" ", problems));
    }
    return new RegisterCriteria(
        words,
        agency,
        leader,
        state,
        asOf == null ? today : asOf,
        deadlineFrom,
        deadlineTo,
        assignedFrom,
        assignedTo,
        text(params, "source"),
        sourceKind,
        flag(params, "workProgramme"),
        flag(params, "centralGovernment"),
        order != null ? order : words != null ? RegisterOrder.RELEVANCE : RegisterOrder.DEADLINE);
  }

  static int size(Map<String, String> params) {
    String size = text(params, "size");
    if (size == null) {
      return DEFAULT_PAGE;
    }
    try {
      int n = Integer.parseInt(size);
      if (n >= 1 && n <= MAX_PAGE) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new PortalRefusal(
        400,
        "Số dòng mỗi trang \""
            + OfficeInput.shown(size)
            + "\" không hợp lệ: ghi một số từ 1 đến "
            + MAX_PAGE
            + ".");
  }

  private static String text(Map<String, String> params, String name) {
    String value = params.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static boolean flag(Map<String, String> params, String name) {
    return "true".equalsIgnoreCase(text(params, name));
  }

  private static LocalDate date(
      Map<String, String> params, String name, String label, List<String> problems) {
    String value = text(params, name);
    return value == null ? null : OfficeInput.date(value, label, problems);
  }

  private static void before(
      LocalDate from, LocalDate to, String fromLabel, String toLabel, List<String> problems) {
    if (from != null && to != null && from.isAfter(to)) {
      problems.add(
          fromLabel
              + " ("
              + OfficeInput.vn(from)
              + ") sau "
              + toLabel
              + " ("
              + OfficeInput.vn(to)
              + "): đổi lại cho đúng thứ tự.");
    }
  }

  private static <E extends Enum<E>> E choice(
      Map<String, String> params, String name, Class<E> type, String label, List<String> problems) {
    String value = text(params, name);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(label + " \"" + OfficeInput.shown(value) + "\" không có: chọn trong danh sách.");
      return null;
    }
  }
}

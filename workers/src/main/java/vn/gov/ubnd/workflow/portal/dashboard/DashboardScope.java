package vn.gov.ubnd.workflow.portal.dashboard;

import vn.gov.ubnd.workflow.accounts.AccountRole;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Department;
import vn.gov.ubnd.workflow.catalog.Leader;
import vn.gov.ubnd.workflow.portal.PortalRefusal;
import vn.gov.ubnd.workflow.portal.Viewer;

/**
 * Whose directives a person's dashboard counts: the office, its chief, the chair and the operators
 * see the province; a leader sees the province with their own fields first; a department sees its
 * own directives only.
 *
 * @param leadAgency the agency the counts are limited to, or null for the province
 * @param agencyName its name
 * @param leader the leader whose rows come first, or null
 * @param description what the dashboard shows, in words
 */
public record DashboardScope(
    String leadAgency, String agencyName, String leader, String description) {

  public static DashboardScope of(Viewer viewer, Catalog catalog) {
    boolean wholeProvince =
        viewer.has(AccountRole.OFFICE)
            || viewer.has(AccountRole.OFFICE_CHIEF)
            || viewer.has(AccountRole.CHAIR)
            || viewer.has(AccountRole.MANAGER);
    Leader leader =
        catalog.leaders().stream()
            .filter(l -> viewer.groups().contains(l.candidateGroup()))
            .findFirst()
            .orElse(null);
    if (wholeProvince || viewer.has(AccountRole.LEADER)) {
      return new DashboardScope(
          null,
          null,
          leader == null ? null : leader.code(),
          leader == null
              ? "Toàn tỉnh"
              : "Toàn tỉnh; các lĩnh vực do "
                  + leader.title()
                  + " "
                  + leader.name()
                  + " phụ trách xếp trước");
    }
    if (viewer.has(AccountRole.DEPARTMENT)) {
      Department department =
          catalog.departments().stream()
              .filter(d -> viewer.groups().contains(d.candidateGroup()))
              .findFirst()
              .orElseThrow(
                  () ->
                      PortalRefusal.forbidden(
                          "Tài khoản chưa thuộc cơ quan nào trong danh mục: đề nghị quản trị hệ"
                              + " thống thêm anh/chị vào nhóm của cơ quan."));
      return new DashboardScope(
          department.code(), department.name(), null, "Nhiệm vụ giao " + department.name());
    }
    throw PortalRefusal.forbidden(
        "Tài khoản của anh/chị không được xem số liệu theo dõi nhiệm vụ.");
  }
}

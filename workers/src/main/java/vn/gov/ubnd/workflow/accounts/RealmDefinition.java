package vn.gov.ubnd.workflow.accounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.Department;
import vn.gov.ubnd.workflow.catalog.Leader;

/**
 * The accounts realm the catalog implies: one group per Tasklist candidate group (each department,
 * the office's clerks, the office's chief, each leader) plus the managers, each group carrying its
 * roles. A group keeps its catalog key, so a renamed group is recognised as the same one and keeps
 * its members.
 */
public final class RealmDefinition {

  /** The group of those who run the system (Operate, health details); not in the catalog. */
  public static final String MANAGERS_GROUP = "quan-ly-van-hanh";

  /**
   * One group.
   *
   * @param name the group's name: the candidate group the processes use
   * @param key what it stands for in the catalog ("department:STC", "office", "leader:PCT-KT")
   * @param displayName as people read it
   * @param roles the realm roles its members get
   */
  public record Group(String name, String key, String displayName, List<AccountRole> roles) {}

  private final List<Group> groups;
  private final String realmDisplayName;
  private final Set<AccountRole> oneTimePasswordRoles;

  public RealmDefinition(Catalog catalog) {
    this.realmDisplayName = catalog.province().issuingBody();
    Set<AccountRole> otp = EnumSet.noneOf(AccountRole.class);
    for (String name : catalog.signIn().oneTimePasswordRoles()) {
      otp.add(
          Arrays.stream(AccountRole.values())
              .filter(role -> role.roleName().equals(name) && role != AccountRole.MONITORING)
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "catalog.yaml: signIn.oneTimePasswordRoles có vai trò \""
                              + name
                              + "\" không tồn tại; ghi một trong: office, office-chief,"
                              + " department, leader, chair, manager")));
    }
    this.oneTimePasswordRoles = Collections.unmodifiableSet(otp);
    Map<String, Group> byName = new LinkedHashMap<>();
    add(
        byName,
        new Group(
            catalog.office().clerkGroup(),
            "office",
            catalog.office().name(),
            List.of(AccountRole.OFFICE)));
    add(
        byName,
        new Group(
            catalog.office().chiefGroup(),
            "office-chief",
            "Lãnh đạo " + catalog.office().name(),
            List.of(AccountRole.OFFICE, AccountRole.OFFICE_CHIEF)));
    for (Leader leader : catalog.leaders()) {
      List<AccountRole> roles = new ArrayList<>(List.of(AccountRole.LEADER));
      if (leader.role() == Leader.Role.CHAIR) {
        roles.add(AccountRole.CHAIR);
      }
      add(
          byName,
          new Group(
              leader.candidateGroup(),
              "leader:" + leader.code(),
              leader.title() + " " + leader.name(),
              List.copyOf(roles)));
    }
    for (Department d : catalog.departments()) {
      add(
          byName,
          new Group(
              d.candidateGroup(),
              "department:" + d.code(),
              d.name(),
              List.of(AccountRole.DEPARTMENT)));
    }
    add(
        byName,
        new Group(
            MANAGERS_GROUP, "managers", "Quản lý vận hành hệ thống", List.of(AccountRole.MANAGER)));
    this.groups = List.copyOf(byName.values());
  }

  private static void add(Map<String, Group> byName, Group group) {
    Group before = byName.putIfAbsent(group.name(), group);
    if (before != null) {
      throw new IllegalArgumentException(
          "catalog.yaml: nhóm "
              + group.name()
              + " dùng cho cả "
              + before.key()
              + " và "
              + group.key());
    }
  }

  public List<Group> groups() {
    return groups;
  }

  /** The realm's name on the sign-in pages: the issuing body in full. */
  public String realmDisplayName() {
    return realmDisplayName;
  }

  /** Roles whose people give a one-time password besides their password (outside local). */
  public Set<AccountRole> oneTimePasswordRoles() {
    return oneTimePasswordRoles;
  }
}

package vn.gov.ubnd.workflow.documents;

import java.util.Set;
import vn.gov.ubnd.workflow.accounts.AccountRole;

/**
 * Who may read a generated document. A draft of the report is the office's working paper: the
 * office, its chief, the leaders and the managers read it, the departments do not (each answers in
 * its own form, and a draft holds every department's section). An issued report goes to the council
 * and is read by every role.
 */
public final class DocumentAccess {

  /** The mark in a draft's file name (bao-cao-…-du-thao-2.docx). */
  public static final String DRAFT_MARK = "-du-thao-";

  private static final Set<AccountRole> DRAFT_READERS =
      Set.of(
          AccountRole.OFFICE,
          AccountRole.OFFICE_CHIEF,
          AccountRole.LEADER,
          AccountRole.CHAIR,
          AccountRole.MANAGER);

  private DocumentAccess() {}

  public static boolean mayRead(String name, Set<AccountRole> roles) {
    if (name.contains(DRAFT_MARK)) {
      return roles.stream().anyMatch(DRAFT_READERS::contains);
    }
    return !roles.isEmpty();
  }
}

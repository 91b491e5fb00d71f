package vn.gov.ubnd.workflow.catalog;

import java.util.List;

/**
 * The committee office (Văn phòng UBND tỉnh).
 *
 * @param code catalog code
 * @param name "Văn phòng UBND tỉnh"
 * @param clerkGroup Tasklist group of the officers who compile and follow up
 * @param chiefGroup Tasklist group of the office chief (Chánh Văn phòng)
 * @param chiefTitle the chief's title
 * @param chiefName the chief's name
 * @param email the office's address, in copy of follow-up notices
 * @param deputyChiefNames the deputy chiefs (Phó Chánh Văn phòng), who may sign the office's own
 *     reports for the chief ("KT. CHÁNH VĂN PHÒNG")
 */
public record Office(
    String code,
    String name,
    String clerkGroup,
    String chiefGroup,
    String chiefTitle,
    String chiefName,
    String email,
    List<String> deputyChiefNames) {

  public Office {
    deputyChiefNames = deputyChiefNames == null ? List.of() : List.copyOf(deputyChiefNames);
  }
}

package vn.gov.ubnd.workflow.catalog;

import java.util.List;

/**
 * The chair or a vice-chair of the committee.
 *
 * @param code catalog code ("PCT-KT")
 * @param role chair or vice-chair
 * @param title printed title ("Phó Chủ tịch UBND tỉnh")
 * @param name the leader's name
 * @param fields the fields the leader is in charge of
 * @param candidateGroup the Tasklist group through which the leader (or the leader's secretary)
 *     acts
 * @param email where notices go
 */
public record Leader(
    String code,
    Role role,
    String title,
    String name,
    List<String> fields,
    String candidateGroup,
    String email) {

  /** Chủ tịch or Phó Chủ tịch. */
  public enum Role {
    CHAIR,
    VICE_CHAIR
  }
}

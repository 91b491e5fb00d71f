package vn.gov.ubnd.workflow.catalog;

import java.util.List;

/**
 * How people sign in, as catalog.yaml says it (section {@code signIn}); the realm sync applies it.
 *
 * @param oneTimePasswordRoles realm roles whose people must also give a one-time password (TOTP)
 *     outside the local stack: {@code leader} (the chair and the vice-chairs), {@code office-chief}
 */
public record SignIn(List<String> oneTimePasswordRoles) {

  /** Without the section: the leaders and the office's chief, who sign and decide. */
  public static final SignIn DEFAULT = new SignIn(List.of("leader", "office-chief"));

  public SignIn {
    oneTimePasswordRoles =
        oneTimePasswordRoles == null ? List.of() : List.copyOf(oneTimePasswordRoles);
  }
}

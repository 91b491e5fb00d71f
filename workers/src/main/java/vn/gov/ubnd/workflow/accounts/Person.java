package vn.gov.ubnd.workflow.accounts;

/**
 * A person who did something, as their account names them.
 *
 * @param username the Keycloak username
 * @param fullName the name people read ("Nguyễn Văn An")
 */
public record Person(String username, String fullName) {

  /** "Nguyễn Văn An (van-phong-1)". */
  public String label() {
    return fullName == null || fullName.isBlank() ? username : fullName + " (" + username + ")";
  }
}

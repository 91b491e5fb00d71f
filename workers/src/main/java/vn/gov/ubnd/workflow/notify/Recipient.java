package vn.gov.ubnd.workflow.notify;

/**
 * Someone a notice goes to.
 *
 * @param name who, as printed ("Giám đốc Sở Tài chính")
 * @param email where; empty if the notice is only kept in the outbox
 */
public record Recipient(String name, String email) {

  @Override
  public String toString() {
    return email == null || email.isBlank() ? name : name + " <" + email + ">";
  }
}

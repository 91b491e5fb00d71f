package vn.gov.ubnd.workflow.accounts;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local stack's invented people: one per group, named the Vietnamese way, with a generated
 * password that meets the realm's policy. Never in a real realm (the command refuses the sample
 * catalog outside --local).
 */
final class SamplePeople {

  private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SPECIALS = "!#%+-=@";

  private final KeycloakAdmin admin;
  private final SecureRandom random = new SecureRandom();

  SamplePeople(KeycloakAdmin admin) {
    this.admin = admin;
  }

  List<RealmSync.SamplePerson> ensure(RealmDefinition definition)
      throws IOException, InterruptedException {
    List<RealmSync.SamplePerson> added = new ArrayList<>();
    int n = 0;
    for (RealmDefinition.Group group : definition.groups()) {
      String username = group.name() + "-1";
      String[] name = SampleNames.of(n++);
      if (!admin.get("/users?exact=true&username=" + KeycloakAdmin.encode(username)).isEmpty()) {
        continue;
      }
      String password = password();
      Map<String, Object> user = new LinkedHashMap<>();
      user.put("username", username);
      user.put("firstName", name[1]);
      user.put("lastName", name[0]);
      user.put("email", username + "@ubnd.example");
      user.put("emailVerified", true);
      user.put("enabled", true);
      user.put("groups", List.of("/" + group.name()));
      user.put(
          "credentials",
          List.of(Map.of("type", "password", "value", password, "temporary", false)));
      admin.send("POST", "/users", user);
      added.add(
          new RealmSync.SamplePerson(username, password, name[0] + " " + name[1], group.name()));
    }
    return added;
  }

  /** 16 characters: letters, then a digit and a special character, as the policy asks. */
  String password() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      password.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    password.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
    password.append(SPECIALS.charAt(random.nextInt(SPECIALS.length())));
    return password.toString();
  }
}

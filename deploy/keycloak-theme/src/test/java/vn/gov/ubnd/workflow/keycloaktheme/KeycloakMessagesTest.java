package vn.gov.ubnd.workflow.keycloaktheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The theme's Vietnamese against the Keycloak version we run (its keycloak-themes jar on the test
 * class path): a key Keycloak has and we lack would show in English, so every key of the base login
 * bundle and every key the login templates ask for must be ours, with the same placeholders, and
 * none left in English.
 */
class KeycloakMessagesTest {

  private static final String KEYCLOAK_EN = "/theme/base/login/messages/messages_en.properties";
  private static final String OURS = "/theme/ubnd/login/messages/messages_vi.properties";
  private static final String KEYCLOAK_EMAIL_EN =
      "/theme/base/email/messages/messages_en.properties";
  private static final String OUR_EMAIL = "/theme/ubnd/email/messages/messages_vi.properties";

  /** Plural forms by count: Vietnamese has none, so the count is not needed. */
  private static final String NO_PLURAL = "linkExpirationFormatter.timePeriodUnit.";

  /** Names, units and bare placeholders that read the same in Vietnamese. */
  private static final Set<String> SAME_IN_BOTH =
      Set.of(
          "usb",
          "nfc",
          "bluetooth",
          "totpAppFreeOTPName",
          "totpAppGoogleName",
          "totpAppMicrosoftAuthenticatorName",
          "loginTitleHtml",
          "oauthGrantTitleHtml");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)[^}]*}");

  /** English words that have no place in a Vietnamese sentence. */
  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(the|your|you|please|sign|login|log in|username|password|email|account|code|invalid"
              + "|click|enter|submit|cancel|back|required|failed|error|not|with|and|to|of)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    KEYCLOAK_EN + "," + OURS,
    KEYCLOAK_EMAIL_EN + "," + OUR_EMAIL
  })
  void everyKeyOfKeycloaksBundleIsTranslated(String keycloak, String vietnamese)
      throws IOException {
    Properties english = read(keycloak);
    Properties ours = read(vietnamese);
    Set<String> missing = new TreeSet<>();
    for (String key : english.stringPropertyNames()) {
      if (!ours.containsKey(key)) {
        missing.add(key);
      }
    }
    assertThat(missing).as("keys of Keycloak's login bundle without Vietnamese").isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    KEYCLOAK_EN + "," + OURS,
    KEYCLOAK_EMAIL_EN + "," + OUR_EMAIL
  })
  void placeholdersAreKept(String keycloak, String vietnamese) throws IOException {
    Properties english = read(keycloak);
    Properties ours = read(vietnamese);
    List<String> differing = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      if (ours.containsKey(key)
          && !key.startsWith(NO_PLURAL)
          && !placeholders(english.getProperty(key)).equals(placeholders(ours.getProperty(key)))) {
        differing.add(key + ": " + english.getProperty(key) + " ≠ " + ours.getProperty(key));
      }
    }
    assertThat(differing).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    KEYCLOAK_EN + "," + OURS,
    KEYCLOAK_EMAIL_EN + "," + OUR_EMAIL
  })
  void nothingIsLeftInEnglish(String keycloak, String vietnamese) throws IOException {
    Properties english = read(keycloak);
    Properties ours = read(vietnamese);
    List<String> english_left = new ArrayList<>();
    for (String key : ours.stringPropertyNames()) {
      String value = ours.getProperty(key);
      boolean copied =
          value.equals(english.getProperty(key)) && !SAME_IN_BOTH.contains(key) && !value.isBlank();
      // Product and protocol names (SAML, OTP, WebAuthn ...) may stand in a Vietnamese sentence.
      String words = value.replaceAll("\\$\\{[^}]*}|<[^>]*>|&[a-z]+;|\\{[^}]*}", " ");
      if (copied || ENGLISH.matcher(words).find()) {
        english_left.add(key + "=" + value);
      }
    }
    assertThat(english_left).isEmpty();
  }

  @Test
  void everyKeyTheLoginTemplatesAskForIsOurs() throws IOException, URISyntaxException {
    Properties ours = read(OURS);
    Pattern asked = Pattern.compile("msg(?:Str)?\\(\"([A-Za-z0-9_.-]+)\"");
    URL base = KeycloakMessagesTest.class.getResource("/theme/keycloak.v2/login/template.ftl");
    Set<String> missing = new TreeSet<>();
    try (FileSystem jar = FileSystems.newFileSystem(base.toURI(), Map.of());
        Stream<Path> templates =
            Stream.concat(
                Files.list(jar.getPath("/theme/keycloak.v2/login")),
                Files.list(jar.getPath("/theme/base/login")))) {
      for (Path template : templates.filter(p -> p.toString().endsWith(".ftl")).toList()) {
        Matcher m = asked.matcher(Files.readString(template, StandardCharsets.UTF_8));
        while (m.find()) {
          // "loginTotp." is completed at run time with the OTP type: both types are checked above.
          if (!m.group(1).endsWith(".") && !ours.containsKey(m.group(1))) {
            missing.add(m.group(1) + " (" + template.getFileName() + ")");
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void theThemeOffersVietnameseOnlyOnKeycloaksOwnPages() throws IOException {
    Properties theme = read("/theme/ubnd/login/theme.properties");
    assertThat(theme.getProperty("locales")).isEqualTo("vi");
    assertThat(theme.getProperty("parent")).isEqualTo("keycloak.v2");
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Properties read(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = KeycloakMessagesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}

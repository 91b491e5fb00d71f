package vn.gov.ubnd.workflow.accounts;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import vn.gov.ubnd.workflow.catalog.Catalog;
import vn.gov.ubnd.workflow.catalog.CatalogFile;

/**
 * Keeps the Keycloak realm in line with catalog.yaml, from the command line (deploy/local/stack
 * runs it at every start; production runs it after a catalog change):
 *
 * <pre>
 * KEYCLOAK_ADMIN_PASSWORD=... java -Dloader.main=vn.gov.ubnd.workflow.accounts.RealmSyncCommand \
 *   -jar workers-exec.jar [--local people.tsv]
 * </pre>
 *
 * Environment: KEYCLOAK_URL (http://127.0.0.1:8181), KEYCLOAK_REALM (ubnd), KEYCLOAK_ADMIN (admin),
 * KEYCLOAK_ADMIN_PASSWORD, UBND_PUBLIC_URL (the portal's address), UBND_DATA_FOLDER (the province's
 * catalog.yaml, else the sample), UBND_MONITORING_CLIENT_SECRET (the metrics scraper's client; not
 * set: no such client). With --local the sample people created are appended to the given file with
 * their passwords.
 */
final class RealmSyncCommand {

  private RealmSyncCommand() {}

  public static void main(String[] args) throws Exception {
    Path peopleFile = args.length == 2 && args[0].equals("--local") ? Path.of(args[1]) : null;
    String password = System.getenv("KEYCLOAK_ADMIN_PASSWORD");
    if (password == null || password.isBlank()) {
      System.err.println("KEYCLOAK_ADMIN_PASSWORD is not set.");
      System.exit(2);
    }
    RealmSync sync =
        new RealmSync(
            new RealmSync.Settings(
                URI.create(env("KEYCLOAK_URL", "http://127.0.0.1:8181")),
                env("KEYCLOAK_REALM", "ubnd"),
                env("KEYCLOAK_ADMIN", "admin"),
                password,
                env("UBND_PUBLIC_URL", "http://localhost:8090"),
                peopleFile != null,
                env("UBND_MONITORING_CLIENT_SECRET", null)));
    RealmSync.Outcome outcome = sync.sync(new RealmDefinition(catalog(peopleFile != null)));
    System.out.println(
        "realm "
            + env("KEYCLOAK_REALM", "ubnd")
            + (outcome.realmCreated() ? " created" : " up to date")
            + "; groups added "
            + outcome.groupsAdded().size()
            + ", renamed "
            + outcome.groupsRenamed()
            + ", not in the catalog (kept) "
            + outcome.groupsNotInCatalog()
            + "; people added "
            + outcome.peopleAdded().size());
    if (peopleFile != null) {
      StringBuilder lines = new StringBuilder();
      for (RealmSync.SamplePerson p : outcome.peopleAdded()) {
        lines
            .append(p.username())
            .append('\t')
            .append(p.password())
            .append('\t')
            .append(p.fullName())
            .append('\t')
            .append(p.group())
            .append('\n');
      }
      Files.writeString(
          peopleFile,
          lines.toString(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
  }

  private static Catalog catalog(boolean local) throws Exception {
    String folder = System.getenv("UBND_DATA_FOLDER");
    if (folder != null && !folder.isBlank() && Files.exists(Path.of(folder, "catalog.yaml"))) {
      try (InputStream in = Files.newInputStream(Path.of(folder, "catalog.yaml"))) {
        return CatalogFile.read(in, Path.of(folder, "catalog.yaml").toString());
      }
    }
    if (!local) {
      // The sample's groups belong to an invented province: never into a real realm.
      System.err.println(
          "catalog.yaml is not in UBND_DATA_FOLDER; the sample catalog is for the local stack"
              + " (--local) only.");
      System.exit(2);
    }
    try (InputStream in = RealmSyncCommand.class.getResourceAsStream("/data/catalog.yaml")) {
      return CatalogFile.read(in, "catalog.yaml");
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}

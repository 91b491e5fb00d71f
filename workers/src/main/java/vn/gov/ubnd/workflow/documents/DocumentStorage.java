package vn.gov.ubnd.workflow.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.config.StorageFolderException;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;

/** Keeps generated documents in the configured folder and records them in the index. */
@Component
public class DocumentStorage {

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,200}");

  private final Path folder;
  private final String baseUrl;
  private final DocumentIndex index;
  private final Clock clock;

  public DocumentStorage(DocumentProperties properties, DocumentIndex index, Clock clock) {
    this.folder =
        StorageFolderException.require(
            properties.folder(), "ubnd.documents.folder", "UBND_DOCUMENTS_FOLDER");
    this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
    this.index = index;
    this.clock = clock;
  }

  /** Writes (or rewrites, for a retried step) the file and records it. */
  public StoredFile store(
      String name,
      byte[] content,
      String kind,
      String reference,
      String title,
      String documentNumber) {
    requireSafe(name);
    try {
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, name, ".part");
      Files.write(temporary, content);
      Files.move(
          temporary,
          folder.resolve(name),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the document "
              + name
              + " cannot be written to "
              + folder
              + ": "
              + e.getMessage()
              + " (check ubnd.documents.folder and its free space)",
          e);
    }
    StoredFile file =
        new StoredFile(
            name,
            kind,
            reference,
            title,
            documentNumber,
            baseUrl + "/api/documents/" + name,
            OffsetDateTime.now(clock),
            content.length);
    index.record(file);
    return file;
  }

  /**
   * A document the system wrote, by name: only finished .docx files, never a half-written one
   * (".part") or anything else that may lie in the folder.
   */
  public Optional<Path> find(String name) {
    if (!SAFE_NAME.matcher(name).matches() || !name.endsWith(".docx")) {
      return Optional.empty();
    }
    Path file = folder.resolve(name);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /**
   * The issued report a later step sends on (to the Council, by mail): its bytes, or the step fails
   * with what to run again.
   */
  public byte[] issuedContent(String name) throws IOException {
    Path file =
        find(name)
            .orElseThrow(
                () ->
                    new InvalidProcessDataException(
                        "văn bản "
                            + name
                            + " không còn trong thư mục lưu trữ (ubnd.documents.folder): chạy lại"
                            + " bước \"Cấp số, phát hành báo cáo\""));
    return Files.readAllBytes(file);
  }

  private static void requireSafe(String name) {
    if (!SAFE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("unsafe document name: " + name);
    }
  }
}

package vn.gov.ubnd.workflow.directives.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.config.StorageFolderException;

/** The uploaded lists, one file per import, kept in the imports folder (never served as is). */
@Component
class ImportFiles {

  private final Path folder;
  private final long maxBytes;

  public ImportFiles(ImportProperties properties) {
    this.folder =
        StorageFolderException.require(
            properties.folder(), "ubnd.imports.folder", "UBND_IMPORTS_FOLDER");
    this.maxBytes = properties.maxFileSize().toBytes();
  }

  Path path(DirectiveImport directiveImport) {
    return folder.resolve(directiveImport.importId() + "." + directiveImport.format().extension());
  }

  /**
   * Keeps an upload under the import's name; refuses it, keeping nothing, past the size limit.
   * Written to a temporary name first, so a half-written file is never taken for an import.
   */
  void keep(DirectiveImport directiveImport, InputStream content) throws IOException {
    Files.createDirectories(folder);
    Path target = path(directiveImport);
    Path partial = folder.resolve(directiveImport.importId() + ".uploading");
    try (OutputStream out = Files.newOutputStream(partial)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = content.read(buffer)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new ImportRefusedException(
              "Tệp lớn hơn "
                  + size(maxBytes)
                  + ", giới hạn một lần nhập: chia danh sách thành nhiều tệp nhỏ hơn rồi gửi"
                  + " từng tệp.");
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
  }

  /** "20 MB", "64 KB": the limit as an office reads it. */
  static String size(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }

  void discard(DirectiveImport directiveImport) {
    try {
      Files.deleteIfExists(path(directiveImport));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

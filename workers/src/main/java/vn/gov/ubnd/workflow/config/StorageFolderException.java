package vn.gov.ubnd.workflow.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder the application keeps files in is not configured, does not exist or cannot be written:
 * the start stops rather than write issued reports or uploads to a temporary folder a cleaner
 * empties, or to a folder created by a typo.
 */
public class StorageFolderException extends RuntimeException {

  private final String property;

  private StorageFolderException(String property, String message) {
    super(message);
    this.property = property;
  }

  public String property() {
    return property;
  }

  /**
   * The configured folder, checked.
   *
   * @param value the configured path
   * @param property its property, e.g. ubnd.documents.folder
   * @param variable its environment variable, e.g. UBND_DOCUMENTS_FOLDER
   */
  public static Path require(String value, String property, String variable) {
    if (value == null || value.isBlank()) {
      throw new StorageFolderException(
          property, property + " (" + variable + ") is not set: it has no default on purpose.");
    }
    Path folder = Path.of(value).toAbsolutePath().normalize();
    if (!Files.isDirectory(folder)) {
      throw new StorageFolderException(
          property, property + " (" + variable + ") names " + folder + ", which does not exist.");
    }
    if (!Files.isWritable(folder)) {
      throw new StorageFolderException(
          property,
          property + " (" + variable + ") names " + folder + ", which this user cannot write.");
    }
    return folder;
  }
}

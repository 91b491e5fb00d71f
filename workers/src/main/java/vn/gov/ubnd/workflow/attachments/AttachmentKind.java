package vn.gov.ubnd.workflow.attachments;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file an office attaches: scanned or signed documents (PDF, images) and office files.
 * A file is taken by its name's extension and only if its first bytes say the same.
 */
public enum AttachmentKind {
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf"),
  DOCX(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      Signatures.ZIP,
      "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Signatures.ZIP, "xlsx"),
  DOC("application/msword", Signatures.OLE, "doc"),
  XLS("application/vnd.ms-excel", Signatures.OLE, "xls"),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "png");

  private final String contentType;
  private final byte[] signature;
  private final String[] extensions;

  AttachmentKind(String contentType, byte[] signature, String... extensions) {
    this.contentType = contentType;
    this.signature = signature;
    this.extensions = extensions;
  }

  public String contentType() {
    return contentType;
  }

  /** The kind a file's name says, if it is one of ours. */
  static Optional<AttachmentKind> ofName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(kind -> Arrays.asList(kind.extensions).contains(extension))
        .findFirst();
  }

  /** The file's first bytes are this kind's. */
  boolean matches(byte[] head) {
    if (head.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (head[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }

  static String accepted() {
    return ".pdf, .docx, .xlsx, .doc, .xls, .jpg, .png";
  }

  private static final class Signatures {
    static final byte[] ZIP = {'P', 'K', 3, 4};
    static final byte[] OLE = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
  }
}

package vn.gov.ubnd.workflow.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.config.StorageFolderException;
import vn.gov.ubnd.workflow.documents.DocumentProperties;

/**
 * Keeps attached files beside the issued documents (folder {@code attachments} of {@code
 * ubnd.documents.folder}, so that the documents' backup holds them) and their records in the index
 * {@code attachments}. A file is checked before it is kept: a kind the office uses, its content
 * that kind, not empty, not larger than {@code ubnd.attachments.max-megabytes}.
 */
@Component
public class AttachmentStore {

  private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");
  private static final int MAX_NAME = 255;

  private final Path folder;
  private final long maxBytes;
  private final int maxMegabytes;
  private final AttachmentIndex index;
  private final Clock clock;

  @Autowired
  public AttachmentStore(
      DocumentProperties documents,
      AttachmentProperties properties,
      AttachmentIndex index,
      Clock clock) {
    this(
        StorageFolderException.require(
                documents.folder(), "ubnd.documents.folder", "UBND_DOCUMENTS_FOLDER")
            .resolve("attachments"),
        properties,
        index,
        clock);
  }

  AttachmentStore(
      Path folder, AttachmentProperties properties, AttachmentIndex index, Clock clock) {
    this.folder = folder;
    this.maxMegabytes = properties.maxMegabytes();
    this.maxBytes = properties.maxMegabytes() * 1024L * 1024L;
    this.index = index;
    this.clock = clock;
  }

  /**
   * Keeps the file for its owner.
   *
   * @param field the field's label as the person sees it, for the refusal («Tệp kèm theo»)
   * @throws AttachmentRefusedException naming the field and what to send instead
   */
  public Attachment store(
      String owner, String field, String fileName, InputStream content, Person by) {
    // Some browsers send the whole path of the file on Windows: only its last part is its name.
    String name =
        fileName == null
            ? ""
            : fileName
                .substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
    if (name.isBlank() || name.length() > MAX_NAME) {
      throw new AttachmentRefusedException(
          field
              + ": tệp không có tên hoặc tên dài quá "
              + MAX_NAME
              + " ký tự: đổi tên tệp rồi gửi lại.");
    }
    AttachmentKind kind =
        AttachmentKind.ofName(name)
            .orElseThrow(
                () ->
                    new AttachmentRefusedException(
                        field
                            + ": tệp \""
                            + name
                            + "\" không thuộc loại được nhận; gửi tệp "
                            + AttachmentKind.accepted()
                            + "."));
    String id = UUID.randomUUID().toString();
    Path temporary = null;
    try {
      Files.createDirectories(folder);
      temporary = Files.createTempFile(folder, id, ".part");
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] head = new byte[16];
      int headLength = 0;
      long size = 0;
      try (InputStream in = new DigestInputStream(content, sha256);
          OutputStream out = Files.newOutputStream(temporary)) {
        byte[] buffer = new byte[64 * 1024];
        for (int read; (read = in.read(buffer)) > 0; ) {
          int copied = Math.min(read, head.length - headLength);
          System.arraycopy(buffer, 0, head, headLength, copied);
          headLength += copied;
          size += read;
          if (size > maxBytes) {
            throw new AttachmentRefusedException(
                field
                    + ": tệp \""
                    + name
                    + "\" lớn hơn "
                    + maxMegabytes
                    + " MB: nén, giảm độ phân giải bản quét hoặc chia thành nhiều tệp.");
          }
          out.write(buffer, 0, read);
        }
      }
      if (size == 0) {
        throw new AttachmentRefusedException(
            field + ": tệp \"" + name + "\" rỗng: chọn lại tệp có nội dung.");
      }
      if (!kind.matches(Arrays.copyOf(head, headLength))) {
        throw new AttachmentRefusedException(
            field
                + ": nội dung tệp \""
                + name
                + "\" không phải tệp "
                + kind.name()
                + " như tên tệp ghi: mở tệp bằng phần mềm của nó, lưu lại đúng loại rồi gửi lại.");
      }
      Files.move(temporary, folder.resolve(id), StandardCopyOption.ATOMIC_MOVE);
      temporary = null;
      Attachment attachment =
          new Attachment(
              id,
              owner,
              name,
              kind,
              size,
              HexFormat.of().formatHex(sha256.digest()),
              by.username(),
              by.fullName(),
              OffsetDateTime.now(clock));
      index.put(attachment);
      return attachment;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the attachment cannot be written to " + folder + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // a leftover ".part" is never served
        }
      }
    }
  }

  /** The attachment's record, if the id names one. */
  public Optional<Attachment> find(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return index.find(id);
  }

  /** The kept file of the attachment. */
  public Path file(Attachment attachment) {
    return folder.resolve(attachment.id());
  }
}

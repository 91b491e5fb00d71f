package vn.gov.ubnd.workflow.it.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A phone authenticator app, as RFC 6238 describes it (HMAC-SHA1, 6 digits, 30 s steps). */
public final class Totp {

  private final byte[] key;

  /** The key as Keycloak shows it for typing: Base32, in groups of four. */
  public Totp(String base32) {
    this.key = decode(base32.replace(" ", "").toUpperCase(Locale.ROOT));
  }

  /** The code of the step {@code offset} steps from now (1: the next one). */
  public String code(int offset) {
    long step = Instant.now().getEpochSecond() / 30 + offset;
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int at = hash[hash.length - 1] & 0x0f;
      int value = (ByteBuffer.wrap(hash, at, 4).getInt() & 0x7fffffff) % 1_000_000;
      return String.format("%06d", value);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] decode(String base32) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : base32.replace("=", "").toCharArray()) {
      int value = alphabet.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not Base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}

package org.entente.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * One news article as read from the input, with where it came from ({@code origin}: file and
 * line) and a hash of its content by which a re-ingest tells unchanged articles from changed ones.
 */
public record Article(String id, String title, String text, LocalDate published, String url, String source,
                      String lang, String origin) {

  /** The hash of everything stored about the article, as 32 hex digits. */
  public String contentHash() {
    return digest(String.join("\u0000", nz(title), nz(text), published == null ? "" : published.toString(),
        nz(url), nz(source), nz(lang)), 32);
  }

  /** An id derived from title and text, for records that carry none. */
  public static String derivedId(String title, String text) {
    return "a-" + digest(nz(title) + "\u0000" + nz(text), 16);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String digest(String s, int hexChars) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h).substring(0, hexChars);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

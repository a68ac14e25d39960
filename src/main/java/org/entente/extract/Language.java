package org.entente.extract;

import java.util.Locale;

/** The six languages Entente reads, with the ISO 639-1 codes the contract uses. */
public enum Language {
  EN, FR, DE, ES, IT, RU;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Locale locale() {
    return Locale.forLanguageTag(code());
  }

  /** The language for an ISO 639-1 code, or null when Entente does not read it. */
  public static Language fromCode(String code) {
    if (code == null) return null;
    String c = code.trim().toLowerCase(Locale.ROOT);
    if (c.length() > 2) c = c.substring(0, 2);
    for (Language l : values()) if (l.code().equals(c)) return l;
    return null;
  }
}

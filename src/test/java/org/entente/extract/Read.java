package org.entente.extract;

import java.time.LocalDate;
import java.util.List;

/** Test shorthand: extract one text and list its relations as "SOURCE TYPE TARGET status". */
final class Read {

  static final Extractor EXTRACTOR = new Extractor();

  private Read() {}

  static Extraction extraction(String lang, String text) {
    return EXTRACTOR.extract("t", null, text, Language.fromCode(lang), LocalDate.of(2024, 6, 20));
  }

  static List<String> relations(String lang, String text) {
    return extraction(lang, text).relations().stream()
        .map(r -> r.source() + " " + r.type() + " " + r.target() + " " + r.status()).toList();
  }

  static List<String> relations(String lang, String text, String type) {
    return extraction(lang, text).relations().stream().filter(r -> r.type().equals(type))
        .map(r -> r.source() + " " + r.type() + " " + r.target() + " " + r.status()).toList();
  }

  static List<String> entityIds(String lang, String text) {
    return extraction(lang, text).entities().stream().map(Entity::id).toList();
  }
}

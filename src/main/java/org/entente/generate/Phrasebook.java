package org.entente.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.entente.extract.Resources;

/**
 * The words the corpus generator writes with, read from {@code entente/generate/names.tsv} (how
 * each state, organization, leader and month is written in each language and grammatical case)
 * and {@code templates.tsv} (sentences with slots, by language and kind). Both are data files a
 * user can extend through ENTENTE_DICT, like the extractor's dictionaries.
 */
public final class Phrasebook {

  private final Map<String, String> forms = new HashMap<>();
  private final Map<String, List<Template>> templates = new HashMap<>();
  private final Map<String, TreeSet<String>> ids = new HashMap<>();

  private Phrasebook() {}

  public static Phrasebook load() {
    Phrasebook p = new Phrasebook();
    for (String line : Resources.lines("entente/generate/names.tsv")) {
      String[] f = line.split("\t");
      if (f.length < 5) throw new IllegalStateException("names.tsv: five tab-separated columns needed: " + line);
      p.forms.put(key(f[0], f[1], f[2], f[3]), f[4].strip());
      p.ids.computeIfAbsent(f[0], k -> new TreeSet<>()).add(f[1]);
    }
    for (String line : Resources.lines("entente/generate/templates.tsv")) {
      String[] f = line.split("\t", 3);
      if (f.length < 3) throw new IllegalStateException("templates.tsv: three tab-separated columns needed: " + line);
      p.templates.computeIfAbsent(f[0] + "|" + f[1], k -> new ArrayList<>()).add(Template.parse(f[2].strip()));
    }
    return p;
  }

  /** How {@code id} of {@code kind} is written in {@code lang} and {@code grammaticalCase}; the nominative when that case is missing. */
  public String form(String kind, String id, String lang, String grammaticalCase) {
    String f = forms.get(key(kind, id, lang, grammaticalCase == null ? "nom" : grammaticalCase));
    if (f == null) f = forms.get(key(kind, id, lang, "nom"));
    if (f == null) f = forms.get(key(kind, id, "en", "nom"));
    return f;
  }

  public boolean has(String kind, String id, String lang) {
    return forms.containsKey(key(kind, id, lang, "nom"));
  }

  /** The ids that have forms of this kind, sorted, so that the same seed gives the same corpus. */
  public List<String> ids(String kind) {
    return new ArrayList<>(ids.getOrDefault(kind, new TreeSet<>()));
  }

  /** The templates of a kind in a language; empty when there are none. */
  public List<Template> templates(String lang, String kind) {
    return templates.getOrDefault(lang + "|" + kind, List.of());
  }

  private static String key(String kind, String id, String lang, String c) {
    return kind + "|" + id + "|" + lang + "|" + c;
  }
}

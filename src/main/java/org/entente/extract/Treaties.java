package org.entente.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Treaties that news names ("New START", "l'accord de Prespa", "Договор о нераспространении"),
 * from {@code treaties.tsv}: their names per language, their parties when the treaty has a fixed
 * few, and the date of signing. A named treaty needs no parties in its sentence to be known.
 */
public final class Treaties {

  /**
   * One treaty. {@code parties} is empty for an open multilateral treaty (the NPT, the Rome
   * Statute), whose parties are the states an article names as such; {@code founds} is the
   * organization the treaty establishes, or null.
   */
  public record Known(String key, String title, List<String> parties, String signed, String founds,
                      Map<String, List<String>> names, Map<String, List<String>> acronyms) {

    public boolean closed() {
      return !parties.isEmpty();
    }

    /** The graph id: parties and year as for any treaty read from text, or the key for an open one. */
    public String id() {
      if (!closed()) return "t-" + key.toLowerCase(Locale.ROOT).replace('_', '-');
      StringBuilder sb = new StringBuilder("t-");
      parties.stream().sorted().forEach(p -> sb.append(p.toLowerCase(Locale.ROOT)).append('-'));
      if (signed != null && signed.length() >= 4) sb.append(signed, 0, 4);
      else sb.setLength(sb.length() - 1);
      return sb.toString();
    }
  }

  private final Map<String, Known> byKey;

  private Treaties(Map<String, Known> byKey) {
    this.byKey = byKey;
  }

  public static Treaties load() {
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, List<String>> parties = new LinkedHashMap<>();
    Map<String, String> signed = new LinkedHashMap<>();
    Map<String, String> founds = new LinkedHashMap<>();
    Map<String, Map<String, List<String>>> names = new LinkedHashMap<>();
    Map<String, Map<String, List<String>>> acronyms = new LinkedHashMap<>();
    for (String line : Resources.lines("entente/dict/treaties.tsv")) {
      String[] c = line.split("\t");
      if (c.length < 4) continue;
      String key = c[0].strip();
      String lang = c[1].strip();
      String value = c[3].strip();
      switch (c[2].strip()) {
        case "title" -> titles.put(key, value);
        case "parties" -> parties.put(key, value.equals("*") ? List.of() : List.of(value.split("\\s+")));
        case "signed" -> signed.put(key, value);
        case "founds" -> founds.put(key, value);
        case "name" -> names.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(lang, k -> new ArrayList<>()).add(value);
        case "acronym" -> acronyms.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(lang, k -> new ArrayList<>()).add(value);
        default -> { } // a kind of row this version does not read
      }
    }
    Map<String, Known> out = new LinkedHashMap<>();
    for (String key : titles.keySet()) {
      out.put(key, new Known(key, titles.get(key), parties.getOrDefault(key, List.of()), signed.get(key), founds.get(key),
          names.getOrDefault(key, Map.of()), acronyms.getOrDefault(key, Map.of())));
    }
    return new Treaties(out);
  }

  public Known get(String key) {
    return byKey.get(key);
  }

  public Iterable<Known> all() {
    return byKey.values();
  }
}

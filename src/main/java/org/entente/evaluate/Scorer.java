package org.entente.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entente.extract.Entity;
import org.entente.extract.Extraction;
import org.entente.extract.Extractor;
import org.entente.extract.Language;
import org.entente.extract.Relation;

/**
 * Scores the extractor against annotated articles (docs/ANNOTATION.md): precision, recall and F1
 * for relations by type and by language, and for state, organization and leader mentions. A
 * relation counts when type, ends and status all match; extracted treaties are matched to the
 * annotated ones by their parties.
 */
public final class Scorer {

  private final Extractor extractor;
  private final Map<String, Tally> byType = new TreeMap<>();
  private final Map<String, Tally> byLang = new TreeMap<>();
  private final Map<String, Tally> mentions = new TreeMap<>();
  private final Tally relations = new Tally();
  private final List<String> errors = new ArrayList<>();
  private int articles;

  public Scorer(Extractor extractor) {
    this.extractor = extractor;
  }

  /** Scores every article of the JSONL files under the paths. */
  public Scorer score(List<Path> paths) throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Path p : paths) {
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(p)) {
        try (var s = Files.walk(p)) {
          s.filter(f -> f.toString().endsWith(".jsonl")).sorted().forEach(files::add);
        }
      } else {
        files.add(p);
      }
      for (Path f : files) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) score(json.readTree(line));
        }
      }
    }
    return this;
  }

  void score(JsonNode a) {
    articles++;
    String lang = a.path("lang").asText("en");
    LocalDate published = a.hasNonNull("published") ? LocalDate.parse(a.get("published").asText().substring(0, 10)) : null;
    Extraction x = extractor.extract(a.path("id").asText(), a.path("title").asText(null), a.path("text").asText(),
        Language.fromCode(lang), published);
    JsonNode exp = a.path("expected");
    mention(a.path("id").asText(), "states", ids(exp.path("states")), ids(x, Entity.STATE));
    mention(a.path("id").asText(), "organizations", ids(exp.path("organizations")), ids(x, Entity.ORGANIZATION));
    mention(a.path("id").asText(), "leaders", ids(exp.path("leaders")), ids(x, Entity.LEADER));
    Map<String, String> treaty = alignTreaties(exp.path("treaties"), x, Language.fromCode(lang));
    Set<String> want = new HashSet<>();
    for (JsonNode r : exp.path("relations")) {
      want.add(key(r.path("type").asText(), r.path("source").asText(), r.path("target").asText(), r.path("status").asText("active")));
    }
    Set<String> got = new HashSet<>();
    for (Relation r : x.relations()) {
      got.add(key(r.type(), r.source(), treaty.getOrDefault(r.target(), r.target()), r.status()));
    }
    Tally langTally = byLang.computeIfAbsent(lang, k -> new Tally());
    for (String k : union(want, got)) {
      String type = k.substring(0, k.indexOf(' '));
      Tally t = byType.computeIfAbsent(type, z -> new Tally());
      boolean w = want.contains(k);
      boolean g = got.contains(k);
      for (Tally each : List.of(t, langTally, relations)) {
        if (w && g) each.tp++;
        else if (g) each.fp++;
        else each.fn++;
      }
      if (w != g) errors.add(a.path("id").asText() + "  " + (g ? "extra  " : "missed ") + k);
    }
  }

  private void mention(String article, String what, Set<String> want, Set<String> got) {
    Tally t = mentions.computeIfAbsent(what, k -> new Tally());
    for (String s : union(want, got)) {
      if (want.contains(s) && got.contains(s)) t.tp++;
      else if (got.contains(s)) t.fp++;
      else t.fn++;
      if (want.contains(s) != got.contains(s)) errors.add(article + "  " + (got.contains(s) ? "extra  " : "missed ") + what + " " + s);
    }
  }

  /**
   * Extracted treaty id -> annotated key, one to one, best pairs first: an annotated name that
   * names the extracted treaty counts most, then the parties they share (at least two when the
   * names do not tell), then the same year of signing (two treaties between the same states).
   */
  private Map<String, String> alignTreaties(JsonNode expected, Extraction x, Language lang) {
    record Pair(String id, String key, int score) {}
    List<Pair> pairs = new ArrayList<>();
    for (Entity t : x.entities()) {
      if (!t.kind().equals(Entity.TREATY) || t.parties() == null) continue;
      String year = t.signed() != null && t.signed().length() >= 4 ? t.signed().substring(0, 4)
          : t.id().matches(".*-\\d{4}") ? t.id().substring(t.id().length() - 4) : null;
      for (JsonNode e : expected) {
        Set<String> ps = ids(e.path("parties"));
        int n = 0;
        for (String p : t.parties()) if (ps.contains(p)) n++;
        boolean named = t.id().equals(extractor.gazetteer().treatyIdNamedBy(e.path("name").asText(""), lang));
        if (!named && n < 2) continue;
        String signed = e.path("signed").asText("");
        int score = (named ? 100 : 0) + 10 * n + (year != null && signed.startsWith(year) ? 5 : 0);
        pairs.add(new Pair(t.id(), e.path("key").asText(), score));
      }
    }
    pairs.sort((a, b) -> Integer.compare(b.score(), a.score()));
    Map<String, String> out = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (Pair p : pairs) {
      if (out.containsKey(p.id()) || used.contains(p.key())) continue;
      out.put(p.id(), p.key());
      used.add(p.key());
    }
    return out;
  }

  private static String key(String type, String source, String target, String status) {
    if (type.equals(Relation.ALLIED_WITH) && source.compareTo(target) > 0) {
      String s = source;
      source = target;
      target = s;
    }
    return type + " " + source + " " + target + " " + status;
  }

  private static Set<String> ids(JsonNode arr) {
    Set<String> s = new HashSet<>();
    for (JsonNode n : arr) s.add(n.asText());
    return s;
  }

  private static Set<String> ids(Extraction x, String kind) {
    Set<String> s = new HashSet<>();
    for (Entity e : x.entities()) if (e.kind().equals(kind)) s.add(e.id());
    return s;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new java.util.TreeSet<>(a);
    u.addAll(b);
    return u;
  }

  public Tally relations() {
    return relations;
  }

  public Map<String, Tally> byType() {
    return byType;
  }

  public Map<String, Tally> byLanguage() {
    return byLang;
  }

  public Map<String, Tally> mentions() {
    return mentions;
  }

  public List<String> errors() {
    return errors;
  }

  /** Prints the tables: relations by type, by language, micro-averaged, and mentions. */
  public void print(PrintWriter out, boolean withErrors) {
    out.printf(Locale.ROOT, "%d articles%n%n", articles);
    table(out, "relation type", byType);
    table(out, "language", byLang);
    table(out, "all relations", Map.of("micro", relations));
    table(out, "mentions", mentions);
    if (withErrors) {
      out.println("errors:");
      errors.forEach(e -> out.println("  " + e));
    }
  }

  private static void table(PrintWriter out, String title, Map<String, Tally> rows) {
    out.printf(Locale.ROOT, "%-16s %9s %6s %6s %6s%n", title, "support", "P", "R", "F1");
    for (var e : rows.entrySet()) {
      Tally t = e.getValue();
      out.printf(Locale.ROOT, "%-16s %9d %6.3f %6.3f %6.3f%n", e.getKey(), t.support(), t.precision(), t.recall(), t.f1());
    }
    out.println();
  }
}

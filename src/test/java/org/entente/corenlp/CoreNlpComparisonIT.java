package org.entente.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
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
import java.util.Properties;
import java.util.Set;
import org.entente.extract.Entity;
import org.entente.extract.Extraction;
import org.entente.extract.Extractor;
import org.entente.extract.Gazetteer;
import org.entente.extract.Language;
import org.entente.extract.Leaders;
import org.junit.jupiter.api.Test;

/**
 * Mention finding side by side with Stanford CoreNLP's NER on the English development articles:
 * F1 for states, organizations and leaders against the annotations, and speed. CoreNLP's names
 * are mapped to ids through Entente's own dictionaries, which is to its advantage. Runs only
 * with {@code -Pcorenlp} (the models are a 470 MB download).
 */
class CoreNlpComparisonIT {

  record Doc(String id, String text, LocalDate published, Map<String, Set<String>> expected) {}

  @Test
  void ententeAndCoreNlpAreScoredOnTheSameArticles() throws Exception {
    List<Doc> docs = englishDevArticles();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    StanfordCoreNLP nlp = new StanfordCoreNLP(props);
    Extractor x = new Extractor();
    Map<String, long[]> ours = new HashMap<>();
    Map<String, long[]> theirs = new HashMap<>();
    long oursNanos = Long.MAX_VALUE;
    long theirNanos = Long.MAX_VALUE;
    // Entente's pass takes milliseconds, so it needs many passes before the JIT has compiled it;
    // CoreNLP's takes seconds and is warm after one. Each side: the fastest timed pass.
    for (int run = 0; run < 30; run++) {
      long t0 = System.nanoTime();
      for (Doc d : docs) {
        Extraction e = x.extract(d.id(), null, d.text(), Language.EN, d.published());
        if (run == 0) tally(ours, d.expected(), entente(e));
      }
      if (run >= 20) oursNanos = Math.min(oursNanos, System.nanoTime() - t0);
    }
    for (int run = 0; run < 3; run++) {
      long t0 = System.nanoTime();
      for (Doc d : docs) {
        CoreDocument cd = new CoreDocument(d.text());
        nlp.annotate(cd);
        if (run == 0) tally(theirs, d.expected(), coreNlp(cd));
      }
      if (run > 0) theirNanos = Math.min(theirNanos, System.nanoTime() - t0);
    }
    long bytes = 0;
    for (Doc d : docs) bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
    System.out.printf(Locale.ROOT, "%d English development articles, %.0f KB%n", docs.size(), bytes / 1e3);
    System.out.printf(Locale.ROOT, "| mentions | Entente F1 | CoreNLP NER F1 |%n|---|---|---|%n");
    for (String k : List.of("states", "organizations", "leaders")) {
      System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f |%n", k, f1(ours.get(k)), f1(theirs.get(k)));
    }
    System.out.printf(Locale.ROOT, "| speed | %.2f MB/s (whole extraction) | %.3f MB/s (tokenize, ssplit, pos, lemma, ner) |%n",
        bytes / 1e6 / (oursNanos / 1e9), bytes / 1e6 / (theirNanos / 1e9));
    System.out.printf(Locale.ROOT, "speed ratio %.1fx%n", (double) theirNanos / oursNanos);
    assertThat(docs).hasSizeGreaterThan(20);
    assertThat(f1(theirs.get("states"))).isGreaterThan(0.3); // CoreNLP did run and its names were mapped
    assertThat(f1(ours.get("states"))).isGreaterThan(0.9);
  }

  private static Map<String, Set<String>> entente(Extraction e) {
    Map<String, Set<String>> got = empty();
    for (Entity en : e.entities()) {
      switch (en.kind()) {
        case Entity.STATE -> got.get("states").add(en.id());
        case Entity.ORGANIZATION -> got.get("organizations").add(en.id());
        case Entity.LEADER -> got.get("leaders").add(en.id());
        default -> { }
      }
    }
    return got;
  }

  /** CoreNLP's places, nationalities, organizations and persons, mapped to ids by Entente's dictionaries. */
  private static Map<String, Set<String>> coreNlp(CoreDocument cd) {
    Map<String, Set<String>> got = empty();
    Gazetteer g = Gazetteer.get();
    for (CoreEntityMention m : cd.entityMentions()) {
      String type = m.entityType();
      if (type.equals("PERSON")) {
        String id = leaderNamed(g.leaders(), m.text());
        if (id != null) got.get("leaders").add(id);
      } else if (Set.of("COUNTRY", "NATIONALITY", "LOCATION", "CITY", "STATE_OR_PROVINCE", "ORGANIZATION").contains(type)) {
        for (String id : g.idsNamedBy(m.text())) got.get(g.isState(id) ? "states" : "organizations").add(id);
      }
    }
    return got;
  }

  private static String leaderNamed(Leaders leaders, String text) {
    String t = text.toLowerCase(Locale.ROOT);
    String bySurname = null;
    int surnames = 0;
    for (Leaders.Leader l : leaders.all()) {
      for (String n : l.names()) {
        String ln = n.toLowerCase(Locale.ROOT);
        if (ln.equals(t)) return l.id();
        if (!t.contains(" ") && ln.endsWith(" " + t)) {
          if (!l.id().equals(bySurname)) surnames++;
          bySurname = l.id();
        }
      }
    }
    return surnames == 1 ? bySurname : null;
  }

  private static Map<String, Set<String>> empty() {
    Map<String, Set<String>> m = new HashMap<>();
    for (String k : List.of("states", "organizations", "leaders")) m.put(k, new HashSet<>());
    return m;
  }

  private static void tally(Map<String, long[]> t, Map<String, Set<String>> want, Map<String, Set<String>> got) {
    for (String k : want.keySet()) {
      long[] c = t.computeIfAbsent(k, x -> new long[3]);
      for (String id : got.get(k)) if (want.get(k).contains(id)) c[0]++; else c[1]++;
      for (String id : want.get(k)) if (!got.get(k).contains(id)) c[2]++;
    }
  }

  private static double f1(long[] c) {
    double p = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static List<Doc> englishDevArticles() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Doc> out = new ArrayList<>();
    for (String part : List.of("tune", "tune2", "heldout")) {
      Path f = Path.of("src/test/resources/devset", part, "en.jsonl");
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        JsonNode a = json.readTree(line);
        Map<String, Set<String>> exp = empty();
        for (String k : List.of("states", "organizations", "leaders")) a.path("expected").path(k).forEach(v -> exp.get(k).add(v.asText()));
        String text = a.path("title").asText("") + "\n" + a.path("text").asText();
        out.add(new Doc(a.path("id").asText(), text, a.hasNonNull("published") ? LocalDate.parse(a.get("published").asText()) : null, exp));
      }
    }
    return out;
  }
}

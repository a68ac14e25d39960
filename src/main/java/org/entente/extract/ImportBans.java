package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Import bans read as sanctions: "Russia banned imports of beef, fish and dairy from the United
 * States, the EU, Australia, Canada and Norway". The banning actor sanctions the states and blocs
 * the goods come from; a ban lifted has ended. {@link SanctionRule} calls it for each sentence.
 */
final class ImportBans {

  private static final Set<String> ORIGINS = Set.of(Entity.STATE, Entity.ORGANIZATION);

  private ImportBans() {}

  static void apply(SentenceView s, ArticleContext ctx) {
    for (Cues.Hit h : bans(s)) {
      if (Modality.notAFact(s, h)) continue;
      List<Mention> origins = origins(s, h);
      if (origins.isEmpty()) continue;
      List<String> sources = new ArrayList<>();
      for (Mention m : subject(s, h)) if (!origins.contains(m)) sources.add(m.id());
      if (sources.isEmpty()) {
        String referent = Pronouns.subject(s, h, ctx);                 // "Moscou a interdit les importations..."
        if (referent != null) sources.add(referent);
      }
      // lifted before the ban's word, or after it as its predicate: "il blocco delle importazioni argentine è revocato"
      String status = s.near(h.from(), 6, 0, "lift") || s.nearAfter(h, 4, "lift") ? Relation.ENDED : Relation.ACTIVE;
      for (String src : sources) {
        for (Mention t : origins) {
          if (t.id().equals(src) || t.id().equals("WEST")) continue;
          ctx.relate(s, Relation.SANCTIONS, src, t.id(), status, s.dateNear(h.from()), "import-ban", s.words(h.from(), h.to()));
        }
      }
    }
  }

  /**
   * The import bans of the sentence: its words for one, and a sanctions word with a word for
   * imports within three words after it, no comma between ("l'embargo sulle importazioni
   * dall'Argentina", "эмбарго на импорт"), which the words for import bans need not list.
   */
  private static List<Cues.Hit> bans(SentenceView s) {
    List<Cues.Hit> imports = s.cues("imports");
    if (imports.isEmpty()) return s.cues("importban");
    List<Cues.Hit> out = new ArrayList<>(s.cues("importban"));
    for (Cues.Hit h : s.cues("sanction")) {
      for (Cues.Hit i : imports) {
        boolean after = i.from() >= h.to() && i.from() - h.to() <= 3 && !s.commaBetween(h.to() - 1, i.from());
        if (after && out.stream().noneMatch(b -> b.from() < i.to() && h.from() < b.to())) out.add(new Cues.Hit("importban", h.from(), i.to()));
      }
    }
    return out;
  }

  /**
   * The actor that bans: the subject nearest before the ban ("Ukraine complained that Poland
   * banned..."), unless that is only an adjective ("als Antwort auf westliche Sanktionen ein
   * Einfuhrverbot"); then the sentence's first subject.
   */
  private static List<Mention> subject(SentenceView s, Cues.Hit h) {
    // "Россия приостановила действие Договора ... СНГ и ввела запрет": a verb after "and" shares the sentence's first subject
    if (s.near(h.from(), 2, 0, "coord")) {
      List<Mention> first = FirstSubjects.of(s, h);
      if (!first.isEmpty()) return first;
    }
    List<Mention> near = Subjects.subjectBefore(s, h.from(), 20);
    boolean named = near.stream().anyMatch(m -> !m.isAdjectival());
    return named ? near : FirstSubjects.of(s, h);
  }

  /** The states after the first "from" within fifteen words of the ban that names any ("... из США, Евросоюза"). */
  private static List<Mention> origins(SentenceView s, Cues.Hit h) {
    for (Cues.Hit o : s.cues("origin")) {
      if (o.from() < h.to() || o.from() - h.to() > 15) continue;
      List<Mention> list = Mentions.listAfter(s, o.to(), 2, ORIGINS);
      if (!list.isEmpty()) return list;
    }
    // "ein Einfuhrverbot gegen Argentinien", "an import ban against Argentina": the state it is directed against
    for (Cues.Hit a : s.cues("against")) {
      if (a.from() < h.to() || a.from() - h.to() > 1) continue;
      List<Mention> list = Mentions.listAfter(s, a.to(), 1, ORIGINS);
      if (!list.isEmpty()) return list;
    }
    // "ein Einfuhrverbot für russisches Rohöl", "un embargo sur le pétrole russe": the goods' adjective names where they come from
    for (Mention m : s.mentions) {
      if (m.isState() && m.isAdjectival() && m.from() >= h.to() && m.from() - h.to() <= 3 && !s.commaBetween(h.to() - 1, m.from())) return List.of(m);
    }
    return List.of();
  }
}

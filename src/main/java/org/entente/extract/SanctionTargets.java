package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where {@link SanctionRule} finds whom sanctions fall on: the objects of "on"/"against" and the
 * names beside them, a state written as "anti-", the subject of a passive or of an opening phrase,
 * and the sectors of a state's economy; {@link SanctionedPeople} tells people and firms from the state.
 */
final class SanctionTargets {

  private static final Set<String> TARGETS = SanctionRule.TARGETS;

  private SanctionTargets() {}

  /** "des sanctions au régime du président Faure Gnassingbé": the regime of a leader is his state's government, a target too. */
  static List<Mention> regimeStates(SentenceView s, ArticleContext ctx, List<Mention> targets) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : targets) {
      if (!m.kind().equals(Entity.LEADER) || !s.near(m.from(), 4, 0, "regime")) continue;
      String state = ctx.leaderState(m.id());
      if (state != null && targets.stream().noneMatch(t -> t.id().equals(state))) out.add(Mentions.stateAt(m, state));
    }
    return out;
  }

  /** The preposition, or null when it says what the sanctions are linked to: "sanzioni legate alla crisi ucraina". */
  static Cues.Hit linked(SentenceView s, Cues.Hit preposition) {
    if (preposition == null) return null;
    boolean linked = s.covered(preposition.from(), "linked") || preposition.from() > s.from && s.covered(preposition.from() - 1, "linked");
    return linked ? null : preposition;
  }

  /** The list of targets a preposition governs; a dative "a"/"à"/"alla" is also "to" ("sanciona a un jefe de Estado"), so its object stands near it. */
  static List<Mention> objectsAfter(SentenceView s, Cues.Hit preposition) {
    int reach = preposition.category().equals("on") && s.covered(preposition.from(), "dative") ? 2 : 4;
    // "a la junta militar birmana": the words for a state's rulers stand between the preposition and the state
    for (int i = preposition.to(); i < s.to && i - preposition.to() < 4 && s.covered(i, "det", "regime"); i++) if (s.covered(i, "regime")) reach++;
    List<Mention> out = Mentions.listAfter(s, preposition.to(), reach, TARGETS);
    if (out.size() == 1 && out.get(0).isOrganization()) out = stateTheOrganizationDescribes(s, out.get(0), out);
    if (out.isEmpty()) out = personAfterOffices(s, preposition);
    // "sur les livraisons d'armes françaises à Israël": the goods' adjective names their origin when a recipient follows
    boolean adjectivesOnly = !out.isEmpty() && out.stream().allMatch(Mention::isAdjectival);
    if (out.isEmpty() || adjectivesOnly) {
      List<Mention> recipient = recipientOfTheGoods(s, preposition);
      if (!recipient.isEmpty() || !adjectivesOnly) out = recipient;
    }
    return out.isEmpty() ? sectorOf(s, preposition.to()) : out;
  }

  /**
   * "un embargo sur les ventes d'armes à la Chine", "on arms sales to China": the goods first, then whom they go to
   * (the goods may be the source's own: "sur les livraisons d'armes françaises à Israël").
   */
  private static List<Mention> recipientOfTheGoods(SentenceView s, Cues.Hit preposition) {
    int reach = 4;
    for (int i = preposition.to() + 1; i < s.to && i - preposition.to() <= reach; i++) {
      if (Mentions.inDemonym(s, i)) {
        reach++;
        continue;
      }
      if (s.inMention(i) || s.commaBetween(i - 1, i)) return List.of();
      if (s.covered(i, "to", "dative")) {
        // (the capital after "à" is the recipient here, not where something happens: "à Pékin")
        for (Mention m : s.mentions) if (m.from() > i && m.from() - i <= 2 && m.isState()) return List.of(m);
        return List.of();
      }
    }
    return List.of();
  }

  /**
   * "sanctions on NATO ally Turkey", "gegen den Nato-Partner Türkei": an organization followed by
   * its word for a member, ally or partner only describes the state named right after; that state
   * is the object.
   */
  private static List<Mention> stateTheOrganizationDescribes(SentenceView s, Mention org, List<Mention> otherwise) {
    int i = org.to();
    if (i >= s.to || !s.covered(i, "member", "ally", "partner")) return otherwise;
    while (i < s.to && s.covered(i, "member", "ally", "partner")) i++;
    for (Mention m : s.mentions) if (m.from() == i && m.isState() && !m.isAdjectival()) return Mentions.listAfter(s, i, 1, TARGETS);
    return otherwise;
  }

  /**
   * "sanciones al jefe del Ejército de Sudán y presidente del Consejo Soberano, el general
   * Abdelfatah al Burhan": the offices first, the sitting leader after their comma.
   */
  private static List<Mention> personAfterOffices(SentenceView s, Cues.Hit preposition) {
    boolean office = false;
    for (int i = preposition.to(); i < s.to - 1 && i - preposition.to() < 16; i++) {
      if (s.covered(i, "sanction", "impose", "clause", "relative", "against", "on") && i > preposition.to()) return List.of();
      office |= s.covered(i, "title");
      if (!s.commaBetween(i, i + 1)) continue;
      if (!office) return List.of();
      for (Mention m : s.mentions) {
        if (m.from() <= i || m.from() - i > 4) continue;
        if (!m.kind().equals(Entity.LEADER)) return List.of();
        for (int k = i + 1; k < m.from(); k++) if (!s.covered(k, "det", "thedef", "honorific", "title")) return List.of();
        return List.of(m);
      }
      return List.of();
    }
    return List.of();
  }

  /**
   * "sur le secteur pétrolier et gazier vénézuélien": a demonym closing a phrase of plain words (a
   * sector and its adjectives) names the state whose economy the sanctions hit.
   */
  static List<Mention> sectorOf(SentenceView s, int from) {
    // "против нефтяного и банковского секторов Ирана", "the oil and banking sectors of Iran": the state the sectors belong to
    for (int j = from; j < s.to - 1 && j - from < 7 && !s.commaBetween(j, j + 1); j++) {
      if (!s.covered(j, "sector")) continue;
      int k = j + 1;
      while (k < s.to && k - j <= 4 && !s.inMention(k) && !s.covered(k, "from", "of") && !s.tokens.get(k).capitalized()) k++;   // "sectores petrolero y bancario de"
      if (k < s.to && s.covered(k, "from", "of")) k++;
      while (k < s.to && s.covered(k, "det")) k++;
      for (Mention m : s.mentions) if (m.from() == k && m.isState() && !m.isAdjectival()) return List.of(m);
      break;
    }
    int i = from;
    while (i < s.to && i - from < 7 && !s.inMention(i) && !s.tokens.get(i).capitalized() && !s.covered(i, "nonstate", "on", "against", "from", "of", "by")
        && !s.commaBetween(i, Math.min(s.to - 1, i + 1))) i++;
    if (i == from || i >= s.to) return List.of();
    for (Mention m : s.mentions) {
      // not "a la fiscal general guatemalteca Consuelo Porras": a demonym before a name describes a person
      boolean person = m.to() < s.to && s.tokens.get(m.to()).capitalized() || SanctionedPeople.modifiesAPerson(s, m);
      if (m.from() == i && m.isState() && m.isAdjectival() && !person) return List.of(m);
    }
    return List.of();
  }

  /** The name right before the comma that opens a short phrase of plain words ending at {@code at}: "Russia, already under". */
  static Mention describedBeforeComma(SentenceView s, int at) {
    for (int i = at; i > s.from && at - i <= 4; i--) {
      // "la Bielorussia, stretta alleata di Mosca e già sottoposta a sanzioni": the second half of one apposition
      if (i < at && s.covered(i, "coord") && !s.tokens.get(i + 1).capitalized()) return apposedTo(s, i);
      if (i < at && (s.tokens.get(i).capitalized() || s.covered(i, "coord", "relative"))) return null;
      if (!s.commaBetween(i - 1, i)) continue;
      Mention m = nameEndingAt(s, i);
      // "la Biélorussie, fidèle alliée de Moscou, déjà frappée par des sanctions": past an apposition, the name before it
      if (m != null && m.from() > s.from && s.covered(m.from() - 1, "from", "of")) return apposedTo(s, m.from());
      if (m != null && Asides.closesARelative(s, m)) return null;    // not "Belarus, which backs Ukraine, is under Western sanctions"
      return m;
    }
    return null;
  }

  /** The name right before the comma that opens the apposition in which token {@code at} stands. */
  static Mention apposedTo(SentenceView s, int at) {
    for (int i = at; i > s.from && at - i <= 6; i--) if (s.commaBetween(i - 1, i)) return nameEndingAt(s, i);
    return null;
  }

  /** The target named by a name (no adjective) that ends right before token {@code i}, or null. */
  static Mention nameEndingAt(SentenceView s, int i) {
    for (Mention m : s.mentions) if (m.to() == i && TARGETS.contains(m.kind()) && !m.isAdjectival()) return m;
    return null;
  }

  /** "on the Southeast Asian nation", "on the Gulf state": the article, a word or two of description, a word for a country. */
  static boolean describedCountryAt(SentenceView s, int at) {
    if (at >= s.to || !s.covered(at, "thedef")) return false;
    for (int i = at + 1; i < Math.min(s.to, at + 4); i++) {
      if (s.covered(i, "countryword", "thecountry")) return i > at + 1;
      if (s.inMention(i) || s.commaBetween(i - 1, i)) return false;
      if (s.inCue(i)) return false;
    }
    return false;
  }

  /** The state a description after "against" stands for: the last one named before it in the sentence, else the topic. */
  static String describedState(SentenceView s, ArticleContext ctx, Cues.Hit against) {
    String last = null;
    for (Mention m : s.mentions) {
      // not "eine von Großbritannien vorgelegte Resolution, die das Waffenembargo gegen das Land beendet": an agent acts
      if (m.isState() && m.to() <= against.from() && !Mentions.modifiesAPerson(s, m) && !s.near(m.from(), 1, 0, "by")) last = m.id();
    }
    return last != null ? last : ctx.topic;
  }

  /**
   * "Maduro, que afronta sanciones ... contra su Gobierno", "sanctions against his government": the
   * state of the sitting leader named last before the preposition; null when the words after it are
   * not a possessive and a word for a government.
   */
  static String ownGovernment(SentenceView s, ArticleContext ctx, Cues.Hit against) {
    if (against.to() + 1 >= s.to || !s.covered(against.to(), "poss") || !s.covered(against.to() + 1, "officials")) return null;
    String owner = null;                     // the leader spoken of; states named before are the sanctions' sources as often as not
    for (Mention m : s.mentions) {
      if (m.to() > against.from()) break;
      if (m.kind().equals(Entity.LEADER) && ctx.leaderState(m.id()) != null) owner = ctx.leaderState(m.id());
    }
    return owner;
  }

  /** The next measure of a list the cue opens: "a trade embargo and a freeze of state assets", or null. */
  static Cues.Hit nextMeasure(SentenceView s, Cues.Hit h) {
    if (h.to() >= s.to || !s.near(h.to(), 0, 1, "coord") || s.commaBetween(h.to() - 1, h.to())) return null;
    for (Cues.Hit c : s.cues) {
      boolean measure = c.category().equals("sanction") || c.category().equals("freeze") || c.category().equals("importban");
      if (measure && c.from() > h.to() && c.from() - h.to() <= 3) return c;
    }
    return null;
  }

  /** The last state named before the cue that is none of its sources and names no person's office, or null. */
  static String otherStateBefore(SentenceView s, Cues.Hit h, List<Mention> sources) {
    String last = null;
    for (Mention m : s.mentions) {
      if (m.from() >= h.from()) break;
      if (m.isState() && !m.isAdjectival() && !s.inDateline(m) && !SanctionedPeople.modifiesAPerson(s, m)
          && sources.stream().noneMatch(o -> o.id().equals(m.id()))) last = m.id();
    }
    return last;
  }

  /** The rest of a list that "all"/"todos"/"все" after its comma takes in whole, before {@code at}. */
  static List<Mention> allOfAList(SentenceView s, int at, List<Mention> have) {
    for (Cues.Hit a : s.cues("all")) {
      if (a.to() > at || at - a.to() > 3) continue;
      for (List<Mention> chain : s.stateChains()) {
        Mention last = chain.get(chain.size() - 1);
        if (last.to() == a.from() && s.commaBetween(last.to() - 1, a.from())) {
          return chain.stream().filter(m -> !have.contains(m)).toList();
        }
      }
    }
    return List.of();
  }

  /** The targets after an "on"/"against" right behind the sources' list: "imposé par Washington à la Birmanie". */
  static List<Mention> onAfter(SentenceView s, int at) {
    for (Cues.Hit c : s.cues) {
      boolean marker = c.category().equals("on") || c.category().equals("against");
      if (marker && c.from() == at) return Mentions.listAfter(s, c.to(), 2, TARGETS);
    }
    return List.of();
  }

  /**
   * "a imposé mercredi à la Corée du Nord les sanctions les plus sévères", "imposed on North Korea
   * the toughest sanctions": the target between the verb and the sanctions it imposes.
   */
  static List<Mention> imposedOnBefore(SentenceView s, Cues.Hit h) {
    for (Cues.Hit c : s.cues("impose")) {
      if (c.to() > h.from() || h.from() - c.to() > 10 || s.commaBetween(c.to() - 1, h.from())) continue;
      int at = c.to();
      while (at < h.from() && s.inDay(at)) at++;
      if (at >= h.from() || !s.covered(at, "on")) continue;
      List<Mention> out = new ArrayList<>();
      for (Mention m : Mentions.listAfter(s, at + 1, 2, TARGETS)) if (m.to() <= h.from()) out.add(m);
      if (!out.isEmpty()) return out;
    }
    return List.of();
  }

  /**
   * "Squeezed by Western sanctions since 2022, Russia has...", "Nonostante le sanzioni
   * occidentali, l'economia russa...": sanctions in an opening phrase fall on the subject after it.
   */
  static List<Mention> afterOpening(SentenceView s, Cues.Hit h, List<Mention> sources) {
    for (Mention m : s.mentions) if (m.isState() && m.to() <= h.from()) return List.of();
    // German puts the verb second, the subject right after it: "Angesichts der Sanktionen der EU und des Westens kappt Moskau"
    if (s.covered(s.body(), "circumstance")) {
      int end = h.to();
      for (Mention m : sources) end = Math.max(end, m.to());
      for (Mention m : s.mentions) {
        // (also past an article: "Trotz der westlichen Sanktionen ist die russische Wirtschaft ... gewachsen")
        boolean next = m.from() == end + 1 || m.from() == end + 2 && s.covered(end + 1, "det");
        if (m.isState() && next && !s.tokens.get(end).capitalized() && !s.commaBetween(end - 1, m.from()) && !sources.contains(m)) {
          return List.of(m);
        }
      }
    }
    for (int i = h.to() - 1; i < Math.min(s.to - 1, h.to() + 15); i++) {
      if (!s.commaBetween(i, i + 1)) continue;
      List<Mention> out = new java.util.ArrayList<>();
      for (Mention m : Mentions.listAfter(s, i + 1, 3, Set.of(Entity.STATE))) if (!sources.contains(m)) out.add(m);
      if (out.isEmpty()) out.addAll(adjectiveOfTheSubject(s, i + 1, sources));
      return out;
    }
    return List.of();
  }

  /**
   * "..., les exportations de pétrole iranien ont atteint": the demonym that closes the subject
   * after an opening phrase, lower-case words and articles before it, names the state it is about.
   */
  private static List<Mention> adjectiveOfTheSubject(SentenceView s, int from, List<Mention> sources) {
    for (Mention m : s.mentions) {
      if (m.from() < from) continue;
      if (m.from() - from > 5 || !m.isState() || !m.isAdjectival() || sources.contains(m)) return List.of();
      for (int i = from; i < m.from(); i++) {
        if (s.tokens.get(i).capitalized() && !s.covered(i, "det", "thedef") || s.covered(i, "on", "against", "with", "by", "venue")) return List.of();
      }
      return List.of(m);
    }
    return List.of();
  }

  /**
   * The state named as what the sanctions are against, beside the word: "les sanctions
   * antirusses", "антироссийские санкции", "anti-Russian sanctions", "Russland-Sanktionen" (a
   * German name joined by a hyphen; "US-Sanktionen" with an abbreviation is the source's).
   */
  static boolean againstNamed(SentenceView s, Cues.Hit h, Mention m) {
    if (!m.isState()) return false;
    boolean beside = (m.to() <= h.from() && h.from() - m.to() <= 1) || (m.from() >= h.to() && m.from() - h.to() <= 1);
    if (!beside) return false;
    if (m.formType().equals(Form.ANTI)) return true;
    boolean anti = m.from() > s.from && s.covered(m.from() - 1, "anti")
        && s.textBetween(m.from() - 1, m.from()).equals("-");
    if (anti) return true;
    return m.to() == h.from() && m.formType().equals(Form.NAME) && s.textBetween(m.to() - 1, h.from()).equals("-");
  }

  /** Whether a preposition governs a day or a date ("on Monday", "on 12 March"): a time, not a target. */
  static boolean dayAfter(SentenceView s, Cues.Hit on) {
    return on.to() < s.to && s.inDay(on.to());
  }

  /** An "anti-" adjective right before the cue: "антироссийские санкции", "anti-Russian sanctions". */
  static Mention antiRightBefore(SentenceView s, Cues.Hit h) {
    for (Mention m : s.mentions) if (m.formType().equals(Form.ANTI) && m.to() == h.from()) return m;
    return null;
  }

  /**
   * "sanctions on Venezuela's oil company and on President Maduro": what the same preposition,
   * repeated after "and", opens is a target too.
   */
  static List<Mention> coordinatedObjects(SentenceView s, Cues.Hit against) {
    for (Cues.Hit c : s.cues(against.category())) {
      // "против России, в том числе персонально против президента": "including" joins the second target as "and" does
      boolean including = s.near(c.from(), 5, 0, "including");
      if (c.from() <= against.to() || c.from() > against.to() + 16 || !s.covered(c.from() - 1, "coord") && !including && !laterAnd(s, c)) continue;
      if (s.clauseSeparates(against.from(), against.to(), c.from(), c.to())) return List.of();
      return Mentions.listAfter(s, c.to(), 3, TARGETS);
    }
    return List.of();
  }

  /**
   * "gegen Warschau und wenige Tage später auch gegen die Sowjetunion", "à la Pologne, puis quelques
   * jours plus tard à l'Union soviétique": "and" or "then", a time and "also" before the repeated preposition.
   */
  private static boolean laterAnd(SentenceView s, Cues.Hit c) {
    boolean later = false;             // a word of time or "also" must stand between: not any "and ... a" of another verb
    for (int k = c.from() - 1; k >= s.from && c.from() - k <= 6; k--) {
      if (s.inMention(k) || s.covered(k, "impose", "lift", "sanction", "negation", "modal", "clause", "relative")) return false;
      if (s.covered(k, "coord")) return later;
      if (s.covered(k, "later") && k > s.from && s.commaBetween(k - 1, k)) return true;     // ", puis quelques jours plus tard à"
      later |= s.covered(k, "also", "later");
    }
    return false;
  }

  /**
   * "Western sanctions have cut Russia off from...", "Западные санкции не смогли обрушить
   * российскую экономику": sanctions written with their source's adjective that open the sentence
   * are its subject; the state their verb acts on is their target.
   */
  static List<Mention> objectOfTheirVerb(SentenceView s, Cues.Hit h, Mention adjective) {
    if (!SanctionRule.opensBefore(s, Math.min(adjective.from(), h.from()))) return List.of();
    for (Mention m : s.mentions) {
      if (m.from() < h.to() || m.from() == adjective.from()) continue;
      if (m.from() - h.to() > 6 || s.commaBetween(h.to() - 1, m.from())) break;
      if (!m.isState() || s.near(m.from(), 2, 0, "against", "on", "from", "with", "by", "venue")) break;
      return List.of(m);
    }
    return List.of();
  }

  /** Whether a relative clause whose verb keeps or imposes them follows the sanctions word and its adjective: "el embargo comercial que mantenía". */
  static boolean keptInARelative(SentenceView s, Cues.Hit h) {
    for (int i = h.to(); i < Math.min(s.to - 1, h.to() + 3); i++) {
      if (!s.covered(i, "relative")) continue;
      if (s.commaBetween(h.to() - 1, i)) return false;
      // "el embargo que desde junio de 2017 mantenían sobre Catar": a date may stand before the verb
      for (int j = i + 1; j < Math.min(s.to, i + 7) && !s.commaBetween(j - 1, j); j++) {
        if (s.covered(j, "extend", "impose", "create")) return j == i + 1 || s.inDay(j - 1) || s.covered(i + 1, "circumstance");
        if (s.covered(j, "against") && j > i + 1) return true;   // "l'embargo sulle armi che da oltre un decennio colpiva la Liberia"
        if (s.covered(j, "sanction", "relative", "clause")) return false;
      }
      return false;
    }
    return false;
  }

  /** Whether a capitalized word no table knows, no cue and no mention, follows the preposition, articles aside: "against Abkhazia", "gegen Hamas". */
  static boolean unknownNameAfter(SentenceView s, Cues.Hit preposition) {
    if (describedCountryAt(s, preposition.to())) return false;          // "on the Southeast Asian nation"
    int i = preposition.to();
    while (i < s.to && s.covered(i, "det", "thedef")) i++;
    if (i >= s.to || !s.tokens.get(i).capitalized()) return false;
    for (Mention m : s.mentions) if (m.from() <= i && i < m.to()) return false;
    if (s.inCue(i)) return false;
    return true;
  }

  /**
   * Whether a state's adjective names where the goods a ban falls on come from: "an Iranian oil
   * embargo", "das russische Ölembargo" are embargoes on that state's oil, not its own.
   */
  static boolean originOfGoods(SentenceView s, Cues.Hit h, Mention m) {
    if (!m.isState() || !m.isAdjectival() || m.to() > h.from() || h.from() - m.to() > 2) return false;
    if (s.covered(h.from(), "goods")) return true;                 // German compounds: "Ölembargo"
    for (int i = m.to(); i < h.from(); i++) if (s.covered(i, "goods")) return true;
    return false;
  }
}

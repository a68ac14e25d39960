package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the phrases that call a state someone's ally: "its ally Russia", "Israel, a key U.S.
 * ally", "Japan and South Korea, both allies of the United States", "Minsk, his main ally",
 * "ally of Assad". {@link AllianceRule} relates what they find.
 */
final class AllyPhrases {

  private AllyPhrases() {}

  /** Whether a word for allies is plural by its ending; German "Verbündeten" may be one or many, so never. */
  static boolean plural(Token t, Language lang) {
    String w = t.surface().toLowerCase(java.util.Locale.ROOT);
    return switch (lang) {
      case EN, ES, FR -> w.endsWith("s") || w.endsWith("x");
      case IT -> w.endsWith("i");
      case RU -> w.endsWith("и") || w.endsWith("ов") || w.endsWith("ам") || w.endsWith("ами") || w.endsWith("ах");
      case DE -> false;
    };
  }

  /**
   * "Lukashenko ... ha escluso una rottura con Mosca, suo principale alleato": the state set apart
   * by a comma before "his (main) ally" is the ally of the sentence's subject, a state or a sitting
   * leader's state named at its start. Null when the sentence is not so.
   */
  static String[] allyOfTheSubject(SentenceView s, ArticleContext ctx, Cues.Hit h) {
    Cues.Hit poss = null;
    for (Cues.Hit p : s.cues("poss")) if (p.to() <= h.from() && h.from() - p.to() <= 2) poss = p;
    if (poss == null || Modality.notAFact(s, h, true)) return null;   // the apposition describes: "would station arms in Belarus, its closest ally"
    Mention ally = null;
    for (Mention m : s.mentions) {
      if (m.isState() && !m.isAdjectival() && m.to() == poss.from() && s.commaBetween(m.to() - 1, poss.from())) ally = m;
    }
    if (ally == null) return null;
    String subject = null;
    for (Mention m : s.mentions) {
      if (s.inDateline(m)) continue;
      if (!opensTheSentence(s, m)) break;
      if (m.kind().equals(Entity.LEADER)) subject = ctx.leaderState(m.id());
      else if (m.isState() && !m.isAdjectival()) subject = m.id();
      break;
    }
    return subject == null || subject.equals(ally.id()) ? null : new String[] {subject, ally.id()};
  }

  /** Whether only the dateline, articles, titles and demonyms stand before the mention: "Il presidente bielorusso Lukashenko". */
  static boolean opensTheSentence(SentenceView s, Mention m) {
    int from = s.from;
    while (from < m.from() && s.inDateline(from)) from++;   // the dateline opens the segment
    return Mentions.onlyTitlesBefore(s, from, m);
  }

  /**
   * "its ally Russia", "a su aliado Rusia", "своего союзника Россию": an alliance the sentence takes
   * as given while it says something else, so a negation or modal later in it is not about the alliance.
   */
  static boolean possessiveAlly(SentenceView s, Cues.Hit h) {
    if (h.from() == s.from || !s.covered(h.from() - 1, "poss")) return false;
    for (Mention m : s.mentions) if (m.isState() && m.from() == h.to()) return true;
    return false;
  }

  /**
   * The list a plural "allies of X" describes in apposition: "Japan and South Korea, both allies
   * of the United States", "Le Japon et la Corée du Sud, tous deux alliés des États-Unis". Each is
   * X's ally; they are not said to be each other's.
   */
  static List<Mention> alliesDescribed(SentenceView s, Cues.Hit h, Language lang) {
    Mention of = allyOf(s, h, lang);
    if (of == null) return List.of();
    int end = of.to() <= h.from() ? of.from() : h.from();       // "Japan and South Korea, both U.S. allies"
    for (List<Mention> whole : Mentions.stateChains(s)) {
      // "Japan and South Korea, Washington's two main treaty allies": the list stops where the one they are allies of stands
      List<Mention> chain = whole.stream().filter(m -> m.to() <= end).toList();
      if (chain.isEmpty()) continue;
      Mention last = chain.get(chain.size() - 1);
      if (chain.size() < 2 || h.from() - last.to() > 4) continue;
      boolean describes = true;
      for (int i = last.to(); i < end; i++) describes &= s.covered(i, "all", "det") || !s.tokens.get(i).capitalized();
      if (describes && chain.stream().noneMatch(m -> m.id().equals(of.id()))) return chain;
    }
    List<Mention> listed = listedAfter(s, h, of, lang);
    if (!listed.isEmpty()) return listed;
    Mention apposed = apposedTo(s, h, of, end, lang);
    return apposed == null ? List.of() : List.of(apposed);
  }

  /** "dos aliados de Washington, Filipinas y Tailandia": the list in apposition after the one they are allies of. */
  private static List<Mention> listedAfter(SentenceView s, Cues.Hit h, Mention of, Language lang) {
    if (of.from() < h.to() || !plural(s.tokens.get(h.to() - 1), lang)) return List.of();
    for (List<Mention> whole : Mentions.stateChains(s)) {
      // (the one they are allies of and its comma may open the chain: "Washington, Filipinas y Tailandia")
      List<Mention> chain = whole.stream().filter(m -> m.from() >= of.to()).toList();
      if (chain.size() < 2 || !s.commaBetween(of.to() - 1, of.to())) continue;
      boolean apposed = true;
      for (int i = of.to(); i < chain.get(0).from(); i++) apposed &= s.covered(i, "det");
      if (apposed && chain.stream().noneMatch(m -> m.id().equals(of.id()))) return chain;
    }
    return List.of();
  }

  /**
   * The one state a singular "ally of X" stands in apposition to: "Israel, a key U.S. ally, struck
   * Iran", "Belarus, Russia's closest ally, borders Poland", "Israele, stretto alleato degli Stati
   * Uniti": the state right before the comma that opens the phrase, with only articles and
   * lower-case words between.
   */
  static Mention apposedTo(SentenceView s, Cues.Hit h, Mention of, int end, Language lang) {
    if (h.to() - h.from() != 1 || plural(s.tokens.get(h.from()), lang)) return null;
    for (Mention m : s.mentions) {
      if (!m.isState() || m.isAdjectival() || m.id().equals(of.id()) || m.to() > end || end - m.to() > 3) continue;
      if (!s.commaBetween(m.to() - 1, m.to())) continue;
      boolean describes = true;
      for (int i = m.to(); i < end; i++) describes &= s.covered(i, "det") || plainWord(s, i);
      if (describes) return m;
    }
    return null;
  }

  /** The state named right after the cue as whose ally the subject is: "allies of the United States", "aliados de Estados Unidos". */
  static Mention allyOf(SentenceView s, Cues.Hit h, Language lang) {
    for (Mention m : s.mentions) {                            // "U.S. allies", "American allies", "a U.S. military ally"
      boolean modifier = m.formType().equals(Form.ABBREV) || m.isAdjectival();
      boolean before = m.to() == h.from() || m.to() == h.from() - 1 && (plainWord(s, m.to()) || s.covered(m.to(), "treaty"));   // "a U.S. treaty ally"
      if (m.isState() && modifier && before && !s.commaBetween(m.to() - 1, h.from())) return m;   // not "EE. UU., aliados desde 1951
    }
    for (Mention m : s.mentions) {                            // "Russia's closest ally"
      if (!m.isState() || !m.isPossessive() || m.to() > h.from() || h.from() - m.to() > 4) continue;
      boolean adjectives = true;                                // "Washington's two main treaty allies", "Washington's Asian allies"
      for (int i = m.to(); i < h.from(); i++) adjectives &= plainWord(s, i) || regionWord(s, i) || s.covered(i, "treaty", "number", "group2", "group3");
      if (adjectives) return m;
    }
    for (Mention m : s.mentions) {                            // a genitive right after: "союзники США", "Verbündeter Washingtons"
      boolean genitive = lang == Language.RU || lang == Language.DE && m.surface().endsWith("s");
      if (genitive && m.isState() && m.from() == h.to() && !s.dashBetween(h.to() - 1, m.from())) return m;   // not "его союзников — Японии и": apposed
    }
    int i = h.to();
    // "allié traditionnel de Moscou", "aliado histórico de": an adjective after the word
    if (i + 1 < s.to && plainWord(s, i) && s.covered(i + 1, "from", "of")) i++;
    int start = i;
    while (i < s.to && i - start < 2 && s.covered(i, "from", "det", "of")) i++;
    if (i == h.to()) return null;
    for (Mention m : s.mentions) if (m.isState() && m.from() == i) return m;
    return null;
  }

  /**
   * A negation within six words after the cue, in its clause: not "Le Kazakhstan, allié de Moscou,
   * a refusé de..."; or "unlike" right before it ("unlike a military alliance, it commits neither").
   */
  static boolean negatedAfter(SentenceView s, Cues.Hit h) {
    for (Cues.Hit n : s.cues("negation")) {
      if (n.from() < h.to() || n.from() - h.to() >= 6 || s.pastComma(h, n.from())) continue;
      // "principale alleato non Nato": a non-member ally, no denial
      if (s.covered(n.from(), "nonmember") && s.mentions.stream().anyMatch(m -> m.isOrganization() && m.from() == n.to())) continue;
      return true;
    }
    // "ein formelles Verteidigungsbündnis, das beide Länder zum Beistand verpflichten würde, ist damit nicht verbunden":
    // past the relative clause that describes it, the phrase's own verb
    if (h.to() < s.to && s.commaBetween(h.to() - 1, h.to()) && s.covered(h.to(), "relative", "thedef")) {   // German "das" opens it
      int close = h.to() + 1;
      while (close < s.to && !s.commaBetween(close - 1, close)) close++;
      for (Cues.Hit n : s.cues("negation")) if (n.from() >= close && n.from() - close <= 3 && !s.commaBetween(close, n.from())) return true;
    }
    // "Une alliance militaire entre la Russie et la Chine ne peut pas être exclue": the verb after the pair is the phrase's
    int end = pairAfter(s, h);
    if (end > 0) for (Cues.Hit n : s.cues) {
      boolean denial = n.category().equals("negation") || n.category().equals("modal");
      if (denial && n.from() >= end && n.from() - end <= 2 && !s.commaBetween(h.to() - 1, n.from())) return true;
      // "Ein Bündnis zwischen Tokio und Manila entsteht durch das Abkommen jedoch nicht": a negation closing the clause
      if (n.category().equals("negation") && n.from() >= end && n.from() - end <= 6 && !s.markBetween(h.to() - 1, n.from(), ",;:")
          && (n.to() >= s.to || s.markBetween(n.to() - 1, n.to(), ",;:."))) return true;
    }
    for (Cues.Hit u : s.cues("unlike")) if (u.to() <= h.from() && h.from() - u.to() <= 2 && !s.commaBetween(u.from(), h.from())) return true;
    return false;
  }

  /** Where the states after "between" right behind the cue end, or -1: "alliance militaire entre la Russie et la Chine". */
  private static int pairAfter(SentenceView s, Cues.Hit h) {
    for (Cues.Hit b : s.cues("between")) {
      if (b.from() < h.to() || b.from() - h.to() > 2) continue;
      List<Mention> pair = Mentions.listAfter(s, b.to(), 2, java.util.Set.of(Entity.STATE));
      if (pair.size() >= 2) return pair.get(pair.size() - 1).to();
    }
    return -1;
  }

  /** A capitalized word that is no cue and no name: a region's adjective ("Asian", "European", "Gulf"). */
  private static boolean regionWord(SentenceView s, int i) {
    return s.tokens.get(i).capitalized() && !s.inCue(i) && !s.inMention(i);
  }

  /** A lower-case word that is no cue and no name. */
  static boolean plainWord(SentenceView s, int i) {
    return !s.tokens.get(i).capitalized() && !s.inCue(i) && !s.inMention(i);
  }

  /** Whether the cue stands in an apposition to a state: "Australia, a longtime U.S. ally, ...". */
  static boolean apposedToState(SentenceView s, Cues.Hit h) {
    for (Mention m : s.mentions) {
      if (m.isState() && m.to() <= h.from() && h.from() - m.to() <= 4 && s.commaBetween(m.to() - 1, m.to())) return true;
    }
    return false;
  }

  /** The state of a sitting leader named right after the cue ("ally of Assad", "allié de Maduro"), as a mention at his place, or null. */
  static Mention leaderStateAfter(SentenceView s, ArticleContext ctx, Cues.Hit h) {
    for (Mention m : s.mentions) {
      if (!m.kind().equals(Entity.LEADER) || m.from() < h.to() || m.from() - h.to() > 2) continue;
      for (int i = h.to(); i < m.from(); i++) if (!s.covered(i, "from", "of", "det")) return null;
      String st = ctx.leaderState(m.id());
      return st == null ? null : Mentions.stateAt(m, st);
    }
    return null;
  }

  /** "the Iran-allied Houthi movement": a state hyphened to the ally word, a name that is no state after it. */
  static boolean alliedNonState(SentenceView s, Cues.Hit h) {
    boolean hyphened = false;
    for (Mention m : s.mentions) hyphened |= m.isState() && m.to() == h.from() && s.hyphenAfter(m);
    if (!hyphened || h.to() >= s.to) return false;
    for (Mention m : s.mentions) if (m.from() == h.to() && m.isState()) return false;   // "Russia-allied Belarus"
    return true;
  }

  /**
   * "The United States consulted its allies, South Korea and Japan", "i suoi alleati in Asia, la
   * Corea del Sud e il Giappone": the subject, then each state of the list after the comma, each
   * the subject's ally; empty when the sentence says nothing of the kind.
   */
  static List<Mention> ownAlliesListed(SentenceView s, Cues.Hit h, Language lang) {
    if (h.from() == s.from || !s.covered(h.from() - 1, "poss") || !AllyPhrases.plural(s.tokens.get(h.to() - 1), lang)) return List.of();
    List<Mention> list = List.of();
    for (Mention m : s.mentions) {
      if (m.isState() && m.from() >= h.to() && m.from() - h.to() <= 4) {
        list = Mentions.listAfter(s, m.from(), 0, java.util.Set.of(Entity.STATE));
        break;
      }
    }
    if (list.isEmpty() || !s.commaBetween(h.to() - 1, list.get(0).from())) return List.of();
    List<Mention> subject = Subjects.statesBefore(s, h.from(), 15);
    if (subject.size() != 1) return List.of();
    List<Mention> out = new ArrayList<>(List.of(subject.get(0)));
    for (Mention m : list) if (!m.id().equals(subject.get(0).id())) out.add(m);
    return out;
  }

  /**
   * "il presidente congolese Laurent-Désiré Kabila e i suoi alleati Robert Mugabe (Zimbabwe), José
   * Eduardo dos Santos (Angola)": sitting leaders listed after "his allies" ally their states with
   * the state of the leader named right before; pairs of state ids, none when the phrase is not there.
   */
  static List<String[]> leadersAsAllies(SentenceView s, ArticleContext ctx, Cues.Hit h) {
    List<String[]> out = new ArrayList<>();
    if (h.from() < s.from + 2 || !s.covered(h.from() - 1, "poss") || !plural(s.tokens.get(h.to() - 1), ctx.lang)) return out;
    Mention owner = null;
    for (Mention m : s.mentions) if (m.kind().equals(Entity.LEADER) && m.to() <= h.from() && h.from() - m.to() <= 3) owner = m;
    String ownerState = owner == null ? null : ctx.leaderState(owner.id());
    if (ownerState == null || !s.near(owner.to(), 0, 1, "coord")) return out;
    int at = h.to();
    for (Mention m : s.mentions) {          // leaders, each perhaps with his state in brackets, joined by commas and "and"
      if (m.from() < at) continue;
      if (m.isState() && m.from() > s.from && s.segment.charAt(s.tokens.get(m.from()).start() - 1) == '(') {
        at = m.to();
        continue;
      }
      if (!m.kind().equals(Entity.LEADER) || m.from() - at > 2 || s.clauseIn(at, m.from())) break;
      String st = ctx.leaderState(m.id());
      if (st != null && !st.equals(ownerState)) out.add(new String[] {ownerState, st});
      at = m.to();
    }
    return out;
  }

  /**
   * "Venezuelan President Hugo Chavez, Morales's closest ally, expelled ...": an apposition that
   * calls a sitting leader the ally of another, named in the possessive; their two states, or null.
   */
  static String[] allyOfALeaderApposed(SentenceView s, ArticleContext ctx, Cues.Hit h) {
    for (Mention owner : s.mentions) {
      if (!owner.kind().equals(Entity.LEADER) || !owner.isPossessive() || owner.to() > h.from() || h.from() - owner.to() > 3) continue;
      for (int i = owner.to(); i < h.from(); i++) if (!plainWord(s, i)) return null;
      if (owner.from() <= s.from || !s.commaBetween(owner.from() - 1, owner.from())) return null;
      for (Mention head : s.mentions) {
        if (head.to() != owner.from() || !head.kind().equals(Entity.LEADER)) continue;
        String a = ctx.leaderState(head.id());
        String b = ctx.leaderState(owner.id());
        if (a != null && b != null && !a.equals(b)) return new String[] {a, b};
      }
    }
    return null;
  }

  /**
   * "Biden sichert Japan und den Philippinen eisernen Beistand zu": a state or a leader one verb
   * before a list of states, the list right before the word for assistance, pledges it to each of
   * them; they are its allies, not each other's. The pairs, or none.
   */
  static List<String[]> pledgedTo(SentenceView s, ArticleContext ctx, Cues.Hit h) {
    for (List<Mention> chain : s.stateChains()) {
      Mention first = chain.get(0);
      Mention last = chain.get(chain.size() - 1);
      if (chain.size() < 2 || last.to() > h.from() || h.from() - last.to() > 2) continue;
      for (int i = last.to(); i < h.from(); i++) if (!plainWord(s, i)) return List.of();
      for (Mention m : s.mentions) {
        boolean subject = m.to() == first.from() - 1 && (m.isState() && !m.isAdjectival() || m.kind().equals(Entity.LEADER));
        String hub = !subject ? null : m.isState() ? m.id() : ctx.leaderState(m.id());
        if (hub == null || s.commaBetween(m.to() - 1, first.from())) continue;
        List<String[]> out = new ArrayList<>();
        for (Mention a : chain) if (!a.id().equals(hub)) out.add(new String[] {hub, a.id()});
        return out;
      }
    }
    return List.of();
  }

  /**
   * "Washington and its allies Japan and South Korea", "Вашингтона и его союзников — Японии и Южной
   * Кореи": the state before "and its" whose allies are listed right after the word, or null.
   */
  static Mention ownerOfTheAllies(SentenceView s, Cues.Hit h) {
    int poss = h.from() - 1;
    if (poss <= s.from + 1 || !s.covered(poss, "poss") || !s.covered(poss - 1, "coord")) return null;
    if (Mentions.listAfter(s, h.to(), 1, java.util.Set.of(Entity.STATE)).size() < 2) return null;
    for (Mention m : s.mentions) if (m.isState() && m.to() == poss - 1 && !m.isAdjectival()) return m;
    return null;
  }

  /**
   * "die Sowjetunion und sieben osteuropäische Staaten ... gegenseitigen Beistand": a state and
   * others left unnamed are the subject, not a group read before.
   */
  static boolean stateAndUnnamedOthers(SentenceView s) {
    for (Mention m : s.mentions) {
      if (!m.isState() || m.to() >= s.to || !s.covered(m.to(), "coord")) continue;
      for (Cues.Hit c : s.cues("countryword")) if (c.from() > m.to() && c.from() - m.to() <= 4 && !Mentions.stateBetween(s, m.to(), c.from())) return true;
    }
    return false;
  }

  /**
   * The organization an ally word is qualified by: "NATO allies", "Nato-Verbündete", "alliés de
   * l'Otan", "союзники по НАТО". Such allies are members of it, not allies of the states around.
   */
  static Mention organizationOfAlly(SentenceView s, Cues.Hit h) {
    for (Mention m : s.mentions) {
      if (!m.isOrganization()) continue;
      if (m.from() > s.from && s.covered(m.from() - 1, "nonmember")) continue;   // "major non-NATO ally", "aliado extra-OTAN"
      boolean before = m.to() == h.from() && !s.commaBetween(m.to() - 1, h.from());
      if (before || (m.from() >= h.to() && m.from() - h.to() <= 2 && !s.commaBetween(h.to() - 1, m.from()))) return m;
    }
    return null;
  }

  /**
   * "l'OTSC, l'alliance militaire dominée par Moscou", "the CSTO, the military alliance led by
   * Moscow": an alliance word in apposition to an organization names it, it allies no one; so
   * does "the alliance" after an organization the sentence named ("joined NATO, enlarging the alliance").
   */
  static boolean namesTheOrganizationBefore(SentenceView s, Cues.Hit h) {
    // "became full members of NATO ..., enlarging the alliance to 28": the word with its definite article is the organization
    boolean definite = h.from() > s.from && s.covered(h.from() - 1, "thedef") && s.covered(h.from(), "orgref") && !s.near(h.to(), 0, 2, "between", "with");
    for (Mention m : s.mentions) {
      if (!m.isOrganization()) continue;
      if (definite && m.to() <= h.from()) return true;
      boolean apposed = m.to() <= h.from() && h.from() - m.to() <= 3 && s.commaBetween(m.to() - 1, m.to());
      for (int i = m.to(); apposed && i < h.from(); i++) apposed = s.covered(i, "det") || !s.tokens.get(i).capitalized() && !s.covered(i, "coord", "with", "between");
      if (apposed) return true;
    }
    return false;
  }
}

package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The states a membership sentence names together as members: lists after "groups" or "includes",
 * those that "followed", "their countries", an apposition, a state after an opening phrase, and
 * "EU countries" with the states listed beside them.
 */
final class MemberLists {

  private MemberLists() {}

  /** The state right before a comma that opens "one of its members", "l'un de ses membres", "одним из своих членов". */
  static Mention apposedState(SentenceView s, Cues.Hit h) {
    for (Mention m : s.mentions) {
      if (!m.isState() || m.to() > h.from() || h.from() - m.to() > 4 || m.to() >= s.to || !s.commaBetween(m.to() - 1, m.to())) continue;
      boolean plain = s.near(h.from(), h.from() - m.to(), 0, "poss");            // "its", "ses", "своих": the organization's members
      for (int i = m.to(); i < h.from(); i++) plain &= !s.tokens.get(i).capitalized() || s.covered(i, "number");
      if (plain) return m;
    }
    return null;
  }

  /**
   * "Kinshasa rejoint ainsi le Burundi, le Kenya, l'Ouganda": a list of two states or more joined,
   * in the organization last named; empty when the cue joins no such list.
   */
  static List<Mention> statesJoined(SentenceView s, Cues.Hit h) {
    List<Mention> list = Mentions.listAfter(s, h.to(), 3, java.util.Set.of(Entity.STATE));
    // names only ("le Luxembourg", named like its capital, with its article), not "rejoint Washington et Paris"
    if (list.size() < 2 || list.stream().anyMatch(m -> !m.formType().equals(Form.NAME) && !(m.formType().equals(Form.CAPITAL)
        && m.from() > s.from && s.covered(m.from() - 1, "det", "thedef")))) return List.of();
    // not "l'ingresso di Albania e Croazia": after "of" the states are those who join
    // ("se suma a Guatemala, El Salvador...": a dative "a" is "to", no preposition of its own)
    for (int i = h.to(); i < list.get(0).from(); i++) if (s.covered(i, "from", "of", "venue", "on", "with") && !s.covered(i, "dative")) return List.of();
    // not "rejoint ainsi le Mali et la Guinée, eux aussi suspendus": joins them in a suspension
    for (int i = list.get(list.size() - 1).to(); i < s.to; i++) if (s.covered(i, "suspend", "apply", "leave")) return List.of();
    return list;
  }

  /**
   * "Vietnam joined in 1995", "Bereits 1999 waren Polen, Ungarn und Tschechien aufgenommen
   * worden": a joining verb with nothing after it in its clause but a date joins the
   * organization the article speaks of.
   */
  static boolean joinsWhatWasSaid(SentenceView s, Cues.Hit h) {
    boolean stateBefore = false;
    for (Mention m : s.mentions) stateBefore |= m.isState() && m.to() <= h.from() && h.from() - m.to() <= 8;
    if (!stateBefore || s.mentions.stream().anyMatch(Mention::isOrganization)) return false;
    for (int i = h.to(); i < s.to; i++) {
      if (i > h.to() && s.commaBetween(i - 1, i)) return true;
      if (i > h.to() && s.covered(i, "circumstance")) return true;     // "Pakistan, which rejoined in 1989 after a 17-year absence"
      String w = s.tokens.get(i).surface();
      boolean date = !w.isEmpty() && Character.isDigit(w.charAt(0)) || s.inDate(i);
      if (!date && !s.covered(i, "venue", "on", "det", "clausefill")) return false;
    }
    return true;
  }

  /** "EU countries", "Nato-Staaten", "pays de l'UE", "страны НАТО": a country word bound to an organization. */
  static boolean countriesOf(SentenceView s, Cues.Hit h) {
    // "autre pays anglophone de la Cédéao": one adjective may stand between the word and its "of"
    // (not a partner's: "socio global de la OTAN" is a status short of membership)
    int at = h.to() < s.to - 1 && !s.covered(h.from(), "partner") && !s.inCue(h.to()) && !s.inMention(h.to()) && !s.tokens.get(h.to()).capitalized()
        && s.covered(h.to() + 1, "from") && !s.commaBetween(h.to() - 1, h.to() + 1) ? h.to() + 1 : h.to();
    for (Mention m : s.mentions) {
      if (!m.isOrganization()) continue;
      if (m.to() == h.from() && !s.commaBetween(m.to() - 1, h.from())) return true;
      if (m.from() == h.to()) return true;
      if (m.from() == at + 1 && s.covered(at, "from", "det")) return true;
      if (m.from() == at + 2 && s.covered(at, "from") && s.covered(at + 1, "det") && !s.commaBetween(h.to() - 1, at)) return true;   // "socios de la UE"
    }
    return false;
  }

  /**
   * Whether a state before the countries' word, or after it right away, in apposition ("los socios
   * del Mercosur, Brasil y Argentina") or after "such as", "dont", is one of them.
   */
  static boolean includedAfter(SentenceView s, Cues.Hit h, Mention m, boolean listedRightAfter) {
    if (joinedBefore(s, h, m)) return false;                  // "La Chine et les dix pays de l'Asean": beside them, not one of them
    // (not "эмбарго против стран Евросоюза, США, Канады": after a preposition the names go on its list of objects)
    // (nor is the subject of "Москва ввела эмбарго против стран Евросоюза" one of the countries)
    boolean object = countriesAsObject(s, h);
    boolean apposed = m.from() - h.to() <= 4 && m.from() > s.from && s.commaBetween(m.from() - 1, m.from()) && !object;
    return m.from() < h.to() && !object || listedRightAfter || apposed || s.near(h.to(), 0, m.from() - h.to() + 1, "including");
  }

  /**
   * Whether the state, or the list it ends ("gli Stati Uniti, l'Egitto, la Giordania e i sei Paesi
   * del Golfo"), is joined by "and" to the countries word right after it: "la Chine et les dix pays de".
   */
  static boolean joinedBefore(SentenceView s, Cues.Hit h, Mention m) {
    if (joinedRightBefore(s, h, m)) return true;
    for (List<Mention> chain : Mentions.stateChains(s)) {
      if (chain.size() > 1 && chain.contains(m) && chain.get(chain.size() - 1) != m) return joinedRightBefore(s, h, chain.get(chain.size() - 1));
    }
    return false;
  }

  private static boolean joinedRightBefore(SentenceView s, Cues.Hit h, Mention m) {
    if (m.to() > h.from() || h.from() - m.to() > 4 || !s.covered(m.to(), "coord")) return false;
    // (also past a quantifier: "Serbia, Russia and several European Union countries")
    for (int i = m.to() + 1; i < h.from(); i++) {
      if (!s.covered(i, "det", "thedef", "number", "quantifier") && !s.covered(i, Cues.GROUPS) && !s.inOrganization(i)) return false;   // "... EU countries"
    }
    return true;
  }

  /** The states listed right before the group word that stands before the cue ("Italia e Francia, entrambe"), or none. */
  static List<Mention> groupNamedBefore(SentenceView s, Cues.Hit h) {
    Cues.Hit g = null;
    for (Cues.Hit c : s.cues) {
      boolean group = Cues.isGroupWord(c.category());
      if (group && c.to() <= h.from() && h.from() - c.from() <= 3) g = c;
    }
    if (g == null) return List.of();
    for (List<Mention> chain : Mentions.stateChains(s)) {
      Mention last = chain.get(chain.size() - 1);
      if (chain.size() >= 2 && last.to() <= g.from() && g.from() - last.to() <= 1) return chain;
    }
    return List.of();
  }

  /**
   * A sentence that opens with the membership, "Membre de l'Otan depuis 1952, la Turquie...": the
   * state right after the comma that closes the opening phrase.
   */
  static List<String> afterOpening(SentenceView s, Cues.Hit h) {
    if (h.from() - s.from > 3) return List.of();
    for (Mention m : s.mentions) if (m.isState() && m.to() <= h.from()) return List.of();
    for (int i = h.to() - 1; i < Math.min(s.to - 1, h.to() + 20); i++) {
      if (!s.commaBetween(i, i + 1)) continue;
      if (Mentions.stateBetween(s, h.to(), i + 1)) return List.of();   // the comma of a list: "against Iraq, Libya and Haiti"
      if (organizationOpensAt(s, i + 1)) continue;      // "Membre du Forum des îles du Pacifique, du Commonwealth et de l'OIF, le Vanuatu"
      List<String> out = new ArrayList<>();
      for (Mention m : Mentions.listAfter(s, i + 1, 2, java.util.Set.of(Entity.STATE))) out.add(m.id());
      return out;
    }
    return List.of();
  }

  /** Whether an organization's name starts at token {@code i}, past a preposition and an article. */
  private static boolean organizationOpensAt(SentenceView s, int i) {
    int k = i;
    while (k < s.to && k - i < 2 && s.covered(k, "det", "thedef", "from", "of")) k++;
    final int at = k;
    return s.mentions.stream().anyMatch(m -> m.isOrganization() && m.from() == at);
  }

  /** Whether the countries word is a preposition's object: "против стран Евросоюза". */
  static boolean countriesAsObject(SentenceView s, Cues.Hit h) {
    return s.near(h.from(), 2, 0, "against", "on", "with", "between");
  }

  /** "Il Vietnam aderì all'Asean nel 1995, seguito due anni più tardi da Laos e Myanmar": those who followed joined (or left) too. */
  static List<Mention> followers(SentenceView s, Cues.Hit h) {
    List<Mention> out = new ArrayList<>();
    for (Cues.Hit f : s.cues("followedby")) {
      if (f.from() < h.to() || f.from() - h.to() > 12) continue;
      int at = f.to();
      if (!s.covered(f.to() - 1, "by")) {                   // "seguito due anni più tardi da": the agent's preposition within a few words
        while (at < s.to && at - f.to() < 5 && !s.covered(at, "by") && !s.inMention(at)) at++;
        if (at >= s.to || !s.covered(at, "by")) continue;
        at++;
      }
      out.addAll(Mentions.listAfter(s, at, 1, java.util.Set.of(Entity.STATE)));
    }
    return out;
  }

  /** "their countries were quitting": a possessive and a plural country word before the cue stand for the list named before them. */
  static List<String> theirCountries(SentenceView s, Cues.Hit h) {
    for (Cues.Hit c : s.cues("countryword")) {
      if (c.to() > h.from() || h.from() - c.to() > 2 || c.from() <= s.from || !s.covered(c.from() - 1, "poss")) continue;
      for (List<Mention> chain : Mentions.stateChains(s)) {
        Mention last = chain.get(chain.size() - 1);
        if (chain.size() >= 2 && last.to() < c.from() && c.from() - last.to() <= 12) {
          List<String> out = new ArrayList<>();
          for (Mention m : chain) out.add(m.id());
          return out;
        }
      }
    }
    return List.of();
  }

  static boolean statesRightAfter(SentenceView s, Cues.Hit h) {
    if (s.near(h.from(), 2, 0, "negation", "nonmember")) return false;
    for (Mention m : s.mentions) if (m.isState() && m.from() == h.to() && !s.commaBetween(h.to() - 1, m.from())) return true;
    return false;
  }

  /**
   * Whether the organization itself is the subject of "includes": right before the word, or before
   * "which" ("the EU, which includes"), not owning something else ("NATO's plan includes Ukraine").
   */
  static boolean includes(SentenceView s, Cues.Hit h) {
    int i = h.from() - 1;
    if (i > s.from && s.commaBetween(i, h.from())) i = backToComma(s, i);   // "La organización, con sede en París, agrupa a": past the apposition
    while (i >= s.from && h.from() - i <= 4 && s.covered(i, "relative", "det", "also", "now")) i--;   // "a bloc that also includes", "now consists of"
    // "The Warsaw Pact, which lost East Germany on Oct. 3, now consists of": past the aside before the adverb
    if (i > s.from && i + 1 < h.from() && s.covered(i + 1, "now") && s.commaBetween(i, i + 1)) i = backToComma(s, i);
    // "dell'organizzazione, fondata nel 1985 e che riunisce": a relative coordinated with a participle before it, back to its comma
    if (i > s.from && i + 1 < h.from() && s.covered(i, "coord") && s.covered(i + 1, "relative")) i = backToComma(s, i);
    if (i < s.from) return false;
    for (Mention m : s.mentions) {
      if (m.isOrganization() && m.to() == i + 1 && !m.isPossessive()) return true;
    }
    return s.covered(i, "orgref") && !s.tokens.get(i).isPossessive();
  }

  /** The token before the comma that opens the phrase ending at {@code i}, within eight words; {@code i} when there is none. */
  private static int backToComma(SentenceView s, int i) {
    int j = i - 1;
    while (j > s.from && i - j < 8 && !s.commaBetween(j, j + 1)) j--;
    return j > s.from && s.commaBetween(j, j + 1) ? j : i;
  }

  /** The states an organization comprises: every one the clause names after the word, by name. */
  static List<Mention> comprised(SentenceView s, Cues.Hit h) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : s.mentions) {
      if (!m.isState() || m.from() < h.to()) continue;
      if (s.clauseIn(h.to(), m.from()) || MemberSubjects.afterACircumstance(s, h, m) || s.semicolonBetween(h.to() - 1, m.from())) break;   // "...; Armenien hat seine Mitarbeit eingefroren"
      if (s.near(m.from(), m.from() - h.to(), 0, "butclause") && s.commaBetween(h.to() - 1, m.from())) break;   // "..., а Венгрия и Туркмения имеют статус наблюдателей"
      // "riunisce Italia, ... e Canada, con l'Ucraina ... in cima all'agenda": past the list, "with" opens a phrase of its own
      if (!out.isEmpty() && m.from() - 2 > h.to() && s.near(m.from(), 2, 0, "with") && s.commaBetween(m.from() - 3, m.from() - 1)) break;
      if (!m.isAdjectival() && !Venues.isVenue(s, m) && !MemberSubjects.excepted(s, m)) out.add(m);
    }
    return out;
  }

  /**
   * "Nach Katar 2019 und Ecuador 2020 hat auch Angola die Opec verlassen", "After Qatar in 2019 and
   * Ecuador in 2020, Angola also left OPEC": the states after the opening "after", when the one
   * that acts "also" does it, did it before.
   */
  static List<Mention> predecessors(SentenceView s, Cues.Hit h) {
    Cues.Hit after = null;
    for (Cues.Hit a : s.cues("afterwards")) if (a.from() <= s.body() + 1 && a.to() < h.from()) after = a;
    if (after == null) return List.of();
    Cues.Hit also = null;
    for (Cues.Hit a : s.cues("also")) if (a.from() > after.to() && a.to() <= h.from()) also = a;
    if (also == null) return List.of();
    List<Mention> out = new ArrayList<>();
    for (Mention m : s.mentions) {
      if (m.from() < after.to() || m.from() >= also.from()) continue;
      if (s.commaBetween(after.to() - 1, m.from()) || !m.isState() || m.isAdjectival()) break;
      out.add(m);
    }
    // the one that acts stands last before "also" when "also" comes after it ("Angola also left")
    if (!out.isEmpty() && !s.commaBetween(out.get(out.size() - 1).to() - 1, also.from()) && also.from() - out.get(out.size() - 1).to() <= 1) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** Whether a list of states stands joined by "and" right before the countries word: they are beside the countries, not among them. */
  static boolean besideAList(SentenceView s, Cues.Hit h) {
    for (Mention m : s.mentions) if (m.isState() && m.to() <= h.from() && joinedBefore(s, h, m)) return true;
    return false;
  }

  /** Whether the state is in the list that follows token {@code from}, no comma before the list. */
  static boolean namedAfter(SentenceView s, String id, int from) {
    for (List<Mention> chain : Mentions.stateChains(s)) {
      if (chain.get(0).from() < from || s.commaBetween(from - 1, chain.get(0).from())) continue;
      for (Mention m : chain) if (m.id().equals(id)) return true;
      return false;                                   // only the first list after it
    }
    return false;
  }

  /** Where the states an admitting verb takes as its object end: the list right after it, else the verb. */
  static int admittedEnd(SentenceView s, Cues.Hit h) {
    for (List<Mention> chain : Mentions.stateChains(s)) {
      int first = chain.get(0).from();
      if (first >= h.to() && first - h.to() <= 2 && !s.commaBetween(h.to() - 1, first)) return chain.get(chain.size() - 1).to();
    }
    return h.to();
  }

  /** "miembro pleno del Mercosur, sumándose a Argentina, Brasil, Paraguay y Uruguay": those it joined are members already. */
  static List<Mention> alreadyThere(SentenceView s, Cues.Hit h) {
    for (Cues.Hit a : s.cues("adopt")) {
      if (a.from() < h.to() || a.from() - h.to() > 6 || a.to() >= s.to || !s.covered(a.to(), "dative", "to")) continue;
      return Mentions.listAfter(s, a.to() + 1, 1, java.util.Set.of(Entity.STATE));
    }
    return List.of();
  }

  /** Whether an organization closes the list of states after the cue: "formado por Estados Unidos, Rusia, Francia y el propio OIEA". */
  static boolean listedAfterStates(SentenceView s, Cues.Hit h, Mention org) {
    int i = org.from() - 1;
    while (i > h.to() && org.from() - i <= 3 && !s.covered(i, "coord", "aswell", "also")) {
      if (s.tokens.get(i).capitalized() || s.commaBetween(i, i + 1) || s.inCue(i) && !s.covered(i, "det", "thedef")) return false;
      i--;
    }
    if (i <= h.to() || !s.covered(i, "coord", "aswell", "also")) return false;
    // "..., Швеция, а также Европейская комиссия": the "and" of "and also", a comma before it
    while (i > h.to() && i - 1 > h.to() && s.covered(i - 1, "coord", "aswell", "also", "butclause") && !s.inMention(i - 1)) i--;
    for (Mention m : s.mentions) if (m.isState() && m.to() == i) return true;
    return false;
  }

  /** "Belarus bildet mit Russland einen Unionsstaat": those the subject forms the organization with, named between the verb and it. */
  static List<String> formedWith(SentenceView s, Cues.Hit h, Mention org) {
    List<String> out = new ArrayList<>();
    if (org == null || org.from() < h.to() || !s.covered(h.from(), "formverb")) return out;
    for (Cues.Hit w : s.cues("with")) {
      if (w.from() < h.to() || w.to() > org.from()) continue;
      for (Mention m : Mentions.listAfter(s, w.to(), 1, java.util.Set.of(Entity.STATE))) if (m.to() <= org.from()) out.add(m.id());
    }
    return out;
  }

  /**
   * Those a member found shares its membership with: whom it forms the organization with ({@link
   * #formedWith}), and a state likened in an aside ("Belarus, like Russia, is a member",
   * "Белоруссия, как и Россия, входит в ОДКБ"): the one beside the member of the pair.
   */
  static List<String> alsoMembers(SentenceView s, Cues.Hit h, Mention org, List<String> states) {
    List<String> out = new ArrayList<>();
    if (states.isEmpty()) return out;
    out.addAll(formedWith(s, h, org));
    for (Cues.Hit c : s.cues("aslike")) {
      if (c.to() > h.from() || h.from() - c.to() > 10 || c.from() <= s.from || !s.commaBetween(c.from() - 1, c.from())) continue;
      Mention before = null, after = null;
      for (Mention m : s.mentions) {
        if (m.isState() && m.to() == c.from()) before = m;
        if (m.isState() && m.from() >= c.to() && m.from() - c.to() <= 1 && after == null) after = m;
      }
      if (before == null || after == null) continue;
      if (states.contains(before.id()) && !states.contains(after.id())) out.add(after.id());
      if (states.contains(after.id()) && !states.contains(before.id())) out.add(before.id());
    }
    return out;
  }

  /** "un comitato di contatto con Damasco, formato da Arabia Saudita, Egitto...": a committee, no organization, is made up of them. */
  static boolean committeeBefore(SentenceView s, Cues.Hit h) {
    for (Cues.Hit c : s.cues("committee")) {
      if (c.to() > h.from() || h.from() - c.to() > 6) continue;
      boolean orgBetween = s.mentions.stream().anyMatch(m -> m.isOrganization() && m.from() >= c.to() && m.to() <= h.from());
      if (!orgBetween) return true;
    }
    return false;
  }

  /**
   * "Евразийское экономическое сообщество было учреждено ... в Астане Белоруссией, Казахстаном ...":
   * the states in the instrumental after a Russian passive of founding, its founders.
   */
  static List<String> foundersInTheInstrumental(SentenceView s, Cues.Hit h) {
    List<String> out = new java.util.ArrayList<>();
    for (Mention m : s.mentions) {
      if (!m.isState() || m.from() < h.to() || m.from() - h.to() > 12 || s.pastComma(h, m.from()) || Venues.isVenue(s, m)) continue;
      if (!RussianCases.instrumental(s.tokens.get(m.to() - 1).surface())) return out;
      for (Mention l : Mentions.listAfter(s, m.from(), 0, java.util.Set.of(Entity.STATE))) out.add(l.id());
      return out;
    }
    return out;
  }

  /** Whether a founding word ends at most three words before the cue, no comma between: "fondée en 1989 avec", "created by the BRICS countries". */
  static boolean foundingRightBefore(SentenceView s, Cues.Hit h) {
    for (Cues.Hit f : s.cues("found")) {
      if (f.to() <= h.from() && h.from() - f.to() <= 3 && !s.commaBetween(f.from(), h.from())) return true;
    }
    return false;
  }

  /** "the clause that binds NATO members, officials on both sides acknowledged": the group word, past a comma, is another clause's. */
  static boolean groupElsewhere(SentenceView s, Cues.Hit h) {
    if (h.from() - s.from <= 2) return false;          // "Membres de l'Otan et de l'UE, les deux pays ...": the fronted words describe the subject
    boolean any = false;
    for (Cues.Hit g : s.cues) {
      if (!Cues.isGroupWord(g.category())) continue;
      if (g.from() < h.to() || !s.commaBetween(h.to() - 1, g.from())) return false;
      if (inRelativeAfter(s, h, g)) continue;   // "Sie haben sich in der AES zusammengeschlossen, deren Charta ... einen der drei"
      any = true;
    }
    return any;
  }

  /** Whether the group word stands in a relative clause opened by the first comma after the cue: it refers back to the subject. */
  private static boolean inRelativeAfter(SentenceView s, Cues.Hit h, Cues.Hit g) {
    for (int i = h.to(); i < g.from(); i++) {
      if (s.commaBetween(i - 1, i)) return s.covered(i, "relative", "relarticle", "poss");
    }
    return false;
  }
}

package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Who imposes the sanctions a sentence speaks of, when the source is not simply the subject
 * before the word: the actor written as its modifier ("EU sanctions", "sanctions occidentales",
 * "санкции США"), "de l'UE" after it, a leader who announces them, states that adopt or follow
 * another's sanctions, a Russian subject after the verb, and lists that sanctioned people are
 * put on. {@link SanctionRule} asks these in turn.
 */
final class SanctionSources {

  private SanctionSources() {}

  /**
   * The state of a sitting leader who is the subject of the sanctions: "President Joe Biden
   * announced sweeping new sanctions against Russia" (the nearest leader before, no veto, threat
   * or denial between).
   */
  static String leaderSubject(SentenceView s, ArticleContext ctx, Cues.Hit h) {
    Mention best = null;
    for (Mention m : s.mentions) {
      if (!m.kind().equals(Entity.LEADER) || m.to() > h.from() || h.from() - m.to() > 12 || Mentions.objectOfPreposition(s, m)) continue;
      if (s.near(m.from(), 3, 0, "former") || s.near(h.from(), h.from() - m.to(), 0, "modal", "negation")) continue;
      // the leader's own act: a verb that imposes, adopts, announces or lifts between ("denounced the sanctions" is not)
      boolean acts = false;
      for (int i = m.to(); i < h.from(); i++) acts |= s.covered(i, "impose", "create", "extend", "adopt", "lift", "reimpose");
      // "Putin hat ... Wirtschaftssanktionen gegen die Türkei verhängt": German puts the participle last, in the cue's clause
      for (int i = h.to(); ctx.lang == Language.DE && i < Math.min(s.to, h.to() + 8) && !s.commaBetween(h.to() - 1, i); i++) {
        acts |= s.covered(i, "impose", "extend", "adopt", "lift", "reimpose");
      }
      // "a signé la loi sur les sanctions", "подписал закон о санкциях": signing the law that holds them
      for (Cues.Hit sign : s.cues("sign")) acts |= sign.from() >= m.to() && sign.to() < h.from() && s.near(sign.to(), 0, Math.min(5, h.from() - sign.to()), "decree");
      if (acts) best = m;
    }
    for (Mention m : s.mentions) {                   // another actor between speaks, not the leader; "антироссийские" names a target
      // (not "hob die gegen Indien und Pakistan verhängten Sanktionen auf": a preposition's objects)
      if (best != null && m.isActor() && !m.formType().equals(Form.ANTI) && m.from() > best.to() && m.to() <= h.from()
          && !objectInAList(s, m)) return null;
    }
    if (best == null) return null;
    return stateActedFor(s, ctx, best);
  }

  /** The state a leader acts for: the one he leads at the article's date, else the office the text gives him ({@link #officeNamed}). */
  static String stateActedFor(SentenceView s, ArticleContext ctx, Mention leader) {
    String st = ctx.leaderState(leader.id());
    return st != null ? st : officeNamed(s, ctx, leader);
  }

  /**
   * "El presidente estadounidense, Donald Trump, ordenó...": a leader out of office at the
   * article's date acted in the office the text gives him, when it is one the table says he held.
   */
  private static String officeNamed(SentenceView s, ArticleContext ctx, Mention leader) {
    for (Cues.Hit t : s.cues("title")) {
      if (t.to() > leader.from() || leader.from() - t.to() > 3 || s.near(t.from(), 3, 0, "former")) continue;
      for (Mention m : s.mentions) {
        boolean office = m.to() == t.from() || m.from() >= t.to() && m.to() <= leader.from();
        if (m.isState() && office && m.id().equals(ctx.gazetteer.leaders().stateOrHome(leader.id(), ctx.reference))) return m.id();
      }
      // "President George W. Bush on Saturday lifted the sanctions": the title right before the name is the office he acted in
      if (t.to() == leader.from() && s.mentions.stream().noneMatch(m -> m.isState() && m.to() <= leader.from() && leader.from() - m.to() <= 4)) {
        return ctx.gazetteer.leaders().stateOrHome(leader.id(), ctx.reference);
      }
    }
    return null;
  }

  /** Whether the mention belongs to a list that a preposition governs: "gegen Indien und Pakistan". */
  private static boolean objectInAList(SentenceView s, Mention m) {
    for (List<Mention> chain : s.actorChains()) if (chain.contains(m) && Mentions.objectOfPreposition(s, chain.get(0))) return true;
    return false;
  }

  /** Whether the sanctions are a list something is put on: "sur sa liste noire", "в «стоп-лист»", "on its blacklist". */
  static boolean listedOn(SentenceView s, Cues.Hit h) {
    if (putWith(s, h)) return true;
    if (!s.covered(h.from(), "sanctionlist")) return false;   // not "joined the United States in sanctioning Russia"
    int i = h.from() - 1;
    for (Cues.Hit l : s.cues("sanctionlist")) if (l.from() < h.from() && l.to() > h.from()) i = l.from() - 1;   // "en su lista de sancionados"
    while (i > s.from && (s.covered(i, "det", "poss") || ownerOfTheList(s, i))) i--;   // "on the EU sanctions list"
    return i >= s.from && s.covered(i, "on", "venue", "to");   // "added to its sanctions list"
  }

  private static boolean ownerOfTheList(SentenceView s, int i) {
    for (Mention m : s.mentions) if (m.isActor() && !m.kind().equals(Entity.LEADER) && m.from() <= i && i < m.to()) return true;
    return false;
  }

  /** "Die EU belegte Russland mit neuen Sanktionen", "hat Syrien mit Sanktionen belegt": a verb that puts them on its object, the sanctions after "mit". */
  private static boolean putWith(SentenceView s, Cues.Hit h) {
    int i = h.from() - 1;
    while (i > s.from && h.from() - i <= 3 && !s.covered(i, "with") && !s.tokens.get(i).capitalized()) i--;   // "mit neuen, harten Sanktionen"
    if (i <= s.from || !s.covered(i, "with")) return false;
    for (Cues.Hit v : s.cues("imposewith")) {
      if (v.to() <= i && i - v.to() <= 18) return true;   // "belegten im Februar 2022 auch Präsident Wladimir Putin und Außenminister Sergej Lawrow persönlich mit"
      if (v.from() >= h.to() && v.from() - h.to() <= 2) return true;   // "Die USA haben Syrien mit Sanktionen belegt": the participle last
    }
    return false;
  }

  /**
   * The object between the imposer and a list it is put on ({@link #listedOn}): "a inscrit le
   * président Loukachenko sur sa liste noire", "внес президента США Джо Байдена в «стоп-лист»".
   */
  static List<Mention> objectBefore(SentenceView s, Cues.Hit h, List<Mention> sources) {
    int from = sources.isEmpty() ? s.from : sources.get(sources.size() - 1).to();
    List<Mention> out = new java.util.ArrayList<>();
    for (Mention m : s.mentions) {
      if (m.from() < from || m.to() > h.from() || !SanctionRule.TARGETS.contains(m.kind()) || sources.contains(m)) continue;
      // the Spanish "a" of a direct object is no preposition: "Washington incluyó a Nicaragua en su lista negra"
      boolean dative = m.from() > s.from && s.covered(m.from() - 1, "dative")
          || m.from() - 1 > s.from && s.covered(m.from() - 2, "dative") && s.covered(m.from() - 1, "title");   // "al presidente Nicolás Maduro"
      boolean object = Mentions.objectOfPreposition(s, m) && !dative;
      if (object || SanctionedPeople.modifiesAPerson(s, m) || s.near(m.from(), 1, 0, "title") && m.isState()) continue;
      if (Venues.isVenue(s, m)) continue;                 // "Réunis à Luxembourg, les ministres ... ont inscrit sur leur liste noire"
      if (s.colonBetween(m.to() - 1, h.from())) continue;  // "Biden verhängte Strafmaßnahmen: Zwei Banken werden mit Sanktionen belegt"
      out.add(m);
    }
    return out;
  }

  /**
   * Russian puts the subject after the verb when the sanctions come first: "Ранее аналогичные
   * санкции против Мадуро ввели Соединенные Штаты". The actors right after a verb that imposes
   * them, when the verb follows the sanctions.
   */
  static List<Mention> subjectAfterVerb(SentenceView s, Cues.Hit h) {
    for (Cues.Hit v : s.cues) {
      if (!(v.category().equals("create") || v.category().equals("impose") || v.category().equals("extend"))) continue;
      if (v.from() < h.to() || v.from() - h.to() > 8 || s.pastComma(h, v.from())) continue;
      if (s.near(v.from(), v.from() - h.to(), 0, "negation", "modal")) return List.of();   // "не была принята Советом"
      List<Mention> out = new ArrayList<>();
      for (Mention m : Mentions.listAfter(s, v.to(), 1, SanctionRule.SOURCES)) if (!SanctionedPeople.modifiesAPerson(s, m)) out.add(m);
      return out;
    }
    return List.of();
  }

  /**
   * "U.S. and European Union sanctions", "UN and EU sanctions": modifiers joined by "and" before
   * the one right before the word are sources too (written as modifiers, not "Britain and EU sanctions").
   */
  static List<Mention> coordinatedBefore(SentenceView s, Mention adjective, Cues.Hit h) {
    if (adjective.to() > h.from()) return List.of();
    List<Mention> out = new ArrayList<>();
    Mention next = adjective;
    for (int k = s.mentions.indexOf(adjective) - 1; k >= 0; k--) {
      Mention m = s.mentions.get(k);
      boolean modifier = m.kind().equals(Entity.ORGANIZATION) || writtenAsModifier(m);
      boolean joined = next.from() - m.to() == 1 && s.covered(m.to(), "coord") || next.from() == m.to() && s.commaBetween(m.to() - 1, next.from());
      if (!m.isActor() || !modifier || !joined) break;
      out.add(m);
      next = m;
    }
    return out;
  }

  /** A verb of placing and the objects it places under the sanctions. */
  record Placed(Cues.Hit verb, List<Mention> objects) {}

  /**
   * "Britain and Canada placed Lukashenko under sanctions", "ha messo la Russia sotto sanzioni":
   * the object between a verb of placing and "under" is the target, the subject before the verb
   * the source. Null when nothing stands between ("Russia was placed under sanctions").
   */
  static Placed placedUnder(SentenceView s, Cues.Hit h) {
    for (Cues.Hit u : s.cues("under")) {
      if (u.to() > h.from() || h.from() - u.to() > 2) continue;
      for (Cues.Hit p : s.cues("putunder")) {
        if (p.to() > u.from() || u.from() - p.to() > 6) continue;
        List<Mention> out = new ArrayList<>();
        for (Mention m : s.mentions) {
          if (m.from() >= p.to() && m.to() <= u.from() && SanctionRule.TARGETS.contains(m.kind()) && !SanctionedPeople.modifiesAPerson(s, m)) out.add(m);
        }
        return out.isEmpty() ? null : new Placed(p, out);
      }
    }
    return null;
  }

  /** "sanzioni dell'Onu e quelle americane", "EU sanctions and American ones": an adjective source joined to the first. */
  static List<Mention> andThoseOf(SentenceView s, Mention first) {
    if (first.to() >= s.to || !s.covered(first.to(), "coord")) return List.of();
    for (Mention m : s.mentions) {
      if (m.isState() && m.isAdjectival() && m.from() > first.to() && m.from() - first.to() <= 2 && !SanctionedPeople.modifiesAPerson(s, m)) return List.of(m);
    }
    return List.of();
  }

  /** A form that can stand before a noun as its modifier: "EU", "U.S.", "American", "russische". */
  private static boolean writtenAsModifier(Mention m) {
    return m.isAdjectival() || m.formType().equals(Form.ABBREV) || m.formType().equals(Form.ACRONYM);
  }

  /** Whether a mention follows another sanctions word closely, as what that measure is on or whose assets it freezes. */
  static boolean complementOfAnother(SentenceView s, Cues.Hit h, Mention m) {
    for (Cues.Hit c : s.cues("sanction")) if (c.from() != h.from() && c.to() <= m.from() && m.from() - c.to() <= 2) return true;
    return false;
  }

  /**
   * The actor written as the sanctions' modifier: "EU sanctions", "US economic sanctions",
   * "US-Sanktionen", "западные санкции" before the cue; "sanctions occidentales" after it; in
   * Russian also a genitive right after it ("санкции Запада", "санкции США").
   */
  static Mention adjectiveSource(SentenceView s, Cues.Hit h, Language lang) {
    for (Mention m : s.mentions) {
      if (!m.isActor() || m.formType().equals(Form.ANTI) || SanctionTargets.againstNamed(s, h, m) || SanctionTargets.originOfGoods(s, h, m)) continue;
      boolean modifier = writtenAsModifier(m);
      // German joins a name to the word it modifies with a hyphen ("US-Sanktionen"): "die USA und die EU haben Sanktionen" has none
      boolean germanName = lang == Language.DE && !m.isAdjectival() && !(m.to() == h.from() && s.hyphenAfter(m));
      if (modifier && !germanName && m.to() <= h.from() && h.from() - m.to() <= 2 && plainWordsBetween(s, m.to(), h.from())) return m;
      // "UN Security Council sanctions", "EU-Sanktionen"; German writes no such modifier apart: "die USA und die EU Sanktionen ... verhängt"
      if (m.kind().equals(Entity.ORGANIZATION) && m.to() == h.from() && (lang != Language.DE || s.hyphenAfter(m) || !s.near(m.from(), 2, 0, "coord"))) return m;
      boolean romance = lang == Language.FR || lang == Language.ES || lang == Language.IT;
      // "sanctions américaines"; not "le gel des avoirs irakiens", whose owner the adjective names
      // ... also past another adjective: "sanciones económicas estadounidenses"
      boolean afterAdjective = m.from() == h.to() + 1 && (s.covered(h.to(), "nondefence") || !s.covered(h.to(), "sanction") && plainAdjective(s, h.to(), false));
      if (modifier && romance && (m.from() == h.to() || afterAdjective) && !SanctionedPeople.modifiesAPerson(s, m) && !s.covered(h.to() - 1, "assets")) return m;
      // Russian genitive right after, or after one word: "санкции США", "санкционное давление Запада"
      // (not "заморозила активы российского Центробанка": after the assets, the genitive is their owner)
      if (lang == Language.RU && !s.covered(h.to() - 1, "assets") && (m.from() == h.to() || (m.from() == h.to() + 1 && !s.tokens.get(h.to()).capitalized()
          && !s.covered(h.to(), "against", "on", "by", "from", "with", "venue", "coord", "liftfrom", "title")))) return m;   // not "активы президента Белоруссии"
      // "Sanktionen des Westens": a German form that holds its genitive article
      if (lang == Language.DE && m.from() == h.to() && (m.surface().startsWith("des ") || m.surface().startsWith("der "))) return m;
      // "die Sanktionen Washingtons gegen Caracas": a name in the genitive right after the word
      if (lang == Language.DE && m.from() == h.to() && m.isState() && m.surface().endsWith("s") && !m.formType().equals(Form.ABBREV)
          && !m.isAdjectival()) return m;
    }
    return organizationReferredBefore(s, h);
  }

  /** "adopted the bloc's sanctions against Russia": a word for the organization named before it, in the possessive. */
  private static Mention organizationReferredBefore(SentenceView s, Cues.Hit h) {
    int i = h.from() - 1;
    if (i < s.from || !s.covered(i, "orgref")) return null;
    Token t = s.tokens.get(i);
    if (!t.isPossessive()) return null;
    Mention org = null;
    for (Mention m : s.mentions) if (m.isOrganization() && m.to() <= i) org = m;
    return org == null ? null : new Mention(Entity.ORGANIZATION, org.id(), Form.METONYM, i, i + 1, t.start(), t.end(), t.surface(), false);
  }

  /**
   * The length of a list of adjectives that French, Spanish and Italian put after the word, parted
   * by commas and "and" and followed by a preposition ("un embargo commerciale, petrolifero e aereo
   * alla Jugoslavia"), or 0.
   */
  static int adjectiveList(SentenceView s, int i, Language lang) {
    if (lang != Language.FR && lang != Language.ES && lang != Language.IT) return 0;
    if (i >= s.to || !plainAdjective(s, i, false) || s.inMention(i)) return 0;
    int j = i + 1;
    boolean parted = false;
    while (j + 1 < s.to && j - i < 6) {
      boolean comma = s.commaBetween(j - 1, j) && !s.covered(j, "coord");
      boolean and = s.covered(j, "coord");
      if (!comma && !and) break;
      int adjective = and ? j + 1 : j;
      if (!plainAdjective(s, adjective, true) || s.covered(adjective, "coord") || s.inMention(adjective)) break;
      parted = true;
      j = adjective + 1;
    }
    // "un embargo commerciale, finanziario e militare totale all'Iraq": one more adjective may close the list
    if (parted && j + 1 < s.to && !prepositionAt(s, j) && plainAdjective(s, j, false) && !s.inMention(j)) j++;
    return parted && j < s.to && prepositionAt(s, j) ? j - i : 0;
  }

  /** "on" or "against" at token {@code j}, also elided onto it ("all'Iraq"). */
  private static boolean prepositionAt(SentenceView s, int j) {
    return s.covered(j, "on", "against") || s.elidedOnto(j, "on", "against");
  }

  /** Whether token {@code i} may be an adjective of the sanctions word: lower case and no cue ("and" between two of them). */
  private static boolean plainAdjective(SentenceView s, int i, boolean afterAnother) {
    // "el bloqueo económico, comercial y financiero de Estados Unidos": a comma may part two adjectives
    if (s.tokens.get(i).capitalized() || s.commaBetween(i - 1, i) && !afterAnother) return false;
    if (afterAnother && s.covered(i, "coord")) return true;
    return !s.covered(i, "against", "on", "by", "from", "venue", "with", "det", "coord", "relative", "impose", "create", "extend", "lift");
  }

  /** Whether only lower-case words that are neither names nor cues, and no punctuation, stand in [from, to). */
  static boolean plainWordsBetween(SentenceView s, int from, int to) {
    if (from > 0 && from < s.tokens.size()) {
      String gap = s.textBetween(from - 1, Math.min(to, s.tokens.size() - 1));
      for (int i = 0; i < gap.length(); i++) if (!Character.isLetterOrDigit(gap.charAt(i)) && !Character.isWhitespace(gap.charAt(i)) && gap.charAt(i) != '-') return false;
    }
    for (int i = from; i < to; i++) {
      Token t = s.tokens.get(i);
      if (t.capitalized() || s.covered(i, "against", "by", "from", "coord", "with", "venue", "impose", "create", "extend")) return false;
    }
    return true;
  }

  /**
   * "sanctions de l'UE", "sanzioni dell'Ue": a "from"-word right after the cue followed by an
   * organization or a state's name. Not "le gel des avoirs du dirigeant nord-coréen": there the
   * word after "du" is the person whose assets are frozen.
   */
  static Cues.Hit fromRightAfter(SentenceView s, Cues.Hit h) {
    // "sanzioni economiche della Spagna", "sanctions économiques et financières de la Cédéao": plain adjectives may stand between
    int adjectives = 0;
    while (adjectives < 3 && h.to() + adjectives < s.to && plainAdjective(s, h.to() + adjectives, adjectives > 0 || h.to() - h.from() > 1)) adjectives++;
    for (Cues.Hit c : s.cues("from")) {
      if (c.from() < h.to() || c.from() > h.to() + adjectives) continue;
      for (Mention m : s.mentions) {
        boolean next = m.from() == c.to() || (m.from() == c.to() + 1 && s.covered(c.to(), "det"));
        if (next && m.isActor() && !m.isAdjectival()) return c;
      }
    }
    return null;
  }

  /**
   * "Les sanctions ... imposées à l'Iran ont été levées samedi par l'UE": the agent of the passive
   * verb whose subject the sanctions are, however far that verb stands, when no other sanctions
   * word or comma comes between.
   */
  static Cues.Hit agentOfTheirVerb(SentenceView s, Cues.Hit h) {
    Cues.Hit v = theirPassiveVerb(s, h);
    return v == null ? null : s.firstAfter(v, "by", 3);
  }

  /** The lifting or extending verb with an agent after it whose subject are the sanctions that open the sentence, or null. */
  static Cues.Hit theirPassiveVerb(SentenceView s, Cues.Hit h) {
    if (h.from() > s.from && !SanctionRule.opensBefore(s, h.from())) return null;
    for (Cues.Hit v : s.cues) {
      if (v.from() < h.to() || v.from() - h.to() > 14) continue;
      if (v.category().equals("sanction")) return null;
      if (!v.category().equals("lift") && !v.category().equals("extend")) continue;
      Cues.Hit by = s.firstAfter(v, "by", 3);
      return by == null || s.commaBetween(h.to() - 1, by.from()) ? null : v;
    }
    return null;
  }

  /**
   * "X, hit by U.S. sanctions", "under Western sanctions": the sanctions fall on the subject. A
   * "by" counts only with an actor after it ("por unanimidad" names no one).
   */
  static boolean passive(SentenceView s, Cues.Hit h) {
    if (s.near(h.from(), 3, 0, "under")) return true;
    for (Cues.Hit u : s.cues("subjected")) if (u.to() <= h.from() && h.from() - u.to() <= 5 && !s.commaBetween(u.from(), h.from())) return true;
    for (Cues.Hit b : s.cues("by")) {
      if (b.from() < h.from() - 3 || b.from() >= h.from()) continue;
      // "visé par des sanctions européennes", "par des sanctions de l'UE": the actor may follow the word
      for (Mention m : s.mentions) if (m.isActor() && m.from() >= b.to() && (m.from() <= h.to() || m.from() <= h.to() + 2 && s.covered(h.to(), "from"))) return true;
      if (s.near(b.to(), 0, h.to() - b.to() + 1, "eu")) return true;
    }
    return agentBeforeWith(s, h) != null;
  }

  /** "wird von der EU mit Sanktionen belegt": the agent of a passive, before "mit" and the sanctions. */
  static Mention agentBeforeWith(SentenceView s, Cues.Hit h) {
    for (Cues.Hit b : s.cues("by")) {
      if (b.from() < h.from() - 7 || b.from() >= h.from()) continue;
      for (Mention m : s.mentions) {
        if (SanctionRule.SOURCES.contains(m.kind()) && m.from() >= b.to() && m.from() - b.to() <= 1 && m.to() < h.from() && s.covered(m.to(), "with")
            && h.from() - m.to() <= 3) return m;
      }
    }
    return null;
  }
}

package org.entente.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Acts on the treaty read last, told in a later sentence: "It was signed in Prague in 2010 by
 * Obama and Medvedev", "The deal was ratified by the Kenyan parliament", parties listed after it
 * ("Among the states parties are ...", "The pact groups ..."), states that join or ratify "the
 * treaty". {@link TreatyRule} calls it for each sentence.
 */
final class LaterActs {

  private LaterActs() {}

  /**
   * "Poland completed its ratification on Oct. 10", "la Pologne a achevé sa ratification": a
   * state's own ratification, the treaty unnamed, makes it a party to the treaty read last.
   */
  static void ratifiedLater(SentenceView s, ArticleContext ctx) {
    if (ctx.lastTreaty == null && !ctx.unnamedSigned) return;
    for (Cues.Hit r : s.cues("ratify")) {
      int own = ownedAt(s, r);
      if (r.from() == s.from || !(own >= 0 || ratifiedWithoutObject(s, r)) || Modality.notAFact(s, r)) continue;
      List<Mention> subject = Subjects.statesBefore(s, own >= 0 ? own : r.from(), 12);
      // "le Canada, l'Irlande et l'île Maurice ont déposé leurs instruments de ratification": each of those named
      if (subject.isEmpty() || subject.size() > 1 && own < 0) continue;
      List<String> states = subject.stream().map(Mention::id).distinct().toList();
      if (TreatyEntities.toJoin(ctx, states) == null) continue;
      for (String p : states) {
        ctx.relate(s, Relation.PARTY_TO, p, ctx.lastTreaty.id(), Relation.ACTIVE, s.dateNear(r.from()), "treaty-party", s.words(r.from(), r.to()));
      }
      TreatyEntities.joinLastTreaty(ctx, states);
    }
  }

  /**
   * Where the possessive that makes a ratification the subject's own stands: right before it
   * ("sa ratification"), or before the instrument that holds it ("leurs instruments de
   * ratification", "its instrument of ratification"); -1 when none does.
   */
  private static int ownedAt(SentenceView s, Cues.Hit r) {
    if (r.from() > s.from && s.covered(r.from() - 1, "poss")) return r.from() - 1;
    if (r.from() - 3 >= s.from && s.covered(r.from() - 1, "from", "of") && s.covered(r.from() - 3, "poss")) return r.from() - 3;
    return -1;
  }

  /**
   * "La France, le Royaume-Uni et l'Allemagne figurent parmi les signataires, de même que le Japon":
   * the states said to be among the signatories of the treaty read last signed it and are parties.
   */
  static void signatoriesLater(SentenceView s, ArticleContext ctx) {
    if (ctx.lastTreaty == null && !ctx.unnamedSigned) return;
    for (Cues.Hit c : s.cues("signatories")) {
      if (Modality.notAFact(s, c) || s.near(c.to(), 0, 2, "ratify")) continue;   // not "signatories that have yet to ratify"
      List<String> states = new ArrayList<>();
      // "Unterzeichner waren die Außenminister der Sowjetunion, Großbritanniens ...", "Tra i primi firmatari figurano Gran Bretagna"
      // (not "Britain was among the first signatories": the states before)
      boolean among = s.near(c.from(), 3, 0, "among") && s.mentions.stream().noneMatch(m -> m.isState() && m.to() <= c.from());
      if (opensAClause(s, c) || among) {
        states.addAll(namedAfterOpening(s, c));
      } else {
        for (Mention m : Subjects.statesBefore(s, c.from(), 10)) if (!states.contains(m.id())) states.add(m.id());
      }
      if (states.isEmpty()) continue;
      for (Cues.Hit a : s.cues) {                           // "..., de même que le Japon"
        if (!a.category().equals("aswell") && !a.category().equals("alongside") || a.from() < c.to() || a.from() - c.to() > 2) continue;
        for (Mention m : Mentions.listAfter(s, a.to(), 2, java.util.Set.of(Entity.STATE))) if (!states.contains(m.id())) states.add(m.id());
      }
      if (TreatyEntities.toJoin(ctx, states) == null) continue;
      for (String p : states) {
        ctx.relate(s, Relation.PARTY_TO, p, ctx.lastTreaty.id(), Relation.ACTIVE, null, "treaty-party", s.words(c.from(), c.to()));
        ctx.relate(s, Relation.SIGNED, p, ctx.lastTreaty.id(), Relation.ACTIVE, null, "treaty-signer", s.words(c.from(), c.to()));
      }
      TreatyEntities.joinLastTreaty(ctx, states);
    }
  }

  /**
   * "Signatories were the Indonesian foreign minister ..., Malaysia's deputy prime minister ...": the
   * word for signatories opens the sentence and the states of the people it lists follow, up to a
   * semicolon; none when the sentence says something else of the signatories ("Los firmantes se comprometen").
   */
  private static List<String> namedAfterOpening(SentenceView s, Cues.Hit c) {
    List<String> states = new ArrayList<>();
    for (Mention m : s.mentions) {
      if (m.from() < c.to() || s.markBetween(c.to() - 1, m.from(), ";:")) continue;
      if (states.isEmpty() && m.from() - c.to() > 6) break;   // not "Los cuatro firmantes establecieron ... relaciones con Cuba"
      if (m.isState() && !Venues.isVenue(s, m) && !states.contains(m.id())) states.add(m.id());
    }
    return states;
  }

  /** Whether the cue stands among the first three words of its sentence or of a clause after a semicolon. */
  private static boolean opensAClause(SentenceView s, Cues.Hit c) {
    int start = s.from;
    for (int i = s.from + 1; i <= c.from(); i++) if (s.markBetween(i - 1, i, ";")) start = i;
    return c.from() - start <= 2;
  }

  /**
   * "It entered into force on May 1", "The deal was ratified on April 12": a sentence that opens
   * with a pronoun or a word for the document, with no treaty word of its own, dates the
   * ratification or entry into force of the treaty read last.
   */
  static void actedLater(SentenceView s, ArticleContext ctx) {
    if (ctx.lastTreaty == null) return;
    int at = s.from;
    while (at < s.to && at - s.from < 2 && s.covered(at, "det", "thedef")) at++;
    if (at >= s.to || !s.covered(at, "pronoun", "treatyref")) return;
    for (String act : new String[] {"ratify", "inforce"}) {
      for (Cues.Hit c : s.cues(act)) {
        if (c.from() <= at || c.from() - at > 4 || Modality.notAFact(s, c) || s.dateNear(c.from()) == null) continue;
        Entity t = TreatyEntities.dated(ctx.lastTreaty, s, null, act.equals("ratify") ? c : null, act.equals("inforce") ? c : null);
        ctx.put(t);
        ctx.lastTreaty = t;
      }
    }
  }

  /** "Germany ... ratified in September": the verb with no object, in a sentence with no word for a treaty. */
  private static boolean ratifiedWithoutObject(SentenceView s, Cues.Hit r) {
    if (s.has("treaty")) return false;
    return r.to() >= s.to || s.inDate(r.to()) || s.commaBetween(r.to() - 1, r.to()) || s.covered(r.to(), "venue")
        || s.dates.stream().anyMatch(d -> d.start() >= s.tokens.get(r.to() - 1).end() && d.start() - s.tokens.get(r.to() - 1).end() <= 4);
  }

  /**
   * "Presidents Putin of Russia, Rouhani of Iran ... put their signatures to the document": a
   * signing by leaders with no treaty word is the signing of the treaty the article spoke of last,
   * or of the one whose parties it left unnamed ("the leaders of the five countries signed a
   * convention"); then the leaders' states are its parties. Not "signed a decree" or "a law".
   */
  static void signedLater(SentenceView s, ArticleContext ctx) {
    // "Il documento è stato siglato da Italia, Germania e Francia": a word for the document signed by states makes one
    if (ctx.lastTreaty == null && !ctx.unnamedSigned && !s.has("treatyref")) return;
    for (Cues.Hit sign : s.cues("sign")) {
      // "presenció la firma", "witnessed the signing": a signing named as an event is not the subject's act
      boolean event = sign.from() > s.from && s.covered(sign.from() - 1, "det");
      List<Mention> afterTheVerb = SignerLists.leadersAfterTheVerb(s, sign, ctx.lang);
      // ... not "Die Unterschriften setzten der indonesische Präsident Suharto, ...": a phrase with its verb, its subjects after it
      if (event && afterTheVerb.isEmpty() || Modality.notAFact(s, sign) || s.near(sign.to(), 0, 4, "decree")) continue;
      Set<String> states = new LinkedHashSet<>();
      List<Mention> leaders = new ArrayList<>();
      List<String> leaderStates = new ArrayList<>();
      boolean namedAfter = false;
      Cues.Hit by = null;                           // "El documento fue suscrito ... por el anfitrión, Lula; la chilena Bachelet; ..."
      for (Cues.Hit b : s.cues("by")) if (by == null && b.from() >= sign.to() && b.from() - sign.to() <= 12) by = b;
      List<Mention> besides = TreatySigners.namedBesideTheVerb(s, sign);
      besides.addAll(afterTheVerb);                 // "Под документом поставили подписи Президент ..."
      for (Mention m : s.mentions) {
        if (!m.kind().equals(Entity.LEADER) || s.near(m.from(), 3, 0, "former") || s.near(m.from(), 8, 0, "presence")) continue;
        boolean before = m.to() <= sign.from() && sign.from() - m.to() <= 25 && !TreatySigners.ofSomeone(s, m);
        boolean agent = by != null && m.from() >= by.to() && m.from() - by.to() <= 40;
        if (!before && !agent && !besides.contains(m)) continue;
        String st = ctx.leaderState(m.id());
        // "It was signed in Prague in 2010 by Barack Obama and Dmitry Medvedev": leaders then, named as its agents
        if (st == null && agent) st = leaderWhenSigned(ctx, m);
        if (st == null) continue;
        states.add(st);
        leaders.add(m);
        leaderStates.add(st);
        namedAfter |= !before;
      }
      List<Mention> officials = leaders.isEmpty() ? TreatySigners.officials(s, sign) : List.of();
      // "Le texte a été signé ... par les représentants de la Belgique, du Danemark ...": the states after "by"
      if (officials.isEmpty() && leaders.isEmpty() && by != null) {
        officials = Mentions.listAfter(s, by.to(), Math.max(2, TreatySigners.officialsBefore(s, by.to())), Set.of(Entity.STATE));
      }
      if (officials.isEmpty() && leaders.isEmpty()) {         // "Suscribieron el documento Antigua y Barbuda, Bahamas...": after the object
        for (Cues.Hit t : s.cues("treatyref")) {
          if (TreatyParties.subjectAfterObject(s, ctx, t, sign)) officials = Mentions.listAfter(s, t.to(), 1, Set.of(Entity.STATE));
        }
      }
      for (Mention m : officials) states.add(m.id());
      Entity treaty = ctx.lastTreaty;
      if (treaty == null) {
        if (states.size() < 2) continue;
        treaty = TreatyEntities.unnamedSigned(ctx, new TreeSet<>(states));
        for (String p : treaty.parties()) {
          ctx.relate(s, Relation.PARTY_TO, p, treaty.id(), Relation.ACTIVE, null, "treaty-party", s.words(sign.from(), sign.to()));
        }
      } else if ((treaty.parties().isEmpty() || !afterTheVerb.isEmpty() && openToAll(ctx, treaty)) && namedAfter) {
        // "Руководители шести государств подписали Договор о коллективной безопасности. Документ скрепили
        // подписями президенты Армении ..., Казахстана ...": a treaty open to all, its parties those whose leaders sign it
        // (named after the verb, or as its agent: not "los aranceles que el presidente Trump firmaba"); of a treaty open to
        // all, also when some parties are known, the leaders listed as the subject after the verb ("Die Unterschriften setzten")
        for (String p : states) {
          ctx.relate(s, Relation.PARTY_TO, p, treaty.id(), Relation.ACTIVE, null, "treaty-party", s.words(sign.from(), sign.to()));
        }
        TreatyEntities.joinLastTreaty(ctx, states);
        treaty = ctx.lastTreaty;
      }
      for (Mention m : officials) {
        ctx.relate(s, Relation.PARTY_TO, m.id(), treaty.id(), Relation.ACTIVE, null, "treaty-party", s.words(sign.from(), sign.to()));
        ctx.relate(s, Relation.SIGNED, m.id(), treaty.id(), Relation.ACTIVE, s.dateNear(sign.from()), "treaty-signer", s.words(sign.from(), sign.to()));
      }
      for (int i = 0; i < leaders.size(); i++) {
        String st = leaderStates.get(i);
        if (!treaty.parties().contains(st)) continue;
        ctx.relate(s, Relation.SIGNED, leaders.get(i).id(), treaty.id(), Relation.ACTIVE, s.dateNear(sign.from()), "treaty-signer",
            s.words(sign.from(), sign.to()));
      }
    }
  }

  /** The state the leader led on the day the treaty read last was signed, when that day is known. */
  private static String leaderWhenSigned(ArticleContext ctx, Mention m) {
    String signed = ctx.lastTreaty == null ? null : ctx.lastTreaty.signed();
    if (signed == null || signed.length() < 10) return null;
    return ctx.gazetteer.leaders().stateAt(m.id(), Leaders.date(signed, false));
  }

  /**
   * "El pacto reúne a ... Brunéi, Camboya ... y a cinco socios: China, Japón", "The pact groups":
   * a sentence that opens with the treaty just read and a word for comprising lists its parties.
   */
  static void comprised(SentenceView s, ArticleContext ctx) {
    if (ctx.lastTreaty == null && !ctx.unnamedSigned || !s.has("comprise")) return;
    for (Cues.Hit h : s.cues("treaty")) {
      int start = s.covered(s.from, "det", "thedef") ? s.from + 1 : s.from;
      if (h.from() != start) continue;
      Cues.Hit c = s.firstAfter(h, "comprise", 1);
      if (c == null) continue;
      TreeSet<String> states = new TreeSet<>();
      for (Mention m : Mentions.distinctStates(s)) if (m.from() >= c.to() && !Venues.isVenue(s, m) && !m.isAdjectival()) states.add(m.id());
      if (TreatyEntities.toJoin(ctx, states) == null) return;   // "Fifteen countries signed the pact. The pact groups ..."
      for (String st : states) {
        ctx.relate(s, Relation.PARTY_TO, st, ctx.lastTreaty.id(), Relation.ACTIVE, null, "treaty-party", s.words(c.from(), c.to()));
      }
      TreatyEntities.joinLastTreaty(ctx, states);
      return;
    }
  }

  /** Whether a treaty word is the complement of a word for parties: "участниками договора", "parties to the treaty". */
  static boolean partyOfThe(SentenceView s, Cues.Hit h) {
    for (Cues.Hit p : s.cues("party")) if (h.from() >= p.from() && h.from() <= p.to() + 1) return true;
    return false;
  }

  /**
   * "Belarus and Kazakhstan have already acceded to the treaty", "Deutschland hatte den Vertrag
   * ratifiziert": states that join or ratify "the treaty" join the one read last, when it is open to them (a closed treaty of the dictionary takes only
   * its own parties).
   */
  static boolean joinedTheLast(SentenceView s, ArticleContext ctx, Cues.Hit h) {
    // "to the treaty", "dem Vertrag", "au traité", "al trattato" (a preposition fused with its article)
    if (ctx.lastTreaty == null || h.from() == s.from || !s.covered(h.from() - 1, "thedef", "det", "on") && !bareObject(s, ctx, h)) return false;
    Cues.Hit join = TreatyRule.nearest(s, "join", h);
    // ... or ratify it: "Deutschland hatte den Vertrag bereits 1994 ratifiziert"
    if (join == null || Math.abs(join.from() - h.from()) > 4) join = TreatyRule.nearest(s, "ratify", h);
    if (join == null || Math.abs(join.from() - h.from()) > 4 || Modality.notAFact(s, join) || s.near(join.from(), 4, 4, "apply", "leave")) return false;
    Treaties.Known known = TreatyEntities.knownOf(ctx, ctx.lastTreaty);
    List<String> states = new ArrayList<>();
    for (Mention m : Subjects.statesBefore(s, Math.min(join.from(), h.from()), 20)) {
      if ((known == null || !known.closed() || known.parties().contains(m.id())) && !states.contains(m.id())) states.add(m.id());
    }
    if (states.isEmpty()) return false;
    for (String p : states) ctx.relate(s, Relation.PARTY_TO, p, ctx.lastTreaty.id(), Relation.ACTIVE, s.dateNear(join.from()), "treaty-party", s.words(join.from(), join.to()));
    TreatyEntities.joinLastTreaty(ctx, states);
    return true;
  }

  /**
   * "Китай и Индия также ратифицировали протокол, но ...": Russian has no article; a lower-case
   * treaty word that ends its clause, with nothing to say which, is the one read before.
   */
  private static boolean bareObject(SentenceView s, ArticleContext ctx, Cues.Hit h) {
    if (ctx.lang != Language.RU || s.tokens.get(h.from()).capitalized()) return false;
    return h.to() >= s.to || s.commaBetween(h.to() - 1, h.to()) || s.covered(h.to(), "coord") || s.inDate(h.to());
  }

  /**
   * "Among the states parties are Mexico, Cuba...", "restées parties au Statut": a multilateral
   * treaty's parties listed after it was named; they join the last treaty.
   */
  static void statesParties(SentenceView s, ArticleContext ctx) {
    if (ctx.lastTreaty == null && !ctx.unnamedSigned) return;
    for (Cues.Hit h : s.cues("party")) {
      if (Modality.notAFact(s, h) || s.near(h.to(), 0, 3, "negation")) continue;     // "Азербайджан участником статута не является"
      // "государством — участником ОБСЕ является только Россия": a participating state of an organization is its member
      Mention org = MembershipOrganizations.organizationRightAfter(s, h);
      if (org != null && org.from() - h.to() <= 1) continue;
      boolean left = false;                  // not "qui avaient annoncé leur retrait, sont restées parties"
      for (Cues.Hit l : s.cues("leave")) left |= l.from() >= h.from() - 8 && l.from() < h.to() + 4 && !s.commaBetween(Math.min(l.from(), h.from()), Math.max(l.from(), h.from()));
      // "Азербайджан, Грузия и Узбекистан отказались продлевать своё участие в нём": those who refused to stay left
      for (Cues.Hit r : s.cues("refuse")) left |= r.to() <= h.from() && h.from() - r.to() <= 12;
      String status = left ? Relation.ENDED : Relation.ACTIVE;
      List<Mention> states = new ArrayList<>(Mentions.chainsNear(s, h.from(), h.to(), 10));
      for (Mention m : Subjects.statesBefore(s, h.from(), 20)) if (!states.contains(m)) states.add(m);
      List<String> ids = states.stream().map(Mention::id).toList();
      // "Eight heads of government signed a treaty. Its parties are ...", but not those that left
      if (ctx.lastTreaty == null && left || TreatyEntities.toJoin(ctx, ids) == null) return;
      for (String p : ids) {
        ctx.relate(s, Relation.PARTY_TO, p, ctx.lastTreaty.id(), status, null, "treaty-party", s.words(h.from(), h.to()));
      }
      TreatyEntities.joinLastTreaty(ctx, ids);
    }
  }

  /** Whether the treaty is one of the dictionary's open to any state (the NPT, the Treaty of Amity and Cooperation). */
  private static boolean openToAll(ArticleContext ctx, Entity treaty) {
    Treaties.Known k = TreatyEntities.knownOf(ctx, treaty);
    return k != null && !k.closed();
  }
}

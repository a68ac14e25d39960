package org.entente.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Acts on the treaty read last, told in a later sentence that names no treaty: "It was signed in
 * Prague in 2010 by Obama and Medvedev", "Le texte a été signé par les représentants de ...",
 * "The deal was ratified by the Kenyan parliament". {@link TreatyRule} calls it for such sentences.
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
      if (r.from() == s.from || !(own >= 0 || ratifiedWithoutObject(s, r)) || s.notAFact(r)) continue;
      List<Mention> subject = Mentions.statesBefore(s, own >= 0 ? own : r.from(), 12);
      // "le Canada, l'Irlande et l'île Maurice ont déposé leurs instruments de ratification": each of those named
      if (subject.isEmpty() || subject.size() > 1 && !s.covered(own, "poss")) continue;
      List<String> states = subject.stream().map(Mention::id).distinct().toList();
      if (ctx.lastTreaty == null) {
        if (states.size() < 2) continue;
        TreatyEntities.unnamedSigned(ctx, new TreeSet<>(states));
      }
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
      if (s.notAFact(c) || s.near(c.to(), 0, 2, "ratify") || c.from() == s.from) continue;   // not "signatories that have yet to ratify"
      List<String> states = new ArrayList<>();
      for (Mention m : Mentions.statesBefore(s, c.from(), 10)) if (!states.contains(m.id())) states.add(m.id());
      if (states.isEmpty()) continue;
      for (Cues.Hit a : s.cues) {                           // "..., de même que le Japon"
        if (!a.category().equals("aswell") && !a.category().equals("alongside") || a.from() < c.to() || a.from() - c.to() > 2) continue;
        for (Mention m : Mentions.listAfter(s, a.to(), 2, java.util.Set.of(Entity.STATE))) if (!states.contains(m.id())) states.add(m.id());
      }
      if (ctx.lastTreaty == null) {
        if (states.size() < 2) continue;
        TreatyEntities.unnamedSigned(ctx, new TreeSet<>(states));
      }
      for (String p : states) {
        ctx.relate(s, Relation.PARTY_TO, p, ctx.lastTreaty.id(), Relation.ACTIVE, null, "treaty-party", s.words(c.from(), c.to()));
        ctx.relate(s, Relation.SIGNED, p, ctx.lastTreaty.id(), Relation.ACTIVE, null, "treaty-signer", s.words(c.from(), c.to()));
      }
      TreatyEntities.joinLastTreaty(ctx, states);
    }
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
        if (c.from() <= at || c.from() - at > 4 || s.notAFact(c) || s.dateNear(c.from()) == null) continue;
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
    if (ctx.lastTreaty == null && !ctx.unnamedSigned) return;
    for (Cues.Hit sign : s.cues("sign")) {
      // "presenció la firma", "witnessed the signing": a signing named as an event is not the subject's act
      boolean event = sign.from() > s.from && s.covered(sign.from() - 1, "det");
      if (event || s.notAFact(sign) || s.near(sign.to(), 0, 4, "decree")) continue;
      Set<String> states = new LinkedHashSet<>();
      List<Mention> leaders = new ArrayList<>();
      List<String> leaderStates = new ArrayList<>();
      boolean namedAfter = false;
      Cues.Hit by = null;                           // "El documento fue suscrito ... por el anfitrión, Lula; la chilena Bachelet; ..."
      for (Cues.Hit b : s.cues("by")) if (by == null && b.from() >= sign.to() && b.from() - sign.to() <= 12) by = b;
      List<Mention> besides = TreatySigners.namedBesideTheVerb(s, sign);
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
      } else if (treaty.parties().isEmpty() && namedAfter) {
        // "Руководители шести государств подписали Договор о коллективной безопасности. Документ скрепили
        // подписями президенты Армении ..., Казахстана ...": a treaty open to all, its parties those whose leaders sign it
        // (named after the verb, or as its agent: not "los aranceles que el presidente Trump firmaba")
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
}

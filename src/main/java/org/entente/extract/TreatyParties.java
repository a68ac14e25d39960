package org.entente.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is party to a treaty a sentence speaks of: the states after "between", before the verb,
 * after "by" or "with", the states of the leaders who sign, "the two countries" of the last list;
 * never the place of the dateline or the venue. {@link TreatyRule} asks it for each treaty word.
 */
final class TreatyParties {

  private TreatyParties() {}

  /**
   * The states that are party to what the sentence describes; not the place a wire story was filed
   * from ("SANTIAGO, 22 mars (AFP) - Sept présidents ont signé à Santiago"), unless the sentence
   * names it again other than as the venue.
   */
  static Set<String> of(SentenceView s, ArticleContext ctx, Cues.Hit h, Cues.Hit act, boolean signing) {
    Set<String> out = partiesNamed(s, ctx, h, act, signing);
    out.removeIf(id -> s.namedOnlyInDateline(id, true) && !signedByItsLeader(s, ctx, act, id) || onlySetApart(s, id));
    return out;
  }

  /** "ROMA (ANSA) - Il premier Mario Draghi e il presidente Emmanuel Macron hanno firmato": the place's leader signs. */
  private static boolean signedByItsLeader(SentenceView s, ArticleContext ctx, Cues.Hit act, String state) {
    if (act == null) return false;
    for (Mention m : s.mentions) {
      if (m.kind().equals(Entity.LEADER) && m.to() <= act.from() && act.from() - m.to() <= 12 && state.equals(ctx.leaderState(m.id()))) return true;
    }
    return false;
  }

  /** Whether every mention of the state is set apart ("Китай, в отличие от России, сохраняет ... договор") or mediates. */
  private static boolean onlySetApart(SentenceView s, String id) {
    boolean apart = false;
    for (Mention m : s.mentions) {
      if (!m.id().equals(id)) continue;
      if (!Mentions.setApart(s, m) && !s.near(m.from(), 3, 0, "mediator")) return false;   // "при посредничестве Швейцарии"
      apart = true;
    }
    return apart;
  }

  /**
   * "Sergej Lawrow und Urmas Paet unterzeichneten": two names of two or three capitalized words joined
   * by "and" right before the verb, its subject.
   */
  static boolean twoPersonsRightBefore(SentenceView s, Cues.Hit act) {
    int i = act.from() - 1;
    int names = 0;
    while (names < 2) {
      int words = 0;
      while (i >= s.from && words < 3 && s.tokens.get(i).capitalized() && !s.inMention(i) && !s.covered(i, "coord")) {
        i--;
        words++;
      }
      if (words < 2) return false;
      names++;
      if (names == 1) {
        if (i < s.from || !s.covered(i, "coord")) return false;
        i--;
      }
    }
    return !s.near(i + 1, 3, 0, "by");        // not the agents of a passive: "von den Außenministern X und Y unterzeichnet"
  }

  /** The states the sentence names as parties, in the order the rules find them. */
  private static Set<String> partiesNamed(SentenceView s, ArticleContext ctx, Cues.Hit h, Cues.Hit act, boolean signing) {
    Set<String> out = new LinkedHashSet<>();
    Cues.Hit between = TreatyRule.between(s, h);
    if (between != null) for (Mention m : Mentions.listAfter(s, between.to(), 2, Set.of(Entity.STATE))) out.add(m.id());
    if (out.size() >= 2) return out;                       // "l'accordo ... tra Italia e Grecia": the parties, all of them
    List<String> group = ctx.group(s);                       // what "both", "the three" of the sentence refer to
    if (between != null && out.isEmpty() && s.near(between.to(), 0, 2, Cues.GROUPS)) out.addAll(group); // "entre los tres países"
    // ... or opening the sentence: "Die beiden Nato-Staaten sind über Artikel 5 des Nordatlantikvertrags aneinander gebunden"
    boolean groupOpens = s.near(s.from, 0, 2, Cues.GROUPS) && (act == null || act.from() > s.from + 2);
    // ... or the agent right after the act: "signed by the two countries", "подписанного двумя странами"
    boolean groupAgent = act != null && (s.covered(act.to(), "by") && s.near(act.to() + 1, 0, 2, Cues.GROUPS) || s.near(act.to(), 0, 1, "agent"));
    if (act != null && out.isEmpty() && groupAgent && ctx.lastTreaty != null && ctx.lastTreaty.parties().size() == group.size()) {
      out.addAll(ctx.lastTreaty.parties());               // "l'accord, qui doit être ratifié par les deux parlements": its own two
      return out;
    }
    if (act != null && out.isEmpty() && (s.near(act.from(), 4, 0, Cues.GROUPS) || groupOpens || groupAgent) && !group.isEmpty()) {
      out.addAll(group);                                    // "dove i due avevano firmato una dichiarazione"
      return out;
    }
    // "Russland und Estland ... Die Außenminister Sergej Lawrow und Urmas Paet unterzeichneten": two persons the
    // table does not know sign for the pair of states just named
    if (act != null && out.isEmpty() && twoPersonsRightBefore(s, act) && ctx.pairNamedLast().size() == 2
        && s.mentions.stream().noneMatch(m -> m.isActor() && !Venues.isVenue(s, m))) {
      out.addAll(ctx.pairNamedLast());
      return out;
    }
    if (act != null && out.isEmpty() && TreatySigners.leadersBefore(s, act) && ctx.lastLeaders.size() >= 2) {
      out.addAll(TreatySigners.leadersOf(ctx));                                  // "Одновременно лидеры подписали Совместную декларацию"
      out.remove(null);
      return out;
    }
    if (act != null) {
      int subjectsEnd = TreatySigners.subjectsEnd(s, act);
      int floor = previousClauseEnd(s, h);                        // "..., e ad agosto è stato firmato al Cairo l'accordo ... con l'Egitto"
      for (Mention m : Subjects.statesBefore(s, Math.min(subjectsEnd, h.from()), 20)) if (m.from() >= floor) out.add(m.id());
      for (Mention m : Subjects.statesBefore(s, subjectsEnd, 20)) if (m.from() >= floor) out.add(m.id());
      out.addAll(beforeTheCounterparts(s, subjectsEnd, out));
      String described = theCountryBeside(s, ctx, subjectsEnd);
      if (described != null && !out.isEmpty()) out.add(described);
      Cues.Hit agents = null;
      for (Cues.Hit b : s.cues("by")) {                              // "firmato da Parigi e Berlino"
        // "signed in Lisbon last May by the United States, Russia, ...": a place and a date may come between
        int gap = wordsOutsideDates(s, act.to(), b.from());   // "fue firmado el 5 de agosto de 2004 en Washington por ..."
        boolean first = b.from() >= act.to() && (gap <= 3 || gap <= 6 && !s.pastComma(act, b.from()));
        // "sottoscritto dai sette membri - Brunei, ..., Vietnam - e da Cambogia, Laos e Myanmar": "and by" goes on with the agents
        boolean andBy = agents != null && b.from() - agents.to() <= 25 && s.covered(b.from() - 1, "coord") && !s.clauseIn(agents.to(), b.from());
        if (first || andBy) {
          agents = b;
          // "signed by the foreign ministers of Armenia and Azerbaijan", "signed by Presidents Putin and Lukashenko"
          // (after "and by", only states named right away: "e dal fondatore della Corea del Nord Kim Il-sung" is a person)
          int reach = first ? Math.max(2, TreatySigners.officialsBefore(s, b.to())) : 1;
          for (Mention m : Mentions.listAfter(s, b.to(), reach, Set.of(Entity.STATE))) out.add(m.id());
          for (Mention m : namedAmong(s, b)) out.add(m.id());
          if (signing) {
            for (Mention m : Mentions.listAfter(s, b.to(), reach, Set.of(Entity.LEADER))) {
              String st = ctx.leaderState(m.id());
              if (st != null) out.add(st);
            }
            for (Mention m : s.mentions) {                        // "by President Atambayev, Vladimir Putin of Russia, Alexander Lukashenko of Belarus"
              String st = first && TreatySigners.agentAfter(s, b, m) ? ctx.leaderState(m.id()) : null;
              if (st != null) out.add(st);
            }
          }
        }
      }
      for (Cues.Hit w : s.cues("with")) {
        // not "signed a charter ... on Friday, pledging ... five months after Georgia's war with Russia": past a comma it is another phrase's
        int start = Math.min(act.from(), h.from());
        int last = Math.max(act.from(), h.from());
        if (w.from() > start - 2 && !(w.from() > last && s.commaBetween(last, w.from()))) {
          for (Mention m : Mentions.listAfter(s, w.to(), 2, Set.of(Entity.STATE))) out.add(m.id());
          // "договора России с КНДР", "l'accord de la Russie avec la Corée du Nord": the state between the treaty word and "with"
          for (Mention m : s.mentions) {
            if (m.isState() && m.from() >= h.to() && m.from() - h.to() <= 2 && m.to() == w.from()) out.add(m.id());
          }
        }
      }
      for (Cues.Hit b : s.cues("boundto")) {            // "La France est liée à l'Union soviétique par le traité ... signé en 1944"
        if (b.to() > h.from() || h.from() - b.to() > 8 || s.clauseIn(b.to(), h.from())) continue;
        for (Mention m : Mentions.listAfter(s, b.to(), 2, Set.of(Entity.STATE))) if (m.to() <= h.from()) out.add(m.id());
      }
      if (ctx.lang == Language.RU && !act.category().equals("join") && !act.category().equals("leave")) {           // "соглашений, заключённых Россией и Украиной", "подписали Россия и Китай": after the verb
        for (Mention m : Mentions.listAfter(s, act.to(), 0, Set.of(Entity.STATE))) if (!m.isAdjectival()) out.add(m.id());
        // "был подписан ровно год назад в Астане президентами России, Белоруссии и Казахстана": the states of the agents' title
        for (Cues.Hit t : s.cues("title")) {
          if (!out.isEmpty() || t.from() < act.to() || t.from() - act.to() > 10 || s.pastComma(act, t.from())) continue;
          for (Mention m : Mentions.listAfter(s, t.to(), 1, Set.of(Entity.STATE))) if (!m.isAdjectival()) out.add(m.id());
        }
      }
      if (out.isEmpty() && subjectAfterObject(s, ctx, h, act)) {            // "Suscribieron el documento Antigua y Barbuda, Bahamas..."
        for (Mention m : Mentions.listAfter(s, h.to(), 1, Set.of(Entity.STATE))) if (!m.isAdjectival()) out.add(m.id());
      }
      for (Mention m : SignerLists.alongside(s, act)) {                      // "hanno firmato oggi insieme a Donald Trump"
        String st = m.isState() ? m.id() : ctx.leaderState(m.id());
        if (st != null) out.add(st);
      }
      if (signing) {
        for (Mention m : TreatySigners.namedBesideTheVerb(s, act)) {
          String st = ctx.leaderState(m.id());
          if (st != null) out.add(st);
        }
        for (Mention m : s.mentions) {
          if (m.kind().equals(Entity.LEADER) && m.to() <= subjectsEnd && m.from() >= floor) {
            String st = leaderStateWhen(s, ctx, m, act);
            if (st != null) out.add(st);
          }
        }
      }
      out.addAll(ctx.counterpartPair(s, out));       // "Pistorius und sein litauischer Kollege unterzeichneten"
      // every state of the sentence only for a first treaty: "the agreement ... two of the signatories: Russia..." is the last one
      // ... within the treaty's clause: not "firmó su protocolo de adhesión en 2015, pero ... tras la ratificación del Congreso brasileño"
      // ... not when forces or groups are the subject: "le forze curde hanno raggiunto un'intesa con Damasco ..., l'avanzata turca"
      if (out.size() < 2 && ctx.lastTreaty == null && !nonStateSubject(s, act)) {
        for (Mention m : s.mentions) {
          if (m.isState() && !Venues.isVenue(s, m) && !Mentions.inTreatyName(s, m) && !m.formType().equals(Form.ANTI)
              && !s.clauseSeparates(m.from(), m.to(), h.from(), h.to()) && !s.near(m.from(), 6, 0, "except") && !withPastAComma(s, act, m)) out.add(m.id());
        }
      }
      if (out.size() < 2 && ctx.lastTreaty == null) out.addAll(group);  // "which the three governments signed"
    }
    return out;
  }

  /**
   * "signé ... par douze pays, dont la France, les États-Unis et la Grande-Bretagne": agents counted
   * in a few words, then the states among them; none when a name comes before the "including".
   */
  static List<Mention> namedAmong(SentenceView s, Cues.Hit by) {
    for (Cues.Hit c : s.cues("including")) {
      if (c.from() <= by.to() || c.from() - by.to() > 4) continue;
      for (Mention m : s.mentions) if (m.from() >= by.to() && m.from() < c.from()) return List.of();
      return Mentions.listAfter(s, c.to(), 1, Set.of(Entity.STATE));
    }
    return List.of();
  }

  /**
   * "Bolivia firmó hoy el protocolo ..., en una cumbre celebrada en Brasilia con Paraguay todavía
   * suspendido": a state after a "with" past a comma from the act is with someone else, not a party
   * (nor one named after "without": "y sin la presencia del presidente venezolano").
   */
  private static boolean withPastAComma(SentenceView s, Cues.Hit act, Mention m) {
    for (Cues.Hit w : s.cues("with")) {
      // (not "por los cuatro socios fundadores, junto con Bolivia y Chile": they signed beside them)
      if (w.to() <= m.from() && m.from() - w.to() <= 2 && s.pastComma(act, w.from()) && !s.covered(w.from(), "alongside")) return true;
    }
    return false;
  }

  /** Whether forces stand right before the act as its subject, no state named between. */
  private static boolean nonStateSubject(SentenceView s, Cues.Hit act) {
    if (!act.category().equals("sign") && !act.category().equals("conclude")) return false;
    for (Cues.Hit c : s.cues) {
      if (!c.category().equals("troops") || c.to() > act.from() || act.from() - c.to() > 4) continue;
      if (!Mentions.stateBetween(s, c.from(), act.from()) && !s.commaBetween(c.to() - 1, act.from())) return true;
    }
    return false;
  }

  /**
   * "I ministri di Arabia Saudita, Kuwait e Oman, e i loro colleghi di Egitto e Siria hanno firmato":
   * the states before "and their colleagues from" the subjects found sign with them.
   */
  static List<String> beforeTheCounterparts(SentenceView s, int subjectsEnd, Set<String> found) {
    List<String> out = new java.util.ArrayList<>();
    for (Cues.Hit c : s.cues("counterpart")) {
      if (c.to() >= subjectsEnd || !s.near(c.to(), 0, 1, "of", "from")) continue;
      boolean theirs = false;
      for (Mention m : s.mentions) theirs |= m.isState() && m.from() > c.to() && m.from() - c.to() <= 2 && found.contains(m.id());
      int k = c.from();
      boolean and = false;
      while (k > s.from && c.from() - k < 4 && s.covered(k - 1, "coord", "det", "poss", "thedef")) and |= s.covered(--k, "coord");
      if (!theirs || !and) continue;
      for (List<Mention> chain : s.stateChains()) {
        Mention last = chain.get(chain.size() - 1);
        if (last.to() <= k && k - last.to() <= 1) for (Mention m : chain) out.add(m.id());
      }
    }
    return out;
  }

  /**
   * "Indien und das Himalaya-Königreich haben ... unterzeichnet": "the kingdom", "the country" joined
   * by "and" to a state named among the subjects is the state the article speaks of; null otherwise.
   */
  private static String theCountryBeside(SentenceView s, ArticleContext ctx, int subjectsEnd) {
    if (ctx.topic == null) return null;
    for (Cues.Hit c : s.cues("thecountry")) {
      if (c.to() > subjectsEnd) continue;
      boolean after = c.from() - 1 > s.from && s.covered(c.from() - 1, "coord") && Venues.stateEndsAt(s, c.from() - 1);
      boolean before = c.to() + 1 < s.to && s.covered(c.to(), "coord") && s.mentions.stream().anyMatch(m -> m.isState() && m.from() == c.to() + 1);
      if ((after || before) && s.mentions.stream().noneMatch(m -> m.isState() && m.id().equals(ctx.topic))) return ctx.topic;
    }
    return null;
  }

  /** The words in [from, to) that belong to no date. */
  private static int wordsOutsideDates(SentenceView s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) if (!s.inDate(i)) n++;
    return n;
  }

  /**
   * "Suscribieron el documento Antigua y Barbuda, Bahamas, Belice...", "Hanno firmato l'accordo
   * Italia, Francia e Germania": Spanish and Italian put the subject of a verb that opens the
   * sentence after its object, the treaty word right behind the verb.
   */
  static boolean subjectAfterObject(SentenceView s, ArticleContext ctx, Cues.Hit h, Cues.Hit act) {
    if (ctx.lang != Language.ES && ctx.lang != Language.IT || h == null || act == null) return false;
    return h.from() > act.from() && h.from() - act.to() <= 2 && SanctionRule.opensTheSentence(s, act);
  }

  /**
   * Where the clause of an earlier treaty word of the sentence ends: the first comma after it,
   * when one comes before {@code h}; the sentence's start when no other treaty word comes first.
   * A second treaty the sentence reports takes its parties from its own clause.
   */
  private static int previousClauseEnd(SentenceView s, Cues.Hit h) {
    int floor = s.from;
    for (Cues.Hit o : s.cues("treaty")) {
      if (o.to() >= h.from()) break;
      for (int i = o.to(); i < h.from(); i++) {
        if (s.commaBetween(i - 1, i)) {
          floor = Math.max(floor, i);
          break;
        }
      }
    }
    return floor;
  }

  /**
   * The state a leader signing stands for: the one he leads at the article's date, else the one he
   * led on the signing's date ("Kim Il Sung y ... Zhou Enlai firmaron ... el 11 de julio de 1961").
   */
  static String leaderStateWhen(SentenceView s, ArticleContext ctx, Mention m, Cues.Hit act) {
    String st = ctx.leaderState(m.id());
    if (st != null) return st;
    DateMention d = s.dateNear(act.from());
    if (d == null || d.date().isAfter(ctx.reference)) return null;
    st = ctx.gazetteer.leaders().stateAt(m.id(), d.date());
    // (a year or a month alone: also its last day, for a leader who took office during it)
    return st != null || d.precision().equals("day") ? st : ctx.gazetteer.leaders().stateAt(m.id(), TreatySigners.lastDayOf(d));
  }
}

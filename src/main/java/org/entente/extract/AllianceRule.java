package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * ALLIED_WITH between states of a sentence that speaks of an alliance, mutual defence or allies:
 * every pair of a list of three or more next to the cue ("Mali, Burkina Faso and Niger signed a
 * mutual defence pact"), else the pair after "between", else the two states nearest the cue. Ended when the
 * sentence says the alliance was left or dissolved; nothing when it is denied or only proposed.
 */
final class AllianceRule implements Rule {

  @Override
  public void apply(SentenceView s, ArticleContext ctx) {
    DefencePactSigners.read(s, ctx);
    for (Cues.Hit h : allyWords(s)) {
      Mention pact = treatyNamed(s, h);
      if (pact != null) {                                       // "el Tratado de Defensa Mutua de 1953 que vincula a los dos países"
        partiesOfAPact(s, ctx, h, pact);
        continue;
      }
      List<Mention> own = AllyPhrases.ownAlliesListed(s, h, ctx.lang);    // "its allies in Asia, South Korea and Japan"
      List<String[]> ledAllies = own.isEmpty() ? AllyPhrases.leadersAsAllies(s, ctx, h) : List.of();   // "Kabila e i suoi alleati Robert Mugabe (Zimbabwe), ..."
      for (String[] pair : ledAllies) relate(s, ctx, h, Relation.ACTIVE, pair[0], pair[1]);
      if (!ledAllies.isEmpty()) continue;
      if (own.isEmpty() && unnamedAllies(s, h, ctx.lang)) continue;            // "contra Estados Unidos o sus aliados": allies no one names
      // (not "Australia, a longtime U.S. ally, joined the exercises": past the apposition's comma the verb is the subject's)
      boolean apposed = AllyPhrases.apposedToState(s, h);
      // ... but "стратегическим партнёром и союзником России": a partner and an ally
      boolean partnerAndAlly = h.from() - s.from >= 2 && s.covered(h.from() - 1, "coord") && s.covered(h.from() - 2, "apply");
      if (s.near(h.from(), 3, 0, "join", "apply") && !partnerAndAlly || (apposed ? s.nearAfter(h, 3, "join", "apply") : s.near(h.to(), 0, 3, "join", "apply"))) continue;   // "расширение альянса — вступление Финляндии": membership
      if (nonDefence(s, h.from() - 1) || nonDefence(s, h.to())) continue;        // "la alianza económica entre los dos países"
      if (s.near(h.from(), 1, 0, "each")) continue;        // "identical ceilings for each alliance": any one, none named
      if (alliedForce(s, h) || AllyPhrases.alliedNonState(s, h)) continue;      // "allied troops", "the Iran-allied Houthi movement"
      if (deniedBefore(s, h)) continue;          // "contains no mutual defence clause obliging either side to help the other if attacked"
      // "los 32 aliados, entre ellos el Reino Unido": an organization's members, counted; not "dos aliados de Washington, Filipinas y Tailandia"
      if (h.to() - h.from() == 1 && CountedMembers.counted(s, h) && !allyOfAStateAfter(s, h, ctx.lang)) continue;
      if (s.near(h.from(), 3, 0, "simile")) continue;                                     // "di cooperare con le forze francesi «come con degli alleati»"
      if (againstTheAlliance(s, h)) continue;       // "находящаяся в остром конфликте с альянсом": the alliance is the adversary
      // "Integran la alianza Venezuela, Cuba, Bolivia...": the word refers to an organization whose members are listed
      // ... or whose founders or members a relative clause names: "la alianza, de la que Cuba y Venezuela son fundadoras"
      boolean theWord = s.covered(h.from(), "orgref") && h.from() > s.from && s.covered(h.from() - 1, "det", "thedef") && !s.covered(h.from() - 1, "indefinite");   // not "formed an alliance"
      if (theWord && (s.near(h.from(), 3, 0, "member", "comprise", "join") || membersInRelative(s, h))) continue;
      // "в альянс входят Боливия, Никарагуа...", "the alliance groups X, Y and Z": its members follow it (Russian has no article)
      if ((theWord || ctx.lang == Language.RU && s.covered(h.from(), "orgref")) && s.nearAfter(h, 2, "member", "comprise")) continue;
      // "После вступления Финляндии в НАТО ... границы альянса с Россией": the alliance named before, not a new one
      // ... also past adjectives: "withdrew from the Central Treaty Organization, saying the Western-backed alliance had lost its relevance"
      if (s.covered(h.from(), "orgref") && organizationBefore(s, h) && (ctx.lang == Language.RU || definiteBefore(s, h))) continue;
      // "l'alleanza ha portato i tre Paesi fuori dalla Cedeao": the alliance an earlier sentence named, no pact of this one's states
      if (s.covered(h.from(), "orgref") && ctx.mainOrganization() != null && ctx.lang != Language.RU && definiteBefore(s, h)
          && !s.nearAfter(h, 3, "between", "with") && !organizationBefore(s, h) && AllyPhrases.organizationOfAlly(s, h) == null) continue;
      // "на второй день саммита альянса, ... пригласить ... Польшу, Венгрию и Чехию": Russian has no article; the bare word is the
      // organization spoken of, unless its states follow it ("альянс России и Белоруссии") or a verb makes one ("создать альянс")
      if (ctx.lang == Language.RU && s.covered(h.from(), "orgref") && ctx.mainOrganization() != null && !s.tokens.get(h.from()).capitalized()
          && !s.nearAfter(h, 3, "between", "with") && !Mentions.stateBetween(s, h.to(), Math.min(s.to, h.to() + 2))
          && !s.near(h.from(), 3, 0, "found", "conclude", "sign")) continue;
      // "the NATO military alliance", "die Militärallianz Nato": the word is the organization's description
      if (s.covered(h.from(), "orgref") && h.to() - h.from() == 1 && describesAnOrganization(s, h)) continue;
      // "попросил союзников по организации помочь": fellow members of the organization spoken of, no one's ally by name
      if (s.nearAfter(h, 2, "orgref") && !s.covered(h.from(), "orgref") && !s.commaBetween(h.to() - 1, Math.min(s.to - 1, h.to() + 1))
          && Mentions.listAfter(s, h.to(), 3, java.util.Set.of(Entity.STATE)).isEmpty()) continue;
      String[] ofSubject = AllyPhrases.allyOfTheSubject(s, ctx, h);      // "Lukashenko ... ha escluso una rottura con Mosca, suo principale alleato"
      if (ofSubject != null) {
        relate(s, ctx, h, Relation.ACTIVE, ofSubject[0], ofSubject[1]);
        continue;
      }
      // "seinem Verbündeten Russland vor, ... nicht zu erfüllen"; "would station weapons in Belarus, its closest ally"
      boolean described = AllyPhrases.possessiveAlly(s, h) || apposed && s.covered(h.from() - 1, "poss");
      // "promised to usher in a golden age of the alliance between Japan and the United States": the definite alliance is presupposed
      boolean presupposed = definiteBefore(s, h) && s.firstAfter(h, "between", 1) != null && !s.near(h.from(), 4, 0, "negation");
      if (!presupposed && Modality.notAFact(s, h, described, true) || pactNotAFact(s, h) || (!described && AllyPhrases.negatedAfter(s, h)) || namesAnOrganization(s, h, ctx.lang)
          || (AllyPhrases.organizationOfAlly(s, h) != null && !alliesWithin(s, h)) || AllyPhrases.namesTheOrganizationBefore(s, h)) continue;
      Mention[] compound = compoundPair(s, h);              // "le traité d'alliance et d'assistance mutuelle franco-soviétique"
      if (compound != null) {
        relate(s, ctx, h, AllianceEnds.endedNear(s, h) ? Relation.ENDED : Relation.ACTIVE, compound[0].id(), compound[1].id());
        continue;
      }
      List<Mention> states = Mentions.distinctStates(s);
      states.removeIf(m -> Mentions.setApart(s, m));          // "China, unlike Russia, keeps its alliance treaty with Pyongyang"
      states.removeIf(m -> m.from() > h.from() && s.near(m.from(), 2, 0, "against"));   // "una alianza militar frente a Washington": the adversary
      // "Syria, Egypt and Iran stepped up their criticism of a pact ... an alliance": the critics are no allies of it
      states.removeIf(m -> s.cues("criticize").stream().anyMatch(c -> c.from() >= m.to() && c.to() <= h.from() && c.from() - m.to() <= 6));
      // "обвиняет союзников ... во время конфликта с Азербайджаном": the one fought
      states.removeIf(m -> m.from() > s.from && s.near(m.from(), 3, 0, "hostile") && !s.commaBetween(m.from() - 3 < s.from ? s.from : m.from() - 3, m.from()));
      // "intervenire militarmente in caso di attacco turco", "a Turkish attack": the attacker
      states.removeIf(m -> m.isAdjectival() && s.cues("attack").stream().anyMatch(a -> a.to() == m.from() || m.to() == a.from()));
      String[] leaderPair = AllyPhrases.allyOfALeaderApposed(s, ctx, h);   // "Hugo Chavez, Morales's closest ally, ..."
      if (leaderPair != null) {
        relate(s, ctx, h, AllianceEnds.endedNear(s, h) ? Relation.ENDED : Relation.ACTIVE, leaderPair[0], leaderPair[1]);
        continue;
      }
      Mention leaders = AllyPhrases.leaderStateAfter(s, ctx, h);          // "Иран, другой ключевой союзник Асада": the ally of a sitting leader's state
      if (leaders != null && states.stream().noneMatch(x -> x.id().equals(leaders.id()))) {
        states.add(leaders);
        states.sort((a, b) -> Integer.compare(a.from(), b.from()));
      }
      if (states.size() < 2) {                               // "le traité ... entre la Russie et la Corée du Nord, dont l'article 4..."
        for (Mention m : s.mentions) {
          if (m.isState() && Mentions.inTreatyName(s, m) && states.stream().noneMatch(x -> x.id().equals(m.id()))) states.add(m);
        }
      }
      if (states.size() < 2 && ctx.group(s).isEmpty()) states = withLeadersStates(s, ctx, states);   // "Chancellor Merz and British Prime Minister Starmer signed a treaty..." 
      String status = AllianceEnds.endedNear(s, h) ? Relation.ENDED : Relation.ACTIVE;
      List<String> group = new ArrayList<>();
      boolean anaphor = false;
      for (Cues.Hit g : s.cues) anaphor |= g.category().startsWith("group") && g.from() < h.from();
      for (Mention m : states) anaphor &= m.from() > h.to();     // "the two countries ... an alliance ... Russia's war"
      List<String> referred = ctx.group(s);
      boolean treaty = s.has("treaty") || s.mentions.stream().anyMatch(m -> m.kind().equals(Entity.TREATY));
      if (referred.isEmpty() && states.isEmpty() && treaty && ctx.lastTreaty != null) {
        referred = ctx.lastTreaty.parties();                 // "Article 4 of the treaty: if one party is attacked..."
      }
      List<Mention> alliesOfOne = AllyPhrases.alliesDescribed(s, h, ctx.lang);        // "Le Japon et la Corée du Sud, tous deux alliés des États-Unis"
      if (!alliesOfOne.isEmpty()) {
        Mention of = AllyPhrases.allyOf(s, h, ctx.lang);
        for (Mention m : alliesOfOne) relate(s, ctx, h, status, m.id(), of.id());
        return;
      }
      Mention ofBefore = AllyPhrases.allyOf(s, h, ctx.lang);
      if (ofBefore != null && ofBefore.to() <= h.from() && ctx.lang != Language.DE
          && AllyPhrases.plural(s.tokens.get(h.to() - 1), ctx.lang)) {
        // "U.S. allies Japan and South Korea": those named right after; "U.S. allies in the Gulf": no one named
        List<Mention> named = Mentions.listAfter(s, h.to(), 1, java.util.Set.of(Entity.STATE));
        if (!named.isEmpty() && s.commaBetween(h.to() - 1, named.get(0).from())) named = List.of();   // "U.S. allies, struck Israel"
        for (Mention m : named) if (!m.id().equals(ofBefore.id())) relate(s, ctx, h, status, m.id(), ofBefore.id());
        if (!named.isEmpty()) return;
        Mention one = oneOfThem(s, ofBefore);                            // "Tajikistan is one of Russia's closest allies"
        if (one != null && !one.id().equals(ofBefore.id())) relate(s, ctx, h, status, one.id(), ofBefore.id());
        continue;
      }
      if (own.size() >= 2) {
        for (int i = 1; i < own.size(); i++) relate(s, ctx, h, status, own.get(0).id(), own.get(i).id());
        return;
      }
      List<String[]> pledged = AllyPhrases.pledgedTo(s, ctx, h);            // "Biden sichert Japan und den Philippinen Beistand zu"
      for (String[] p : pledged) relate(s, ctx, h, status, p[0], p[1]);
      if (!pledged.isEmpty() || hubWithList(s, ctx, h, status)) return;
      if (states.size() >= 2 && !(anaphor && referred.size() >= 2)) {
        for (Mention m : pick(s, states, h)) group.add(m.id());
        for (List<Mention> chain : Mentions.stateChains(s)) {
          boolean near = chain.stream().anyMatch(m -> Math.abs(m.from() - h.from()) <= 15);
          // "Le Mali, le Burkina Faso et le Niger, ..., ont signé une charte qui les lie par un pacte de défense": the only states named
          List<String> ids = chain.stream().map(Mention::id).toList();
          boolean only = states.stream().allMatch(m -> ids.contains(m.id()));
          // (not past "between" right after the word: "criticism of an alliance between Turkey and Israel")
          if ((near || only) && chain.size() >= 3 && s.firstAfter(h, "between", 3) == null) group = ids;
        }
      } else if (referred.size() >= 2 && !AllyPhrases.stateAndUnnamedOthers(s)) {
        group.addAll(referred);                             // "the two countries", "both", "les trois pays"
        Mention of = AllyPhrases.allyOf(s, h, ctx.lang);                   // "Ambos países son aliados de Estados Unidos, ... Seúl ... Tokio"
        if (of != null && !group.contains(of.id())) {
          for (String g : referred) relate(s, ctx, h, status, g, of.id());
          return;
        }
        if (states.size() == 1 && !group.contains(states.get(0).id())) {
          // "Both are allies of the United States": each of the group with the one named
          for (String g : referred) relate(s, ctx, h, status, g, states.get(0).id());
          return;
        }
      }
      if (group.size() < 2) continue;
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) relate(s, ctx, h, status, group.get(i), group.get(j));
      }
      ctx.lastPair = List.of(group.get(0), group.get(1));   // what a later "the agreement was ratified" is about
      return;
    }
  }

  /**
   * "Polonia e Stati Uniti sono alleati nella Nato": states said, as the subject, to be allies
   * within an organization are allies (and members); not "Britain and France, both NATO allies".
   */
  private static boolean alliesWithin(SentenceView s, Cues.Hit h) {
    Mention org = AllyPhrases.organizationOfAlly(s, h);
    if (org.from() < h.to()) return false;
    for (List<Mention> chain : Mentions.stateChains(s)) {
      Mention last = chain.get(chain.size() - 1);
      // "España y Estados Unidos, aliados en la OTAN, firmaron": an apposition that names the organization after the word
      boolean apposition = org.from() > h.to() && org.from() - h.to() <= 3 && h.from() - last.to() <= 1;   // not "tutti alleati Nato"
      if (chain.size() < 2 || last.to() > h.from() || h.from() - last.to() > 2 || s.commaBetween(last.to() - 1, h.from()) && !apposition) continue;
      return true;
    }
    return false;
  }

  /** Whether an organization's name stands right before the word, one adjective at most between, or right after it. */
  private static boolean describesAnOrganization(SentenceView s, Cues.Hit h) {
    for (Mention m : s.mentions) {
      if (!m.isOrganization()) continue;
      if (m.from() == h.to()) return true;
      if (m.to() == h.from() || m.to() == h.from() - 1 && !s.tokens.get(m.to()).capitalized() && !s.commaBetween(m.to() - 1, h.from())) return true;
    }
    return false;
  }

  /** Whether a definite article stands before the word, with at most two adjectives between ("the Western-backed alliance"). */
  private static boolean definiteBefore(SentenceView s, Cues.Hit h) {
    if (s.elidedOnto(h.from(), "elidedthedef")) return true;          // "l'alleanza", "dell'Alleanza"
    for (int i = h.from() - 1; i >= s.from && h.from() - i <= 3; i--) {
      if (s.covered(i, "thedef")) return true;
      boolean hyphened = i > s.from && s.textBetween(i - 1, i).equals("-");   // "Western-backed"
      boolean adjective = !s.tokens.get(i).capitalized() && (!s.inCue(i) || hyphened) || Mentions.inDemonym(s, i);
      if (!adjective || s.commaBetween(i, i + 1)) return false;
    }
    return false;
  }

  private static boolean organizationBefore(SentenceView s, Cues.Hit h) {
    for (Mention m : s.mentions) if (m.isOrganization() && m.to() <= h.from()) return true;
    return false;
  }

  /**
   * "its allies", "sus aliados", "ses alliés", "i suoi alleati", "своих союзников" with no state
   * named after them: a group the sentence leaves unnamed, not an alliance between its states.
   */
  static boolean unnamedAllies(SentenceView s, Cues.Hit h, Language lang) {
    int p = h.from() - 1;
    if (p > s.from && !s.covered(p, "poss") && !s.tokens.get(p).capitalized()) p--;   // "its Western allies"
    if (p < s.from || !s.covered(p, "poss") || AllyPhrases.allyOf(s, h, lang) != null) return false;
    for (Mention m : s.mentions) if (m.isState() && m.from() >= h.to() && m.from() - h.to() <= 2) return false;
    return AllyPhrases.plural(s.tokens.get(h.to() - 1), lang);
  }

  /** The states of the sentence with those of the sitting leaders it names, as mentions at the leaders' places. */
  private static List<Mention> withLeadersStates(SentenceView s, ArticleContext ctx, List<Mention> states) {
    List<Mention> out = new ArrayList<>(states);
    for (Mention m : s.mentions) {
      if (!m.kind().equals(Entity.LEADER) || s.near(m.from(), 3, 0, "former")) continue;
      // a leader out of office now who signs a dated pact stands for the state he led then ("Kim Il Sung ... firmaron ... en 1961")
      List<Cues.Hit> signs = s.cues("sign");
      String st = signs.isEmpty() ? ctx.leaderState(m.id()) : TreatyParties.leaderStateWhen(s, ctx, m, signs.get(0));
      if (st == null || out.stream().anyMatch(x -> x.id().equals(st))) continue;
      out.add(Mentions.stateAt(m, st));
    }
    out.sort((a, b) -> Integer.compare(a.from(), b.from()));
    return out;
  }

  /** The state said to be "one of" the allies a name owns, as the subject right before "one of": "Tajikistan is one of Russia's". */
  private static Mention oneOfThem(SentenceView s, Mention owner) {
    for (Cues.Hit o : s.cues("oneof")) {
      if (o.to() > owner.from() || owner.from() - o.to() > 2) continue;
      List<Mention> subject = Subjects.statesBefore(s, o.from(), 4);
      return subject.isEmpty() ? null : subject.get(subject.size() - 1);
    }
    return null;
  }

  static void relate(SentenceView s, ArticleContext ctx, Cues.Hit h, String status, String a, String b) {
    ctx.relate(s, Relation.ALLIED_WITH, a, b, status, s.dateNear(h.from()), "alliance", s.words(h.from(), h.to()));
  }

  /**
   * "l'Alleanza atlantica", "the alliance's summit", "die Allianz" written with a capital inside a
   * sentence: the word names an organization, it does not ally the states around it.
   */
  private static boolean namesAnOrganization(SentenceView s, Cues.Hit h, Language lang) {
    Token t = s.tokens.get(h.from());
    // German writes every noun with a capital: "ihr Bündnis", theirs, names no organization
    // ... nor "das Bündnis zwischen den USA und Taiwan": the states it binds follow
    boolean theirs = lang == Language.DE && (h.from() > s.from && s.covered(h.from() - 1, "poss") || s.nearAfter(h, 2, "between"));
    boolean capital = !theirs && t.capitalized() && h.from() > s.from && !s.tokens.get(h.from()).surface().equals(s.tokens.get(h.from()).surface().toUpperCase(java.util.Locale.ROOT));
    return (capital && s.has("orgref") && h.to() - h.from() == 1 && !inATreatysName(s, h)) || t.isPossessive();
  }

  /** "the 1936 Anglo-Egyptian Treaty of Alliance", "Treaty of Friendship, Alliance and Mutual Assistance": a treaty's title, no organization. */
  private static boolean inATreatysName(SentenceView s, Cues.Hit h) {
    for (Cues.Hit t : s.cues("treaty")) {
      if (t.to() > h.from() || h.from() - t.to() > 5) continue;
      boolean title = true;
      for (int i = t.to(); i < h.from(); i++) title &= s.tokens.get(i).capitalized() || s.covered(i, "of", "coord", "det", "from");
      if (title) return true;
    }
    return false;
  }

  /**
   * "Johnson sella con Suecia y Finlandia compromisos de ayuda mutua": the subject (a state, or a
   * sitting leader's state) with each state listed after "with", not those states with each other.
   */
  private static boolean hubWithList(SentenceView s, ArticleContext ctx, Cues.Hit h, String status) {
    if (AllyPhrases.allyOf(s, h, ctx.lang) != null) return false;          // "ein enger Verbündeter Washingtons und hat mit den USA..."
    Mention owner = AllyPhrases.ownerOfTheAllies(s, h);
    if (owner != null) {
      for (Mention m : Mentions.listAfter(s, h.to(), 1, java.util.Set.of(Entity.STATE))) relate(s, ctx, h, status, owner.id(), m.id());
      return true;
    }
    // "The United States, bound to Japan, South Korea and the Philippines by mutual defence treaties": one hub, a treaty each
    List<Cues.Hit> hubs = new ArrayList<>(s.cues("boundto"));
    hubs.addAll(s.cues("with"));
    for (Cues.Hit w : hubs) {
      boolean bound = s.covered(w.from(), "boundto");
      if (Math.abs(w.from() - h.from()) > (bound ? 18 : 12)) continue;   // the list and "by treaties" come between
      List<Mention> list = Mentions.listAfter(s, w.to(), 2, java.util.Set.of(Entity.STATE));
      if (list.size() < 2) continue;
      List<Mention> subject = Subjects.statesBefore(s, w.from(), 12);
      String hub = subject.size() == 1 && subject.get(0).to() <= h.from() ? subject.get(0).id() : null;
      for (Mention m : s.mentions) {                             // no other state between the subject and "with"
        if (m.isState() && !subject.isEmpty() && m.from() >= subject.get(0).to() && m.to() <= w.from()) hub = null;
      }
      if (subject.isEmpty()) {
        for (Mention m : s.mentions) {
          if (m.kind().equals(Entity.LEADER) && m.to() <= Math.min(w.from(), h.from()) && w.from() - m.to() <= 12) hub = ctx.leaderState(m.id());
        }
      }
      if (hub == null) continue;
      for (Mention m : list) relate(s, ctx, h, status, hub, m.id());
      // one pact signed with two states binds all three; treaties in the plural bind the hub with each
      if (s.has("treaty") && !bound && !s.has("treaties")) {
        for (int i = 0; i < list.size(); i++) for (int j = i + 1; j < list.size(); j++) relate(s, ctx, h, status, list.get(i).id(), list.get(j).id());
      }
      return true;
    }
    return false;
  }

  /** The named treaty whose name holds the cue ("the 1953 Mutual Defense Treaty"), or null. */
  private static Mention treatyNamed(SentenceView s, Cues.Hit h) {
    for (Mention m : s.mentions) if (m.kind().equals(Entity.TREATY) && m.from() <= h.from() && h.to() <= m.to()) return m;
    return null;
  }

  /**
   * A defence pact named by the dictionary binds the two parties it has, when the article names
   * both and the sentence does not deny it or tell its end.
   */
  private static void partiesOfAPact(SentenceView s, ArticleContext ctx, Cues.Hit h, Mention pact) {
    Treaties.Known k = ctx.gazetteer.treaties().get(pact.id());
    if (k == null || !k.closed() || k.parties().size() != 2 || Modality.notAFact(s, h, false, true) || AllyPhrases.negatedAfter(s, h)) return;
    for (String p : k.parties()) if (!ctx.entities.containsKey(Entity.STATE + ":" + p)) return;
    String status = AllianceEnds.endedNear(s, h) ? Relation.ENDED : Relation.ACTIVE;
    relate(s, ctx, h, status, k.parties().get(0), k.parties().get(1));
  }

  private static List<Mention> pick(SentenceView s, List<Mention> states, Cues.Hit h) {
    if (states.size() == 2) return states;
    for (Cues.Hit b : s.cues("between")) {
      List<Mention> after = new ArrayList<>();
      for (Mention m : states) if (m.from() > b.from()) after.add(m);
      if (after.size() >= 2) return after.subList(0, 2);
    }
    // "Australia, PNG's former colonial ruler, is a treaty ally of the United States": an apposition's state is aside
    List<Mention> sorted = new ArrayList<>(states);
    sorted.removeIf(m -> m.to() <= h.from() && Mentions.enclosed(s, m, m, h.from())
        && states.stream().anyMatch(o -> o.to() <= m.from() && !s.inDateline(o) && s.commaBetween(o.to() - 1, m.from())));
    if (sorted.size() < 2) sorted = new ArrayList<>(states);
    // "... zu gegenseitigem Beistand verpflichtet: Jeder türkische Vorstoß": past a colon, another statement
    List<Mention> sameStatement = new ArrayList<>(sorted);
    sameStatement.removeIf(m -> {
      int a = Math.min(m.from(), h.from());
      int b = Math.max(m.from(), h.from());
      return s.colonBetween(a, b) || s.semicolonBetween(a, b);
    });
    if (sameStatement.size() >= 2) sorted = sameStatement;
    // "L'Égypte et la Syrie avaient conclu un pacte de défense commune, et la Jordanie a signé ...": past ", and", another clause
    List<Mention> ownClause = new ArrayList<>(sorted);
    ownClause.removeIf(m -> m.from() > h.to() && commaAndBetween(s, h.to(), m.from()));
    // "..., a week after an Israeli strike on Doha": past a comma, a clause of time or contrast is another event's
    ownClause.removeIf(m -> m.from() > h.to() && s.cues.stream().anyMatch(c -> (c.category().equals("afterwards") || c.category().equals("clause"))
        && c.from() >= h.to() && c.to() <= m.from() && s.commaBetween(h.to() - 1, c.from())));
    if (ownClause.size() >= 2) sorted = ownClause;
    sorted.sort((a, b) -> Integer.compare(Math.abs(a.from() - h.from()), Math.abs(b.from() - h.from())));
    return sorted.subList(0, 2);
  }

  private static boolean commaAndBetween(SentenceView s, int from, int to) {
    for (int i = from; i < to; i++) if (s.commaAndAt(i)) return true;
    return false;
  }

  /** A word that makes an alliance no defence one ("economic", "político"), not the first half of "político-militar". */
  private static boolean nonDefence(SentenceView s, int i) {
    if (i < s.from || i >= s.to || !s.covered(i, "nondefence")) return false;
    Token t = s.tokens.get(i);
    return t.end() >= s.segment.length() || s.segment.charAt(t.end()) != '-';
  }

  private static boolean allyOfAStateAfter(SentenceView s, Cues.Hit h, Language lang) {
    Mention of = AllyPhrases.allyOf(s, h, lang);
    return of != null && of.isState() && of.from() >= h.to();
  }

  /** "le truppe alleate schierate in Macedonia", "allied troops": a coalition's forces, no alliance of the states named. */
  private static boolean alliedForce(SentenceView s, Cues.Hit h) {
    return h.to() - h.from() == 1 && (h.from() > s.from && s.covered(h.from() - 1, "alliedforce", "alliedevent") || h.to() < s.to && s.covered(h.to(), "alliedforce", "alliedevent"));
  }

  /** "la alianza, de la que Cuba y Venezuela son fundadoras", "the alliance, whose members are": a relative clause after it names members. */
  private static boolean membersInRelative(SentenceView s, Cues.Hit h) {
    Cues.Hit relative = s.firstAfter(h, "relative", 4);
    return relative != null && s.firstAfter(relative, "member", 8) != null;
  }

  /** Whether an alliance word earlier in the same stretch of the clause is denied or doubted: what follows spells it out. */
  private static boolean deniedBefore(SentenceView s, Cues.Hit h) {
    for (Cues.Hit a : s.cues("ally")) {
      // (farther when a "nor" carries the denial on: "no constituyen una alianza militar ni obligan a ... en caso de agresión")
      int reach = s.cues("negation").stream().anyMatch(n -> n.from() >= a.to() && n.to() <= h.from()) ? 18 : 12;
      // (not past another clause: "does not contain any mutual defence commitment and that the United States remains Japan's only treaty ally")
      if (a.to() <= h.from() && h.from() - a.to() <= reach && !s.commaBetween(a.from(), h.from()) && !s.clauseIn(a.to(), h.from())
          && Modality.notAFact(s, a)) return true;
    }
    return false;
  }

  /** "in conflict with the alliance", "в конфликте с альянсом": a hostile word, then "with", right before the word. */
  private static boolean againstTheAlliance(SentenceView s, Cues.Hit h) {
    for (int w = h.from() - 1; w > s.from && h.from() - w <= 2; w--) {
      if (s.covered(w, "with")) return s.covered(w - 1, "hostile") || w - 2 >= s.from && s.covered(w - 2, "hostile") && !s.commaBetween(w - 2, w);
    }
    return false;
  }

  /**
   * "proposed a pact obliging each side to provide military assistance if the other is attacked":
   * a pledge that describes a treaty word before it is as much a fact as that treaty is.
   */
  private static boolean pactNotAFact(SentenceView s, Cues.Hit h) {
    Cues.Hit pact = null;
    for (Cues.Hit t : s.cues("treaty")) if (t.to() <= h.from() && h.from() - t.to() <= 12 && !s.markBetween(t.to() - 1, h.from(), ",;:")) pact = t;
    return pact != null && h.from() - pact.to() > 2 && Modality.notAFact(s, pact);
  }

  /**
   * "l'alliance franco-soviétique", "the Anglo-Japanese alliance", "le traité d'alliance et
   * d'assistance mutuelle franco-soviétique": a pair written as one hyphened adjective beside the
   * word names the two allies, whatever other states the sentence holds.
   */
  private static Mention[] compoundPair(SentenceView s, Cues.Hit h) {
    for (Mention a : s.mentions) {
      if (!a.isState() || !a.isAdjectival() || !s.hyphenAfter(a) || a.from() < h.from() - 3 || a.from() > h.to() + 6) continue;
      if (a.from() >= h.to() ? s.markBetween(h.to() - 1, a.from(), ",;:") : s.markBetween(a.to() - 1, h.from(), ",;:")) continue;
      for (Mention b : s.mentions) {
        if (b.isState() && b.from() == a.to() && !b.id().equals(a.id())) return new Mention[] {a, b};
      }
    }
    return null;
  }

  /**
   * The alliance words of the sentence; a pledge to defend another state is one only under a
   * treaty the sentence names ("En vertu du traité ..., Paris s'engage à défendre ... Djibouti"),
   * not in a speech ("pledged to defend Taiwan").
   */
  private static List<Cues.Hit> allyWords(SentenceView s) {
    if (!s.has("pledgedefend") || !s.has("treaty")) return s.cues("ally");
    List<Cues.Hit> all = new ArrayList<>(s.cues("ally"));
    all.addAll(s.cues("pledgedefend"));
    all.sort((a, b) -> Integer.compare(a.from(), b.from()));
    return all;
  }
}

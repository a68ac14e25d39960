package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Treaties, their parties and who signed them, also when an article reports them over several
 * sentences. A treaty word makes a treaty when the sentence signs, ratifies, concludes or brings
 * it into force, or names its parties ("a treaty between X and Y"). The parties are the states
 * that act (the subject list before the verb, those after "with", the states of the leaders who
 * sign, "the three governments"), not every state named nearby. A later "the agreement was
 * ratified" with no states refers to the last treaty; "Washington withdrew from it" ends a party.
 */
final class TreatyRule implements Rule {

  @Override
  public void apply(SentenceView s, ArticleContext ctx) {
    Entity before = ctx.lastTreaty;
    List<Mention> named = new ArrayList<>();
    for (Mention m : s.mentions) {
      if (m.kind().equals(Entity.TREATY) && ctx.gazetteer.treaties().get(m.id()) != null) {
        named(s, ctx, m);
        named.add(m);
      }
    }
    LaterActs.comprised(s, ctx);
    // "Участниками договора стали Россия, Украина...": the treaty word only says whose parties they are
    boolean partiesOfIt = s.has("treaty") && named.isEmpty() && s.cues("treaty").stream().allMatch(h -> LaterActs.partyOfThe(s, h));
    if (!s.has("treaty") || partiesOfIt) LaterActs.statesParties(s, ctx);
    if (named.isEmpty()) BareSignings.read(s, ctx);   // (a treaty word of another clause aside: "..., although ... the pact's military structure")
    if (!s.has("treaty") && named.isEmpty()) LaterActs.signedLater(s, ctx);
    if (named.isEmpty()) LaterActs.ratifiedLater(s, ctx);
    if (named.isEmpty() && !s.has("treaty")) LaterActs.signatoriesLater(s, ctx);
    if (named.isEmpty() && !s.has("treaty")) LaterActs.actedLater(s, ctx);
    for (Cues.Hit h : s.cues("treaty")) {
      if (partiesOfIt && ctx.lastTreaty != null) break;
      if (partOfName(h, named) || counted(s, h) || s.covered(h.from(), "decree")) continue;   // not "un memorando presidencial"
      // "no se ajustó al Tratado de Asunción, que Paraguay firmó en 1991 con Argentina, Brasil y Uruguay"
      if (RelativeSignings.read(s, ctx, h, before)) continue;
      if (Modality.notAFact(s, h)) continue;
      if (pactNamesAnOrganization(s, ctx, h)) continue;
      if (LaterActs.joinedTheLast(s, ctx, h)) continue;
      Cues.Hit sign = nearest(s, "sign", h);
      if (TreatiesWithEach.read(s, ctx, h, sign)) continue;       // "связан договорами ... с Польшей, Румынией": one treaty each
      // "Ce texte ... consolide la déclaration que les deux dirigeants avaient signée": the verb signs the nearer document
      // "подписали Договор о границе, а также Договор о разграничении ...": a second document listed after the first, signed too
      boolean listedAfter = sign != null && s.near(h.from(), 2, 0, "also", "aswell") && s.cues("treaty").stream().anyMatch(o -> o.to() < h.from());
      if (sign != null && nearest(s, "treaty", sign) != h && !listedAfter) {
        // "Договор, подписанный в 2010 году ..., остается последним соглашением": a second word for the document just read
        // (not "..., in risposta al memorandum concluso dalla Turchia": a participle right after it is its own act)
        boolean ownAct = s.firstAfter(h, "conclude", 1) != null || s.firstAfter(h, "ratify", 1) != null;
        if (!ownAct && OlderTreaties.read(s, ctx, h)) continue;     // "en el aniversario del Tratado de Paz y Amistad de 1984"
        if (ctx.lastTreatySentence == s.sentence.index() && !ownAct) continue;
        sign = null;
      }
      // "The new treaty builds on the 1963 Elysee Treaty signed by de Gaulle and Adenauer": the named treaty nearer the verb has it
      if (sign != null && nearerNamed(sign, h, named)) sign = null;
      // "Vertragsparteien des 1997 in Ottawa unterzeichneten Abkommens": a participle between article and noun describes the treaty
      if (sign != null && ctx.lang == Language.DE && attributive(s, sign, h)) sign = null;
      Cues.Hit ratify = nearest(s, "ratify", h);
      Cues.Hit inForce = nearest(s, "inforce", h);
      Cues.Hit conclude = nearest(s, "conclude", h);
      Cues.Hit leave = nearest(s, "leave", h);
      Cues.Hit stated = sign != null ? sign : ratify != null ? ratify : conclude != null ? conclude : inForce != null ? inForce : leave;
      // "Le Mexique et l'Equateur sont parties à la convention de Vienne ... et à la convention de Caracas": parties stated, no act
      // (with a treaty read before, "qui restent parties au traité" speaks of that one)
      Cues.Hit act = stated != null ? stated : ctx.lastTreaty == null ? partiesBefore(s, h) : null;
      if (act != null && act.from() > h.from() && s.near(act.from(), 3, 0, "negation")) continue;   // "договор пока не подписали": German and Russian deny after the object
      // "invitó a los presidentes ... a firmar en Washington un acuerdo": a signing that is no fact makes no treaty of its own
      if (act != null && act == sign && named.isEmpty() && Modality.notAFact(s, sign)) continue;
      Set<String> parties = TreatyParties.of(s, ctx, h, act, sign != null);
      String bloc = act != null && act != leave ? BlocSignings.bloc(s, act) : null;   // "la Chine et les dix pays de l'Asean ont signé"
      // "Los dirigentes firmaron el nuevo Acuerdo Económico del CCG": with no state named, the organization whose document it is signs as a body
      String owner = bloc == null && parties.isEmpty() && sign != null && act == sign && !Modality.notAFact(s, sign) ? BlocSignings.owner(s, h) : null;
      if (owner != null) bloc = owner;
      // a treaty of its own only beside a state that acts with the bloc, not "ont signé le protocole d'adhésion du Monténégro"
      boolean besideTheBloc = bloc != null && s.mentions.stream().anyMatch(m -> m.isState() && parties.contains(m.id()) && m.to() <= act.from());
      Entity treaty;
      // "que acogió con satisfacción la firma": the signing named as an event is the treaty already spoken of
      boolean event = act != null && act == sign && act.from() > s.from && s.covered(act.from() - 1, "det");
      // "Le traité, signé par ..., complète le traité de l'Elysée": a treaty word before the one named is the treaty read before
      Entity last = before != null && !named.isEmpty() && h.to() <= named.get(0).from() ? before : ctx.lastTreaty;
      if (event && last != null) {
        treaty = last;
      } else if (owner != null) {
        treaty = TreatyEntities.ofOrganization(ctx, owner, s.dateNear(sign.from()));
      } else if ((parties.size() >= 2 || besideTheBloc && last == null) && (act != null || between(s, h) != null)) {
        Entity byName = sign != null && act == sign ? NamedTreatyWords.referredTo(s, ctx, h, sign) : null;
        treaty = byName != null ? TreatyEntities.withParties(byName, TreatyEntities.union(byName.parties(), parties))
            : TreatyEntities.signedByMore(s, ctx, h, sign, last, parties)
            ? TreatyEntities.completed(last, TreatyEntities.union(last.parties(), parties), s.dateNear(sign.from()))
            // the date of a signing or conclusion tells one document from another; that of an entry into force or a
            // ratification does not ("Los cuatro países ..., cuyo tratado entrará en vigor el 1 de agosto")
            : TreatyEntities.treaty(ctx, last, new TreeSet<>(parties), act == null || act == inForce || act == ratify ? null : s.dateNear(act.from()));
        boolean declaration = s.covered(h.from(), "declaration");
        // "le due capitali hanno sottoscritto anche una dichiarazione": a second signing, of another kind of document
        boolean sameSentence = ctx.lastTreatySentence == s.sentence.index();   // "Декларацию о стратегическом партнерстве": one document
        if (sign != null && treaty == ctx.lastTreaty && !sameSentence && declaration != ctx.declarations.contains(treaty.id())) {
          treaty = TreatyEntities.another(ctx, treaty, declaration);
        }
        if (declaration && !ctx.entities.containsKey(Entity.TREATY + ":" + treaty.id())) ctx.declarations.add(treaty.id());
      } else if (act != null && last != null) {
        treaty = last;
      } else if (act != null && ctx.lastPair.size() == 2) {
        treaty = TreatyEntities.treaty(ctx, last, new TreeSet<>(ctx.lastPair), s.dateNear(act.from()));
      } else {
        if (sign != null && ctx.lastTreaty == null) {          // "the leaders of the five countries signed a convention"
          ctx.unnamedSigning = s.dateNear(sign.from());
          ctx.unnamedSigned = true;
        }
        withdrawals(s, ctx, h);
        continue;
      }
      // "В ходе визита Россия и Китай подписали также протокол": the same parties sign a further document
      boolean alsoSigned = sign != null && parties.size() >= 2 && s.near(sign.from(), 2, 3, "also") && !s.covered(h.from() - 1, "thedef");
      // "un secondo memorandum", "an additional protocol", "un accord additionnel"
      alsoSigned |= listedAfter || sign != null && (s.near(h.from(), 2, 0, "second") || s.near(h.to(), 0, 1, "second"));
      // (or the one between the same parties read before another treaty came between)
      boolean again = treaty == last || ctx.entities.containsKey(Entity.TREATY + ":" + treaty.id());
      if (sign != null && again && (otherDocumentBefore(s, h) || alsoSigned)) treaty = TreatyEntities.another(ctx, treaty, s.covered(h.from(), "declaration"));
      treaty = TreatyEntities.dated(treaty, s, sign, ratify, inForce);
      if (bloc != null) ctx.blocSignings.putIfAbsent(treaty.id(), new BlocSignings.Signing(bloc, s, act, act == sign || act == ratify));
      ctx.put(treaty);
      ctx.lastTreaty = treaty;
      ctx.lastTreatySentence = s.sentence.index();
      for (String p : treaty.parties()) {
        if (!TreatyEntities.namedParty(ctx, treaty, p)) continue;
        ctx.relate(s, Relation.PARTY_TO, p, treaty.id(), Relation.ACTIVE, null, "treaty-party", s.words(h.from(), h.to()));
      }
      TreatiesWithEach.foundersJoin(s, ctx, h, treaty, act != null && act != leave && !Modality.notAFact(s, act));
      Cues.Hit signing = sign != null ? sign : ratify;
      if (signing != null && !Modality.notAFact(s, signing)) TreatySigners.signers(s, ctx, treaty, signing, parties);   // not "dovrà essere ratificato"
      withdrawals(s, ctx, h);
      if (!s.cues("terminate").isEmpty() || endsIt(s, h)) {
        for (String p : treaty.parties()) {        // "the treaty had been terminated"
          if (!TreatyEntities.namedParty(ctx, treaty, p)) continue;
          ctx.relate(s, Relation.PARTY_TO, p, treaty.id(), Relation.ENDED, null, "treaty-ended", s.words(h.from(), h.to()));
        }
      }
    }
  }

  /** The word for parties ("sont parties à", "are parties to") before the treaty word in its clause, or null. */
  private static Cues.Hit partiesBefore(SentenceView s, Cues.Hit h) {
    for (Cues.Hit p : s.cues("party")) {
      if (p.to() <= h.from() && h.from() - p.to() <= 12 && !s.clauseIn(p.to(), h.from()) && !s.markBetween(p.to(), h.from(), ";:")) return p;
    }
    return null;
  }

  /** "Le Tchad a annoncé mettre fin à l'accord", "Russia scrapped the treaty": a word for ending right before the treaty word. */
  private static boolean endsIt(SentenceView s, Cues.Hit h) {
    int start = h.from();
    while (start > s.from && s.covered(start - 1, "treaty")) start--;      // "au protocole d'accord": the phrase's first word
    for (Cues.Hit e : s.cues("endtreaty")) if (e.to() <= start && start - e.to() <= 3 && !Modality.notAFact(s, e)) return true;
    return false;
  }

  /** Whether the signing word stands between an article and the treaty word, only a date or "in" and a place with it. */
  private static boolean attributive(SentenceView s, Cues.Hit sign, Cues.Hit h) {
    if (h.from() != sign.to() || sign.to() - sign.from() != 1 || s.tokens.get(sign.from()).capitalized()) return false;
    for (int i = sign.from() - 1; i >= s.from && sign.from() - i <= 5; i--) {
      if (s.covered(i, "det", "thedef")) return true;
      boolean place = s.tokens.get(i).capitalized() && i > s.from && s.covered(i - 1, "venue");
      if (s.commaBetween(i, i + 1) || s.tokens.get(i).capitalized() && !place && !s.inDate(i)) return false;
    }
    return false;
  }

  /** "signed 13 agreements on trade, investment and tourism", "firmaron 20 acuerdos": deals counted in figures name no treaty. */
  private static boolean counted(SentenceView s, Cues.Hit h) {
    if (h.from() <= s.from) return false;
    Token prev = s.tokens.get(h.from() - 1);
    boolean digits = !prev.surface().isEmpty() && prev.surface().chars().allMatch(Character::isDigit) && prev.surface().length() <= 3
        && Integer.parseInt(prev.surface()) >= 3;
    return digits && !s.inDate(h.from() - 1);   // not "deux traités", each described after, nor "подписали 2011-07-18 договор"
  }

  /**
   * A treaty of the dictionary named in the sentence: it becomes the treaty the article speaks
   * of; the states that sign, ratify or join it in the sentence are parties (of a closed treaty
   * only those it has), and those that leave it ended parties.
   */
  private static boolean nearerNamed(Cues.Hit act, Cues.Hit h, List<Mention> named) {
    int own = Math.abs(h.from() - act.from());
    for (Mention m : named) if (Math.abs(m.from() - act.from()) < own && Math.abs(m.to() - act.from()) < own) return true;
    return false;
  }

  private static void named(SentenceView s, ArticleContext ctx, Mention m) {
    Treaties.Known k = ctx.gazetteer.treaties().get(m.id());
    Entity t = ctx.entities.get(Entity.TREATY + ":" + k.id());
    if (t == null) t = new Entity(Entity.TREATY, k.id(), k.title(), null, k.parties(), k.signed(), null, null);
    ctx.namedTreaties.putIfAbsent(k.key(), s);
    NamedTreatyWords.remember(s, ctx, m);
    ctx.put(t);
    ctx.lastTreaty = t;
    Cues.Hit h = new Cues.Hit("treaty", m.from(), m.to());
    Cues.Hit sign = nearest(s, "sign", h);
    // "cleared the last obstacle to the START treaty, signed in July 1991 by Bush and Gorbachev": the participle after the
    // comma reports a fact of its own
    boolean apposed = sign != null && sign.from() >= h.to() && sign.from() - h.to() <= 1 && s.commaBetween(h.to() - 1, sign.from());
    if (Modality.notAFact(s, h) && !apposed) return;
    Cues.Hit other = sign == null ? null : nearest(s, "treaty", sign);
    // "Le traité, signé par Macron et Merkel, complète le traité de l'Elysée": the verb signs the nearer treaty word
    if (other != null && !partOfName(other, List.of(m)) && Math.abs(other.from() - sign.from()) < Math.abs(m.from() - sign.from())) sign = null;
    // "sont également parties au traité de sécurité collective signé en mai 1992": the participle describes the treaty, the subjects are its parties
    // (unless its agents follow: "partie au traité de l'Atlantique Nord, signé à Washington ... par douze pays, dont la France")
    if (sign != null && sign.from() >= h.to() && partyWordRightBefore(s, h) != null && s.firstAfter(sign, "by", 10) == null) sign = null;
    Cues.Hit act = sign != null ? sign : nearest(s, "ratify", h);
    if (act == null) act = nearest(s, "join", h);
    if (act == null) act = partyWordRightBefore(s, h);         // "Ungarn ist Vertragsstaat des Römischen Statuts"
    Cues.Hit bound = nearest(s, "conclude", h);                 // "sind über Artikel 5 des Nordatlantikvertrags aneinander gebunden"
    if (act == null && bound != null && Math.abs(bound.from() - h.from()) <= 10) act = bound;
    Cues.Hit invoked = nearest(s, "invoke", h);                  // "ha invocato l'articolo 4 del Trattato di Washington"
    if (act == null && invoked != null && invoked.to() <= h.from() && h.from() - invoked.to() <= 6) act = invoked;
    if (act != null && act == sign && s.near(act.from(), 5, 0, "revoke")) {   // "отозвавшая свою подпись под Римским статутом"
      for (String p : TreatyParties.of(s, ctx, h, act, true)) {
        ctx.relate(s, Relation.SIGNED, p, t.id(), Relation.ENDED, s.dateNear(act.from()), "treaty-signature-withdrawn", s.words(act.from(), act.to()));
      }
      return;
    }
    if (act != null && (act == sign && apposed || !Modality.notAFact(s, act))) {
      Set<String> acting = TreatyParties.of(s, ctx, h, act, sign != null);
      if (acting.isEmpty()) acting.addAll(ctx.group(s));       // "the Liptako-Gourma Charter, which the three governments signed"
      // "Le pays est devenu État partie au Statut de Rome": the state the article speaks of
      if (acting.isEmpty() && ctx.topic != null && s.near(act.from(), 12, 0, "thecountry") && Mentions.distinctStates(s).isEmpty()) acting.add(ctx.topic);
      List<String> all = new ArrayList<>(t.parties());
      for (String p : acting) {
        if (k.closed() && !k.parties().contains(p)) continue;
        ctx.relate(s, Relation.PARTY_TO, p, t.id(), Relation.ACTIVE, null, "treaty-party", m.surface());
        // "ont signé le traité instituant la Confédération des États du Sahel": those who sign or join a founding treaty are members
        if (k.founds() != null) {
          ctx.relate(s, Relation.MEMBER_OF, p, k.founds(), Relation.ACTIVE, null, "membership", m.surface());
        }
        if (!all.contains(p)) all.add(p);
      }
      t = TreatyEntities.withParties(t, all);
      ctx.put(t);
      ctx.lastTreaty = t;
      // bound by it, a party or invoking it, not signing it
      boolean noSigning = act.category().equals("join") || act.category().equals("party") || act.category().equals("invoke") || act == bound;
      if (!noSigning) TreatySigners.signers(s, ctx, t, act, acting);
    }
    withdrawals(s, ctx, h);
  }

  /**
   * "Der Nachbarschaftsvertrag ergänzt den Grenzvertrag, den Genscher und Skubiszewski 1990
   * unterzeichnet hatten": a treaty word after another word for a treaty, with no comma between to
   * make it an apposition, names a second document.
   */
  private static boolean otherDocumentBefore(SentenceView s, Cues.Hit h) {
    for (Cues.Hit o : s.cues("treaty")) {
      if (o.to() >= h.from() - 1 || s.commaBetween(o.to() - 1, h.from())
          || s.tokens.get(o.from()).term().equals(s.tokens.get(h.from()).term())) continue;
      boolean lowerBetween = true;        // not "the Strategic Partnership and Cooperation Treaty": one name
      for (int i = o.to(); i < h.from(); i++) lowerBetween &= Character.isLowerCase(s.tokens.get(i).surface().charAt(0));
      if (lowerBetween) return true;
    }
    return false;
  }

  /** A word for a treaty's parties right before its name ("Vertragsstaat des", "État partie au"), or null. */
  private static Cues.Hit partyWordRightBefore(SentenceView s, Cues.Hit h) {
    for (Cues.Hit p : s.cues("party")) if (p.to() <= h.from() && h.from() - p.to() <= 2 && !s.commaBetween(p.to() - 1, h.from())) return p;
    return null;
  }

  /** Whether a treaty word belongs to a named treaty next to it ("the New START treaty"). */
  private static boolean partOfName(Cues.Hit h, List<Mention> named) {
    for (Mention m : named) if (h.to() >= m.from() - 2 && h.from() <= m.to() + 1) return true;
    return false;
  }

  /**
   * A closed treaty of the dictionary binds the parties it has that the article names, read from
   * the first sentence naming it; its entity lists the parties the article gave it.
   */
  @Override
  public void finish(ArticleContext ctx) {
    BlocSignings.finish(ctx);
    for (var e : ctx.namedTreaties.entrySet()) {
      Treaties.Known k = ctx.gazetteer.treaties().get(e.getKey());
      Entity t = ctx.entities.get(Entity.TREATY + ":" + k.id());
      List<String> parties = new ArrayList<>();
      for (Relation r : ctx.relations.values()) {
        if (r.type().equals(Relation.PARTY_TO) && r.target().equals(k.id()) && !parties.contains(r.source())) parties.add(r.source());
      }
      for (String p : notYetSigned(ctx, k) ? List.<String>of() : k.parties()) {   // "three states intend to sign the treaty in May"
        if (!ctx.entities.containsKey(Entity.STATE + ":" + p) || parties.contains(p)) continue;
        ctx.relate(e.getValue(), Relation.PARTY_TO, p, k.id(), Relation.ACTIVE, null, "treaty-named", k.title());
        parties.add(p);
      }
      java.util.Collections.sort(parties);
      ctx.put(new Entity(Entity.TREATY, t.id(), t.name(), null, parties, t.signed(), t.ratified(), t.inForce()));
      // (an open treaty by the parties the article gave it: "signed a treaty re-establishing the East African Community ... the Treaty for the Establishment of ...")
      if (k.closed() || parties.size() >= 2) absorb(ctx, k, parties);
    }
  }

  /**
   * "Merz and Starmer signed a friendship treaty ... The Kensington Treaty ...": a treaty read
   * without a name, between parties of a named one and of no other year, is the named one.
   */
  private static void absorb(ArticleContext ctx, Treaties.Known k, List<String> parties) {
    String year = k.signed() == null ? null : k.signed().substring(0, 4);
    java.util.Set<String> namedIds = new java.util.HashSet<>();
    for (String key : ctx.namedTreaties.keySet()) namedIds.add(ctx.gazetteer.treaties().get(key).id());
    for (Entity t : List.copyOf(ctx.entities.values())) {
      if (!t.kind().equals(Entity.TREATY) || namedIds.contains(t.id()) || t.parties() == null || t.parties().size() < 2) continue;
      if (TreatyEntities.isAnother(t.id())) continue;   // "Одновременно лидеры подписали Совместную декларацию": a second document of the day
      // a signing the article reports without a year is recent news, not a treaty signed years before ("firmaron este sábado")
      boolean recent = year == null || ctx.reference == null || Integer.parseInt(year) >= ctx.reference.getYear() - 2;
      boolean sameYear = !t.id().matches(".*-\\d{4}") ? recent : year != null && t.id().endsWith("-" + year);
      if (!sameYear || !parties.containsAll(t.parties())) continue;
      // "Kohl and Gorbachev signed on Friday ...", two months after the Two Plus Four Treaty: another document
      // (a day or two apart is the same signing told loosely: "died today, hours after he had signed")
      if (weeksApart(t.signed(), k.signed())) continue;
      ctx.entities.remove(Entity.TREATY + ":" + t.id());
      for (Relation r : List.copyOf(ctx.relations.values())) {
        if (!r.target().equals(t.id())) continue;
        ctx.relations.remove(r.key());
        Relation moved = new Relation(r.type(), r.source(), k.id(), r.status(), r.date(), r.evidence(), r.start(), r.end(), r.rule(), r.words());
        ctx.relations.putIfAbsent(moved.key(), moved);
      }
    }
  }

  /** Whether the dictionary dates the treaty's signing after the article: no state is a party yet. */
  private static boolean notYetSigned(ArticleContext ctx, Treaties.Known k) {
    return ctx.reference != null && k.signed() != null && k.signed().length() == 10
        && java.time.LocalDate.parse(k.signed()).isAfter(ctx.reference);
  }

  /** Whether two full dates of signing lie more than a week apart. */
  private static boolean weeksApart(String a, String b) {
    if (a == null || b == null || a.length() != 10 || b.length() != 10) return false;
    long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(a), java.time.LocalDate.parse(b));
    return Math.abs(days) > 7;
  }

  /** The cue of a category nearest to the treaty word, within the sentence. */
  static Cues.Hit nearest(SentenceView s, String category, Cues.Hit h) {
    Cues.Hit best = null;
    for (Cues.Hit c : s.cues(category)) {
      if (best == null || Math.abs(c.from() - h.from()) < Math.abs(best.from() - h.from())) best = c;
    }
    return best;
  }

  /** "a treaty between X and Y", "l'accord entre l'Iran et six puissances". */
  static Cues.Hit between(SentenceView s, Cues.Hit h) {
    // a title runs longer: "Trattato di amicizia, partenariato e cooperazione tra Italia e Libia"
    int reach = s.tokens.get(h.from()).capitalized() && h.from() > s.from ? 8 : 6;
    for (Cues.Hit b : s.cues("between")) if (b.from() >= h.to() && b.from() - h.to() <= reach) return b;
    return null;
  }

  /**
   * "l'Aukus, il patto di sicurezza tra Stati Uniti, Regno Unito e Australia": a pact word in
   * apposition to an organization describes it; the states it is between are its members.
   */
  private static boolean pactNamesAnOrganization(SentenceView s, ArticleContext ctx, Cues.Hit h) {
    if (!AllyPhrases.namesTheOrganizationBefore(s, h)) return false;
    Mention org = null;
    for (Mention m : s.mentions) if (m.isOrganization() && m.to() <= h.from()) org = m;
    Cues.Hit between = between(s, h);
    if (org == null || between == null) return true;
    for (Mention m : Mentions.listAfter(s, between.to(), 2, Set.of(Entity.STATE))) {
      ctx.relate(s, Relation.MEMBER_OF, m.id(), org.id(), Relation.ACTIVE, null, "membership", s.words(h.from(), h.to()));
    }
    return true;
  }

  /** "dont Washington s'est retiré en 2018": the state that left the last treaty is an ended party. */
  private static void withdrawals(SentenceView s, ArticleContext ctx, Cues.Hit h) {
    if (ctx.lastTreaty == null) return;
    for (Cues.Hit l : s.cues("leave")) {
      if (s.covered(l.from(), "expel") || MembershipFacts.troopsLeave(s, l)) continue;   // "ha espulso l'ambasciatore", "troops leave Iceland"
      if (Math.abs(l.from() - h.from()) > 40 || s.near(l.from(), 6, 0, "negation") || s.near(l.from(), 10, 3, "modal")) continue;
      List<Mention> leaving = Subjects.statesBefore(s, l.from(), ctx.lang == Language.DE ? 12 : 6); // German puts the verb last
      if (leaving.isEmpty() && l.from() > s.from && s.covered(l.from() - 1, "poss")) {
        leaving = Subjects.statesBefore(s, l.from(), 40);   // "le Burundi ... a notifié son retrait du Statut"
      }
      // "restableció las sanciones contra Irán, seis meses después de retirarse del acuerdo": an infinitive after
      // "after" leaves with the sentence's subject, not with the object named before it
      if (infinitiveAfterAfter(s, l)) {
        String subject = Subjects.sentenceSubject(s);
        leaving = s.mentions.stream().filter(m -> m.isState() && m.id().equals(subject) && m.to() <= l.from()).limit(1).toList();
      }
      for (Mention m : leaving) {
        ctx.relate(s, Relation.PARTY_TO, m.id(), ctx.lastTreaty.id(), Relation.ENDED, s.dateNear(l.from()), "treaty-withdrawal",
            s.words(l.from(), l.to()));
      }
    }
  }

  /** "después de retirarse", "after withdrawing": the verb right after "after" (no article: not "dopo il ritiro di Washington"). */
  private static boolean infinitiveAfterAfter(SentenceView s, Cues.Hit l) {
    for (Cues.Hit a : s.cues("afterwards")) {
      if (a.to() > l.from() || l.from() - a.to() > 1) continue;
      if (a.to() == l.from() || s.covered(a.to(), "from", "of")) return true;
    }
    return false;
  }
}

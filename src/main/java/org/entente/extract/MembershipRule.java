package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * MEMBER_OF from sentences that say states are, became or stopped being members of an
 * organization: "joined", "admitted", "accession", "member", "belongs to", founders, lists of
 * members, and "left", "withdrew", "ceased to be" (ended). Only the states listed next to the cue
 * or to the organization count, not every state of the sentence. Applications, candidacies,
 * suspensions, denials and plans give nothing. "The bloc", "l'Alliance", "der Block" with no
 * organization named refer to the last one named.
 */
final class MembershipRule implements Rule {

  private static final int WINDOW = 8;

  @Override
  public void apply(SentenceView s, ArticleContext ctx) {
    Suspensions.lifted(s, ctx);
    Suspensions.suspended(s, ctx);
    Suspensions.expelled(s, ctx);
    boolean sanctions = s.has("sanction");
    Mention named = null;
    // only cues of these categories can state a membership, and most sentences hold none: skip their walk
    List<Cues.Hit> cues = s.hasAny("member", "join", "leave", "ally", "countryword", "comprise", "remainin", "participant") ? s.cues : List.of();
    for (Cues.Hit h : cues) {
      String c = h.category();
      // "Honduras permanecerá en Petrocaribe", not "remain in place"; "Участниками ОДКБ являются", "participants in the CSTO"
      if (c.equals("remainin") || c.equals("participant")) {
        Mention after = MembershipOrganizations.organizationRightAfter(s, h);
        if (after == null || after.from() - h.to() > (c.equals("participant") ? 2 : 1)) continue;
        c = "member";
      }
      if (c.equals("ally") && Mentions.organizationOfAlly(s, h) != null) c = "member";   // "Britain, France and Germany, all NATO allies"
      if (s.covered(h.from(), "councilmember")) continue;      // "die drei afrikanischen Ratsmitglieder Angola, Ägypten und Senegal"
      boolean countries = c.equals("countryword");
      if (countries) {                                         // "les pays de l'Otan, dont la France", "EU countries such as..."
        if (!countriesOf(s, h)) continue;
        c = "member";
      }
      boolean comprising = c.equals("comprise");
      if (comprising) {                                        // "the European Union, which includes France, Germany and Italy"
        if (!includes(s, h)) continue;
        c = "member";
      }
      // "il programma Fcas, che riunisce Francia, Germania e Spagna": what the relative pronoun gathers is no organization
      if (c.equals("member") && s.covered(h.from(), "comprise") && h.from() > s.from && s.covered(h.from() - 1, "relative")
          && !includes(s, h) && s.mentions.stream().noneMatch(Mention::isOrganization)) continue;
      // not "joined the sanctions", "joined the United States and the EU in imposing sanctions"; "que ingresó en la OTAN ..., sancionada por la UE" still joins
      boolean join = c.equals("join") && !(sanctions && joinsSanctions(s, h));
      boolean leave = c.equals("leave") || (c.equals("member") || c.equals("join")) && ceasedBefore(s, h);   // "a mis fin à son adhésion"
      if (!(c.equals("member") || join || leave)) continue;
      boolean listedRightAfter = c.equals("member") && statesRightAfter(s, h);    // "blocked by fellow members Turkey and Hungary"
      if (!listedRightAfter && (s.notAFact(h, c.equals("member")) || appliedBefore(s, h))
          || appliedAfter(s, h, leave)) continue;
      if (treatyAfter(s, h)) continue;                        // "son retrait du Statut de Rome" leaves a treaty
      if (leave && s.firstAfter(h, "takeseffect", 12) != null) continue;   // "leur retrait de la Cédéao, qui doit prendre effet fin janvier"
      if (leave && leavesSomeoneElse(s, h)) continue;           // "ordenó la salida de dos diplomáticos de la misión cubana ante la ONU"
      if (join && s.covered(h.from(), "decision")) continue;   // "приняла решение вступить в Таможенный союз": not a member yet
      if (join && s.near(h.to(), 0, 2, "adopted")) continue;       // "приняла резолюцию", "принял участие в саммите"
      if (join && wanted(s, h)) continue;                      // "wollen der Nato beitreten", "veut adhérer à l'UE"
      if (c.equals("member") && (s.near(h.from(), 1, 0, "associate") || s.near(h.to(), 0, 1, "associate"))) continue; // "associate member"
      boolean lateNegation = ctx.lang == Language.DE || ctx.lang == Language.RU;   // "Ein Nato-Beitritt Georgiens steht nicht zur Debatte", "не обсуждается"
      if (lateNegation && !listedRightAfter && !memberBeforeName(s, h) && s.nearAfter(h, 10, "negation")) continue;
      Mention org = MembershipOrganizations.nearestOrganization(s, h);
      // one joins what follows the verb: "Poland, already in NATO, joined the EU", "traten später der Nato bei"
      if ((join || leave) && (ctx.lang != Language.DE || s.covered(h.from(), "verbsecond"))) {
        Mention after = MembershipOrganizations.organizationRightAfter(s, h);
        if (after != null) org = after;
      }
      if (org != null && MembershipOrganizations.distance(org, h) > 10) org = null;   // too far to be what was joined
      if (org != null && s.near(org.from(), 2, 0, "outside")) continue;   // "leaves Russia as the largest economy outside the WTO"
      // "Die vier Gründungsmitglieder hatten das Forum ... am Rande eines Gipfels des Europarats gegründet": the reference word is theirs
      boolean referred = org != null && ctx.lastOrganization != null && referenceBefore(s, h, org);
      if (referred) org = null;
      // one leaves what comes after the verb ("lascia la Nato"); German puts the verb last ("aus der Nato ausgetreten")
      // ... but "the Commonwealth, which Zimbabwe quit in 2003": the relative pronoun after it is the verb's object
      boolean objectRelative = org != null && org.to() < s.to && s.covered(org.to(), "relative") && h.from() - org.to() <= 4;
      if (leave && org != null && ctx.lang != Language.DE && org.to() <= h.from() && !s.covered(h.from(), "member") && !objectRelative) org = null;
      // "планами Вашингтона по созданию системы": founding words give members only of an organization named, or right at the start ("Его основали")
      if (org == null && s.covered(h.from(), "found") && !s.has("orgref") && h.from() - s.from > 3) continue;
      if (org == null) org = MembershipOrganizations.namedBeforeReference(s, h);     // "l'Alba, le bloc dont le Venezuela est le membre"
      boolean listJoined = org == null && join && joinsStates(s, h);          // "Kinshasa rejoint ainsi le Burundi, le Kenya..."
      boolean bareJoin = org == null && join && joinsWhatWasSaid(s, h);       // "Vietnam joined in 1995"
      List<String> orgIds = new ArrayList<>();
      if (org != null) orgIds.addAll(MembershipOrganizations.coordinated(s, org));
      else if (s.has("orgref") || c.equals("member") || listJoined || bareJoin) {
        Mention before = MembershipOrganizations.organizationBefore(s, h);              // "la Comunidad de África Oriental (EAC) ... miembro del bloque"
        String referent = ctx.referredOrganization(s);
        if (referred) orgIds.add(referent);
        else if (before != null && s.has("orgref")) orgIds.add(before.id());
        else if (join && !listJoined && ctx.mainOrganization() != null) orgIds.add(ctx.mainOrganization());
        else if (referent != null) orgIds.add(referent);
      }
      if (orgIds.isEmpty()) continue;
      if (CountedMembers.counted(s, h)) {        // "l'Igad compte huit membres : Djibouti, ...", "32 members, including X"
        for (Mention m : CountedMembers.listed(s, h)) {
          for (String o : orgIds) ctx.relate(s, Relation.MEMBER_OF, m.id(), o, Relation.ACTIVE, null, "membership", s.words(h.from(), h.to()));
        }
        continue;
      }
      List<String> states = new ArrayList<>();
      for (List<Mention> chain : Mentions.stateChains(s)) {
        // the states named right after the word are all it describes: not "Sweden's bid ... fellow members Turkey and Hungary"
        if (listedRightAfter && chain.get(0).from() != h.to()) continue;   // nor "NATO members Poland and Lithuania border Belarus"
        Mention first = chain.get(0);
        Mention last = chain.get(chain.size() - 1);
        int window = ctx.lang == Language.DE ? WINDOW + 2 : WINDOW;          // German puts the verb last
        // "its neighbours, including Zimbabwe, Zambia and Botswana, are already members": the list names the subject's members
        boolean relative = MemberSubjects.relativeSubject(s, h, last) || s.near(first.from(), 1, 0, "including") && h.from() - last.to() <= 3;
        boolean near = last.to() > h.from() - window && first.from() < h.to() + window || relative;
        // "En réaction, la Turquie, membre de l'Alliance, a invoqué": a cue right after the list's comma describes the list
        // (not "les votes négatifs de Moscou et de Pékin, membres permanents du Conseil": the object of a preposition)
        boolean described = c.equals("member") && last.to() <= h.from() && h.from() - last.to() <= 2 && s.commaBetween(last.to() - 1, last.to())
            && describingWords(s, last.to(), h.from()) && !Mentions.objectOfPreposition(s, first) && !s.near(first.from(), 2, 0, "from");
        if (!near || (last.to() <= h.from() && !described && !relative && Mentions.enclosed(s, first, last, h.from()))) continue;
        if (last.to() <= h.from() && bracketBetween(s, last.to() - 1, h.from())) continue;   // "(Estados Unidos, ..., Israel) ha firmado..., y los miembros"
        // "предоставить Индии, Пакистану и Ирану статус наблюдателей", "India and Iran as observers": the list's own standing
        if (s.near(last.to(), 0, 3, "apply") && !s.commaBetween(last.to() - 1, Math.min(s.to - 1, last.to()))) continue;
        // "Turkey, a NATO member, blocked Sweden's bid": past the comma that closes it, the cue describes no one
        if (c.equals("member") && MemberSubjects.pastApposition(s, h, first)) continue;
        // "Italy, together with the other EU countries, recognised Montenegro": after the countries, only those they include
        if (countries && !includedAfter(s, h, first, listedRightAfter)) continue;
        for (Mention m : chain) {
          if (MemberSubjects.pastWhatWasFounded(s, h, org, m) || MemberSubjects.besideTheMembers(s, h, m) || MemberSubjects.pastWhatWasJoined(h, org, m)) continue;
          if (MemberSubjects.subject(s, h, m) && !MemberSubjects.otherClause(s, m, h) && !states.contains(m.id())) states.add(m.id());
        }
      }
      if (org != null) {
        for (Mention m : Mentions.chainsNear(s, org.from(), org.to(), 3)) {
          if (s.clauseSeparates(m.from(), m.to(), org.from(), org.to())) continue;   // "se unieron a los BRICS, mientras que Argentina..."
          if (countries && !includedAfter(s, h, m, listedRightAfter) || MemberSubjects.pastWhatWasJoined(h, org, m)) continue;
          if (MemberSubjects.subject(s, h, m) && !(c.equals("member") && MemberSubjects.pastApposition(s, h, m)) && !states.contains(m.id())) states.add(m.id());
        }
      }
      // "Le pays fait déjà partie ... aux côtés du Kenya": the topic, when the sentence names no state before ("Правительство Испании ..., что страна")
      if (states.isEmpty() && ctx.topic != null && TheCountry.theCountryBefore(s, h) && Mentions.statesBefore(s, h.from(), 25).isEmpty()) states.add(ctx.topic);
      if (states.isEmpty()) states.addAll(theirCountries(s, h));   // "the rulers of Burkina Faso, Mali and Niger said their countries were quitting ECOWAS"
      int joinedEnd = MembershipOrganizations.whatIsJoinedEnds(s, h, org);
      List<String> beside = new ArrayList<>();        // "membre de l'Asean, aux côtés de Brunei", "sexto miembro del bloque junto a Kenia"
      for (Cues.Hit a : s.cues("alongside")) {
        if (a.from() >= joinedEnd && a.from() - joinedEnd <= 4) {
          for (Mention m : Mentions.listAfter(s, a.to(), 3, java.util.Set.of(Entity.STATE))) if (!beside.contains(m.id())) beside.add(m.id());
        }
      }
      if (comprising) {                          // "La organización ... agrupa a las economías de Europa Occidental ..., además de Japón, Australia"
        for (Mention m : comprised(s, h)) if (!states.contains(m.id())) states.add(m.id());
      }
      if (states.isEmpty() && s.covered(h.from(), "found")) {                 // "ont signé la charte ... instituant l'AES"
        for (Mention m : Mentions.statesBefore(s, h.from(), 40)) states.add(m.id());
      }
      // "эмбарго против стран Евросоюза, США, ...": the countries word as a preposition's object names no members of its own
      if (states.isEmpty() && countries && countriesAsObject(s, h)) continue;
      if (states.isEmpty()) {                                                   // "Le Gabon et le Togo, deux pays ..., ont été admis"
        for (Mention m : Mentions.statesBefore(s, h.from(), 25)) {
          if (countries && joinedBefore(s, h, m)) continue;
          if (MemberSubjects.subject(s, h, m) && !MemberSubjects.otherClause(s, m, h)) states.add(m.id());   // not "la Russie, mais elle est aussi membre"
        }
      }
      // "Los ocho firmantes se convierten así en los miembros fundadores": the parties of the treaty just read
      if (states.isEmpty() && ctx.lastTreaty != null && s.near(h.from(), 6, 0, "signatories")) states.addAll(ctx.lastTreaty.parties());
      if (states.isEmpty() && c.equals("member")) {          // "солидарен с Турцией, одним из своих членов"
        Mention apposed = apposedState(s, h);
        if (apposed != null) states.add(apposed.id());
      }
      if (states.isEmpty()) states.addAll(afterOpening(s, h));   // "Seul pays de l'UE à ne pas avoir rejoint l'Otan, l'Autriche..."
      if (states.isEmpty() && ctx.topic != null && TheCountry.theCountryBefore(s, h)) states.add(ctx.topic); // "Il Paese, membro della Nato dal 2009"
      if (states.isEmpty() && (join || leave)) {                  // "Evo Morales incorporó hoy a su país a la ALBA"
        String st = TheCountry.leadersCountry(s, ctx, h);
        if (st != null) states.add(st);
      }
      if (states.isEmpty() && (join || leave) && TheCountry.countryOfTheCue(s, h)) {      // "El Congreso de Honduras aprobó la salida del país del ALBA"
        String st = TheCountry.onlyStateBefore(s, h);
        if (st == null && Mentions.distinctStates(s).isEmpty()) st = ctx.topic;
        if (st != null) states.add(st);
      }
      if (states.isEmpty() && (c.equals("join") || leave || c.equals("member"))) {   // "It joined NATO in 2009", "Ingresó en la OTAN", "elle est aussi membre du Quad"
        String referent = Pronouns.subject(s, h, ctx);
        if (referent != null && ctx.gazetteer.isState(referent)) states.add(referent);
      }
      for (String b : beside) if (!states.contains(b)) states.add(b);
      if ((join || leave) && !states.isEmpty()) {
        for (Mention m : followers(s, h)) if (!states.contains(m.id())) states.add(m.id());
      }
      boolean groupSubject = s.near(h.from(), 3, 0, Cues.GROUPS);    // "die beiden NATO-Mitglieder"
      List<Mention> grouped = groupSubject ? groupNamedBefore(s, h) : List.of();   // "Italia e Francia, entrambe fondatrici"
      if (!grouped.isEmpty()) {
        states.clear();
        for (Mention m : grouped) if (!states.contains(m.id())) states.add(m.id());
      } else if (states.isEmpty() && !ofTheOrganization(s, h) && !MemberSubjects.groupElsewhere(s, h) || (groupSubject && !ctx.group(s).isEmpty())) {   // not "entre sus miembros"
        states.clear();
        states.addAll(ctx.group(s));
      }
      states.removeIf(id -> s.namedOnlyInDateline(id, false));                                 // "CAIRO (Reuters) - The Arab League restored..."
      if (bareJoin) states.removeIf(id -> onlyAsAdjective(s, id)); // "le Mozambique, ex-colonie portugaise admise en 1995"
      boolean out = c.equals("join") && s.near(h.to(), 0, 12, "outparticle");  // "trat ... aus der OPEC aus"
      String status = leave || out || leaveBeside(s, h) ? Relation.ENDED : Relation.ACTIVE;
      for (String st : states) {
        for (String o : orgIds) {
          ctx.relate(s, Relation.MEMBER_OF, st, o, status, s.dateNear(h.from()), "membership", s.words(h.from(), h.to()));
        }
      }
      named = org;
    }
    Mention object = null;
    for (Mention m : s.mentions) {
      // not "Brüssel (dpa) -" nor "teilte ... in Brüssel mit": a seat named as a place is no organization spoken of
      if (!m.isOrganization() || Mentions.isVenue(s, m) || s.inDateline(m)) continue;
      // "Inspirée de l'Union européenne, l'UA doit ... Elle compte": the subject, not the object of a preposition, is spoken of
      if (Mentions.objectOfPreposition(s, m) || s.near(m.from(), 2, 0, "from")) object = object == null ? m : object;
      else named = named == null ? m : named;
    }
    // "ferait entrer l'Alliance dans une logique de guerre alors que les inspecteurs de l'ONU": the reference word keeps
    // the organization spoken of, which an organization named after a preposition does not replace
    boolean referredFirst = false;
    for (Cues.Hit r : s.cues("orgref")) referredFirst |= object != null && r.to() <= object.from();
    if (named == null && !referredFirst) named = object;
    // "Aucun d'entre eux n'est membre de l'Otan": an organization named only to deny a membership is not the one spoken of
    if (named != null && !deniedMembership(s, named)) ctx.lastOrganization = named.id();
  }

  private static boolean deniedMembership(SentenceView s, Mention org) {
    for (Cues.Hit h : s.cues) {
      boolean cue = h.category().equals("member") || h.category().equals("join");
      if (cue && h.to() <= org.from() && org.from() - h.to() <= 3 && s.notAFact(h)) return true;
    }
    return false;
  }

  /** A suspended membership is no membership: the article's lists of members leave the suspended out. */
  @Override
  public void finish(ArticleContext ctx) {
    Suspensions.finish(ctx);
  }

  /**
   * A leaving word within six words of the cue and in the same clause: "trat ... aus", "ended its
   * membership"; not "returned to the African Union in 2017, 33 years after leaving".
   */
  private static boolean leaveBeside(SentenceView s, Cues.Hit h) {
    for (Cues.Hit l : s.cues("leave")) {
      if (l.from() < h.from() - 6 || l.from() >= h.from() + 6) continue;
      int a = Math.min(l.from(), h.from());
      int b = Math.max(l.from(), h.from());
      // "remains in NATO despite leaving the European Union": a later leaving with an organization of its own leaves that one
      Mention left = l.from() >= h.to() ? MembershipOrganizations.organizationRightAfter(s, l) : null;
      Mention here = MembershipOrganizations.organizationRightAfter(s, h);
      if (left != null && here != null && left.from() > here.from() && !left.id().equals(here.id())) continue;
      if (!s.commaBetween(a, b)) return true;
    }
    return false;
  }

  /**
   * "la salida de dos diplomáticos", "the withdrawal of its troops from": a noun of leaving whose
   * own object is people or things, not a state or "the country".
   */
  private static boolean leavesSomeoneElse(SentenceView s, Cues.Hit h) {
    if (h.to() >= s.to || !s.covered(h.to(), "from", "of")) return false;
    int i = h.to() + 1;
    while (i < s.to && i - h.to() <= 3 && s.covered(i, "det", "thedef", "number", "poss")) i++;
    if (i >= s.to || s.inMention(i) || s.covered(i, "thecountry", "countryword", "orgref") || s.tokens.get(i).capitalized()) return false;
    return Character.isLetter(s.tokens.get(i).surface().charAt(0));
  }

  /** Whether a bracket stands between token {@code a} and token {@code b}: what is inside is aside from the clause. */
  private static boolean bracketBetween(SentenceView s, int a, int b) {
    String gap = s.segment.substring(s.tokens.get(a).end(), s.tokens.get(b).start());
    return gap.indexOf(')') >= 0 || gap.indexOf('(') >= 0;
  }

  /** The state right before a comma that opens "one of its members", "l'un de ses membres", "одним из своих членов". */
  private static Mention apposedState(SentenceView s, Cues.Hit h) {
    for (Mention m : s.mentions) {
      if (!m.isState() || m.to() > h.from() || h.from() - m.to() > 4 || m.to() >= s.to || !s.commaBetween(m.to() - 1, m.to())) continue;
      boolean plain = s.near(h.from(), h.from() - m.to(), 0, "poss");            // "its", "ses", "своих": the organization's members
      for (int i = m.to(); i < h.from(); i++) plain &= !s.tokens.get(i).capitalized() || s.covered(i, "number");
      if (plain) return m;
    }
    return null;
  }

  private static boolean treatyAfter(SentenceView s, Cues.Hit h) {
    for (Mention m : s.mentions) {
      // not "zusammengeschlossen, deren 2023 unterzeichnete Charta": past a comma, the treaty is a relative clause's
      if (m.kind().equals(Entity.TREATY) && m.from() >= h.to() && m.from() - h.to() <= 3 && !s.commaBetween(h.to() - 1, m.from())) return true;
    }
    return false;
  }

  /** "Kinshasa rejoint ainsi le Burundi, le Kenya, l'Ouganda": a list of two states or more joined, in the organization last named. */
  private static boolean joinsStates(SentenceView s, Cues.Hit h) {
    List<Mention> list = Mentions.listAfter(s, h.to(), 3, java.util.Set.of(Entity.STATE));
    // names only ("le Luxembourg", named like its capital, with its article), not "rejoint Washington et Paris"
    if (list.size() < 2 || list.stream().anyMatch(m -> !m.formType().equals(Form.NAME) && !(m.formType().equals(Form.CAPITAL)
        && m.from() > s.from && s.covered(m.from() - 1, "det", "thedef")))) return false;
    // not "l'ingresso di Albania e Croazia": after "of" the states are those who join
    for (int i = h.to(); i < list.get(0).from(); i++) if (s.covered(i, "from", "of", "venue", "on", "with")) return false;
    // not "rejoint ainsi le Mali et la Guinée, eux aussi suspendus": joins them in a suspension
    for (int i = list.get(list.size() - 1).to(); i < s.to; i++) if (s.covered(i, "suspend", "apply", "leave")) return false;
    return true;
  }

  /**
   * "Vietnam joined in 1995", "Bereits 1999 waren Polen, Ungarn und Tschechien aufgenommen
   * worden": a joining verb with nothing after it in its clause but a date joins the
   * organization the article speaks of.
   */
  private static boolean joinsWhatWasSaid(SentenceView s, Cues.Hit h) {
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

  /** Whether the sentence names a state only by its adjective or demonym. */
  private static boolean onlyAsAdjective(SentenceView s, String id) {
    for (Mention m : s.mentions) {
      if (m.id().equals(id) && !m.isAdjectival()) return false;
    }
    return true;
  }

  private static boolean joinsSanctions(SentenceView s, Cues.Hit h) {
    if (s.near(h.to(), 0, 6, "sanction")) return true;
    for (Cues.Hit c : s.cues("sanction")) if (c.from() >= h.to() && c.from() - h.to() <= 12 && !s.commaBetween(h.to() - 1, c.from())) return true;
    return false;
  }

  /** "EU countries", "Nato-Staaten", "pays de l'UE", "страны НАТО": a country word bound to an organization. */
  private static boolean countriesOf(SentenceView s, Cues.Hit h) {
    for (Mention m : s.mentions) {
      if (!m.isOrganization()) continue;
      if (m.to() == h.from() && !s.commaBetween(m.to() - 1, h.from())) return true;
      if (m.from() == h.to()) return true;
      if (m.from() == h.to() + 1 && s.covered(h.to(), "from", "det")) return true;
      if (m.from() == h.to() + 2 && s.covered(h.to(), "from") && s.covered(h.to() + 1, "det") && !s.commaBetween(h.to() - 1, h.to())) return true;   // "socios de la UE"
    }
    return false;
  }

  /**
   * Whether a state before the countries' word, or after it right away, in apposition ("los socios
   * del Mercosur, Brasil y Argentina") or after "such as", "dont", is one of them.
   */
  private static boolean includedAfter(SentenceView s, Cues.Hit h, Mention m, boolean listedRightAfter) {
    if (joinedBefore(s, h, m)) return false;                  // "La Chine et les dix pays de l'Asean": beside them, not one of them
    // (not "эмбарго против стран Евросоюза, США, Канады": after a preposition the names go on its list of objects)
    // (nor is the subject of "Москва ввела эмбарго против стран Евросоюза" one of the countries)
    boolean object = countriesAsObject(s, h);
    boolean apposed = m.from() - h.to() <= 4 && m.from() > s.from && s.commaBetween(m.from() - 1, m.from()) && !object;
    return m.from() < h.to() && !object || listedRightAfter || apposed || s.near(h.to(), 0, m.from() - h.to() + 1, "including");
  }

  /** Whether the state is joined by "and" to the countries word right after it: "la Chine et les dix pays de". */
  private static boolean joinedBefore(SentenceView s, Cues.Hit h, Mention m) {
    if (m.to() > h.from() || h.from() - m.to() > 4 || !s.covered(m.to(), "coord")) return false;
    for (int i = m.to() + 1; i < h.from(); i++) if (!s.covered(i, "det", "thedef", "number") && !s.covered(i, Cues.GROUPS)) return false;
    return true;
  }

  /** The states listed right before the group word that stands before the cue ("Italia e Francia, entrambe"), or none. */
  private static List<Mention> groupNamedBefore(SentenceView s, Cues.Hit h) {
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

  /** "Nicaragua dejó este domingo de ser miembro", "a cessé mardi d'être membre": ceasing to be a member. */
  private static boolean ceasedBefore(SentenceView s, Cues.Hit h) {
    for (Cues.Hit c : s.cues("cease")) {
      if (c.to() <= h.from() && h.from() - c.to() <= 5 && !s.commaBetween(c.from(), h.from())) return true;
    }
    return false;
  }

  /**
   * Whether an application or suspension follows within six words in the same clause; for a state
   * that left, not past "and": "a quitté la Cédéao en 2000 et souhaite s'en rapprocher" left it.
   */
  private static boolean appliedAfter(SentenceView s, Cues.Hit h, boolean leave) {
    for (String k : new String[] {"apply", "suspend"}) {
      for (Cues.Hit a : s.cues(k)) {
        if (a.from() < h.to() || a.from() >= h.to() + 6 || s.pastComma(h, a.from())) continue;
        if (!leave || !s.near(h.to(), 0, a.from() - h.to(), "coord")) return true;
      }
    }
    return false;
  }

  /**
   * Whether an application or suspension stands up to 15 words before the cue (or in it), not
   * inside an earlier relative clause that belongs to another state: "La Tunisie, qui demande un
   * statut d'observateur, et la Mauritanie, qui a quitté la Cédéao".
   */
  private static boolean appliedBefore(SentenceView s, Cues.Hit h) {
    for (String k : new String[] {"apply", "suspend"}) {
      for (Cues.Hit a : s.cues(k)) {
        if (a.from() < h.from() - 15 || a.from() >= h.to()) continue;
        // "Nach 18 Jahren zäher Verhandlungen ist Russland ... beigetreten": the talks are over
        if (k.equals("apply") && s.cues("afterwards").stream().anyMatch(c -> c.from() == s.from && c.to() <= a.from() && a.from() - c.to() <= 4
            && !s.commaBetween(c.from(), a.from()) && s.mentions.stream().noneMatch(m -> m.from() > c.from() && m.to() <= a.from()))) continue;
        boolean otherClause = false;
        for (Cues.Hit r : s.cues("relative")) otherClause |= r.from() >= a.to() && r.to() <= h.from();
        // "назвал Киргизию стратегическим партнёром ..., напомнив, что обе страны входят в ОДКБ"
        otherClause |= s.clauseIn(a.to(), h.from()) && s.commaBetween(a.to() - 1, h.from());
        if (!otherClause) return true;
      }
    }
    return false;
  }

  /** Whether a word for wanting stands up to six words before the joining, in the same stretch of the clause. */
  private static boolean wanted(SentenceView s, Cues.Hit h) {
    for (Cues.Hit w : s.cues("want")) if (s.wantedBy(w, h)) return true;
    return false;
  }

  /** Whether tokens [from, to) are only articles, "all" or an organization's name: "a NATO member", "tous membres". */
  private static boolean describingWords(SentenceView s, int from, int to) {
    for (int i = from; i < to; i++) if (!s.covered(i, "det", "thedef", "all") && !s.inOrganization(i)) return false;
    return true;
  }

  /**
   * A sentence that opens with the membership, "Membre de l'Otan depuis 1952, la Turquie...": the
   * state right after the comma that closes the opening phrase.
   */
  private static List<String> afterOpening(SentenceView s, Cues.Hit h) {
    if (h.from() - s.from > 3) return List.of();
    for (Mention m : s.mentions) if (m.isState() && m.to() <= h.from()) return List.of();
    for (int i = h.to() - 1; i < Math.min(s.to - 1, h.to() + 12); i++) {
      if (!s.commaBetween(i, i + 1)) continue;
      if (Mentions.stateBetween(s, h.to(), i + 1)) return List.of();   // the comma of a list: "against Iraq, Libya and Haiti"
      List<String> out = new ArrayList<>();
      for (Mention m : Mentions.listAfter(s, i + 1, 2, java.util.Set.of(Entity.STATE))) out.add(m.id());
      return out;
    }
    return List.of();
  }

  /** "entre sus miembros", "its members": the organization's members, not the group the sentence names. */
  private static boolean ofTheOrganization(SentenceView s, Cues.Hit h) {
    return h.from() > s.from && s.covered(h.from() - 1, "poss") && s.covered(h.from(), "member");
  }

  /**
   * Whether a reference word ("das Forum", "the bloc") stands between the cue and the organization
   * named after it, apart from it, or before an organization named only as where an event was held.
   */
  private static boolean referenceBefore(SentenceView s, Cues.Hit h, Mention org) {
    if (MembershipOrganizations.namedBeforeReference(s, h) != null) return false;
    boolean atAnEvent = s.near(org.from(), 3, 0, "event");        // "am Rande eines Gipfels des Europarats": where, not what
    if (org.from() < h.to() && !atAnEvent) return false;
    if (atAnEvent && org.from() - h.to() > 2) return true;         // "the four members met at a summit of the Council of Europe"
    for (Cues.Hit r : s.cues("orgref")) {
      if (r.to() <= org.from() && org.from() - r.to() > 3 && (r.from() >= h.to() || atAnEvent)) return true;
    }
    return false;
  }

  /**
   * "fellow members Turkey and Hungary", "NATO members Hungary and Slovakia": member states named
   * right after the word, as a description that holds whatever the sentence's verb says.
   */
  /** Whether the countries word is a preposition's object: "против стран Евросоюза". */
  private static boolean countriesAsObject(SentenceView s, Cues.Hit h) {
    return s.near(h.from(), 2, 0, "against", "on", "with", "between");
  }

  /** "Il Vietnam aderì all'Asean nel 1995, seguito due anni più tardi da Laos e Myanmar": those who followed joined (or left) too. */
  private static List<Mention> followers(SentenceView s, Cues.Hit h) {
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

  /** "Член НАТО Турция так и не присоединилась...": the membership is a title before the name; a negation after it is the verb's. */
  private static boolean memberBeforeName(SentenceView s, Cues.Hit h) {
    if (!h.category().equals("member")) return false;
    for (Mention org : s.mentions) {
      if (!org.isOrganization() || org.from() != h.to()) continue;
      for (Mention m : s.mentions) if (m.isState() && !m.isAdjectival() && m.from() == org.to()) return true;
    }
    return false;
  }

  /** "their countries were quitting": a possessive and a plural country word before the cue stand for the list named before them. */
  private static List<String> theirCountries(SentenceView s, Cues.Hit h) {
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

  private static boolean statesRightAfter(SentenceView s, Cues.Hit h) {
    if (s.near(h.from(), 2, 0, "negation", "nonmember")) return false;
    for (Mention m : s.mentions) if (m.isState() && m.from() == h.to() && !s.commaBetween(h.to() - 1, m.from())) return true;
    return false;
  }

  /**
   * Whether the organization itself is the subject of "includes": right before the word, or before
   * "which" ("the EU, which includes"), not owning something else ("NATO's plan includes Ukraine").
   */
  private static boolean includes(SentenceView s, Cues.Hit h) {
    int i = h.from() - 1;
    if (i > s.from && s.commaBetween(i, h.from())) {       // "La organización, con sede en París, agrupa a": past the apposition
      int j = i - 1;
      while (j > s.from && i - j < 8 && !s.commaBetween(j, j + 1)) j--;
      if (j > s.from && s.commaBetween(j, j + 1)) i = j;
    }
    while (i >= s.from && h.from() - i <= 3 && s.covered(i, "relative", "det")) i--;
    if (i < s.from) return false;
    for (Mention m : s.mentions) {
      boolean own = m.surface().endsWith("'s") || m.surface().endsWith("’s");
      if (m.isOrganization() && m.to() == i + 1 && !own) return true;
    }
    return s.covered(i, "orgref") && !s.tokens.get(i).surface().endsWith("'s");
  }

  /** The states an organization comprises: every one the clause names after the word, by name. */
  private static List<Mention> comprised(SentenceView s, Cues.Hit h) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : s.mentions) {
      if (!m.isState() || m.from() < h.to()) continue;
      if (s.clauseIn(h.to(), m.from()) || MemberSubjects.afterACircumstance(s, h, m) || s.semicolonBetween(h.to() - 1, m.from())) break;   // "...; Armenien hat seine Mitarbeit eingefroren"
      if (s.near(m.from(), m.from() - h.to(), 0, "butclause") && s.commaBetween(h.to() - 1, m.from())) break;   // "..., а Венгрия и Туркмения имеют статус наблюдателей"
      if (!m.isAdjectival() && !Mentions.isVenue(s, m) && !MemberSubjects.excepted(s, m)) out.add(m);
    }
    return out;
  }
}

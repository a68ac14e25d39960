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
    Dissolutions.read(s, ctx);
    PassiveLeavings.read(s, ctx);
    DidSo.read(s, ctx);
    ApposedMembers.read(s, ctx);
    boolean sanctions = s.has("sanction");
    Mention named = null;
    // only cues of these categories can state a membership, and most sentences hold none: skip their walk
    List<Cues.Hit> cues = s.hasAny("member", "join", "leave", "ally", "countryword", "comprise", "remainin", "remainafter", "participant", "partner", "take") ? s.cues : List.of();
    for (Cues.Hit h : cues) {
      String c = MemberCues.category(s, h);
      // "du commandement militaire intégré de l'OTAN": an adjective; "l'entrée en vigueur de l'accord": no one enters
      if (c == null || s.covered(h.from(), "orgpart") || MembershipFacts.entryIntoForce(s, h)) continue;
      if (s.covered(h.from(), "comprise") && MemberLists.committeeBefore(s, h)) continue;   // "un comitato di contatto ..., formato da Arabia Saudita"
      if (h.category().equals("join") && sanctions && MembershipFacts.joinsSanctions(s, h)) continue;   // "санкции ... были восстановлены"
      // "se retirerait du commandement militaire intégré de l'OTAN": a part of the organization is left, not the organization
      // (but who rejoins its command is a member: "a réintégré le commandement militaire intégré de l'Otan")
      if (c.equals("leave") && (s.nearAfter(h, 5, "orgpart") || s.near(h.from(), 4, 0, "orgpart"))) continue;   // also "von ihren Sitzungen ausgeschlossen"
      if (c.equals("leave") && MembershipOrganizations.unnamedPredecessor(s, h)) continue;   // "walked out of the organisation's predecessor"
      // "before Conservative members of Parliament vote", "члены правительства": persons of a body that is no organization of states
      if (h.category().equals("member") && MembershipFacts.membersOfABody(s, h, ctx.lang)) continue;
      boolean countries = h.category().equals("countryword");
      // "запретив ввоз из стран ЕС", "banning imports from EU countries": where goods come from, no one's membership
      if (countries && s.near(h.from(), 2, 0, "origin") && s.near(h.from(), 4, 0, "imports")) continue;
      boolean comprising = h.category().equals("comprise");
      // not "joined the sanctions", "joined the United States and the EU in imposing sanctions"; "que ingresó en la OTAN ..., sancionada por la UE" still joins
      boolean join = c.equals("join") && !(sanctions && MembershipFacts.joinsSanctions(s, h))
          && !(ctx.lang == Language.EN && MembershipFacts.joinsInAnAct(s, h)) && !MembershipFacts.becameAState(s, h);
      boolean leave = c.equals("leave") || (c.equals("member") || c.equals("join")) && MembershipFacts.ceasedBefore(s, h);   // "a mis fin à son adhésion"
      if (!(c.equals("member") || join || leave)) continue;
      boolean abstractNoun = s.covered(h.from(), "membership");   // "Членство Украины": the state after it owns it, no member described
      boolean listedRightAfter = c.equals("member") && !abstractNoun && MemberLists.statesRightAfter(s, h);    // "blocked by fellow members Turkey and Hungary"
      // "será examinada por los diez miembros de la organización —Indonesia, Malasia, ...—": the count and its list describe
      boolean countedList = c.equals("member") && !abstractNoun && CountedMembers.counted(s, h) && !CountedMembers.listed(s, h).isEmpty();
      if (!listedRightAfter && !countedList && (Modality.notAFact(s, h, c.equals("member") && !abstractNoun) || MembershipFacts.appliedBefore(s, h))
          || MembershipFacts.appliedAfter(s, h, leave, ctx.lang == Language.DE)) continue;
      if (listedRightAfter && s.near(h.from(), 2, 0, "suspend", "apply") || c.equals("member") && !listedRightAfter && !countedList
          && CountedMembers.aCountOnly(s, h)) continue;   // "приостановила членство России", "che cinque Stati membri non ne riconoscono"
      if (c.equals("member") && !listedRightAfter && MembershipFacts.joiningInDoubt(s, h)) continue;   // "aprendo la strada all'ingresso ... come 29/o membro"
      if (MembershipFacts.treatyAfter(s, h)) continue;                        // "son retrait du Statut de Rome" leaves a treaty
      if (leave && s.firstAfter(h, "takeseffect", 12) != null) continue;   // "leur retrait de la Cédéao, qui doit prendre effet fin janvier"
      // "Südafrika zieht Austritt aus dem IStGH zurück": a withdrawal revoked; "was left waiting": not in yet
      if (leave && (s.near(h.from(), 3, 0, "revoke") || s.near(h.to(), 0, 1, "want"))) continue;
      if (leave && s.near(h.to(), 0, 3, "sanction")) continue;                   // "Россия вышла из режима санкций": a sanctions regime left, no organization
      if (leave && s.covered(h.from(), "expel") && s.near(h.to(), 0, 2, "thecountry")) continue;   // "expulsó del país al presidente": out of a country
      // "Zu den Vertragsstaaten gehört Südafrika": parties of a treaty, no members of an organization, unless one is named with them
      if (c.equals("member") && (s.near(h.from(), 2, 0, "party") || s.near(h.to(), 0, 3, "party")) && !MembershipOrganizations.organizationNearParty(s, h)) continue;
      if (leave && (MembershipFacts.leavesSomeoneElse(s, h) || c.equals("leave") && (MembershipFacts.troopsLeave(s, h) || MembershipFacts.leavesAState(s, h, ctx.lang)))) continue;           // "ordenó la salida de dos diplomáticos de la misión cubana ante la ONU"
      // "otto anni dopo lo scioglimento del Patto di Varsavia": the organization's end, no state named as leaving it
      if (leave && s.covered(h.from(), "dissolution") && !Mentions.stateBetween(s, Math.max(s.from, h.from() - 3), h.from())) continue;
      if (join && s.covered(h.from(), "decision")) continue;   // "приняла решение вступить в Таможенный союз": not a member yet
      // "hat einen Nato-Beitritt bislang ausgeschlossen": a joining ruled out, no one expelled
      if (c.equals("join") && s.nearAfter(h, 10, "ruledout")) continue;
      if (c.equals("leave") && s.covered(h.from(), "ruledout") && MembershipFacts.joiningRuledOut(s, h)) continue;
      // "der Nato-Partnerschaft für den Frieden beitreten", "die dem Programm beigetreten sind": a programme joined, not the organization
      if (join && MembershipFacts.joinsAProgram(s, h, ctx.lang == Language.DE ? 10 : 4)) continue;
      // "belongs to no military bloc", "appartient à aucune alliance": what the cue governs is denied
      if (s.nearAfter(h, 2, "negation") && !s.covered(h.from(), "negation") && s.near(h.to(), 0, 2, "to", "dative", "of", "from")) continue;
      // "vetó una resolución que recomendaba la admisión de Palestina como miembro"
      if ((join || c.equals("member")) && SanctionFacts.inADocumentNotAdopted(s, h, join ? 3 : 8)) continue;
      if (join && s.near(h.to(), 0, 2, "adopted")) continue;       // "приняла резолюцию", "принял участие в саммите"
      if ((join || leave || c.equals("member")) && (MembershipFacts.wanted(s, h) || MembershipFacts.ifItHappens(s, h))) continue;   // "wollen der Nato beitreten", "хочет стать членом ШОС", "will ... verlassen"
      if (c.equals("member") && (s.near(h.from(), 1, 0, "associate") || s.near(h.to(), 0, 1, "associate"))) continue; // "associate member"
      // "full membership of the Moscow-led bloc is not on the agenda": the membership noun as the subject a negation denies
      // (not "членство Армении в ОДКБ не сдержало Азербайджан": the negated verb has an object of its own, the membership is given)
      if (abstractNoun && s.cues("negation").stream().anyMatch(n -> n.from() >= h.to() && n.from() - h.to() <= 8 && !s.commaBetween(h.to() - 1, n.from())
          && !MembershipFacts.negatedVerbHasAnObject(s, n))) continue;
      // "hat eine Vollmitgliedschaft bislang stets abgelehnt": a German noun of membership that the verb at the clause's end rejects
      // (not "das EU-Mitglied Bulgarien blockiert": the noun names its member)
      if (ctx.lang == Language.DE && h.from() > s.from && s.tokens.get(h.from()).capitalized() && !listedRightAfter
          && !MembershipFacts.memberBeforeName(s, h) && s.nearAfter(h, 6, "modal")) continue;
      boolean lateNegation = ctx.lang == Language.DE || ctx.lang == Language.RU;   // "Ein Nato-Beitritt Georgiens steht nicht zur Debatte", "не обсуждается"
      if (lateNegation && !listedRightAfter && !MembershipFacts.memberBeforeName(s, h) && s.nearAfter(h, 10, "negation")
          && !(abstractNoun && s.cues("negation").stream().allMatch(n -> MembershipFacts.negatedVerbHasAnObject(s, n)))) continue;
      Mention org = MembershipOrganizations.nearestOrganization(s, h);
      if (s.covered(h.from(), "formverb") && (org == null || org.from() < h.to())) continue;   // not "die EU bilden eine Zollunion": what is formed follows
      // "formado por ... y el propio OIEA", "В него входят Дания, ..., а также Европейская комиссия": a member listed after the states
      boolean orgListed = org != null && org.from() >= h.to() && MemberLists.listedAfterStates(s, h, org);
      if (orgListed && s.covered(h.from(), "comprise")) continue;
      if (orgListed && c.equals("member")) org = null;       // the members are of the organization spoken of
      // one joins what follows the verb: "Poland, already in NATO, joined the EU", "traten später der Nato bei"
      if ((join || leave) && (ctx.lang != Language.DE || s.covered(h.from(), "verbsecond"))) {
        Mention after = MembershipOrganizations.organizationRightAfter(s, h);
        if (after != null) org = after;
      }
      // "Marruecos fundó en 1989, junto a Argelia, ..., la Unión del Magreb Árabe": what a founding verb founded follows it
      // (not "created by the BRICS countries", "созданного странами БРИКС": after a passive, the founders)
      boolean passiveFounding = s.covered(h.to() - 1, "by") || h.to() < s.to && s.covered(h.to(), "by");
      if (s.covered(h.from(), "found") && s.nearAfter(h, 2, "negation")) continue;      // "the document created no alliance"
      if (s.covered(h.from(), "found") && ctx.lang != Language.DE && ctx.lang != Language.RU && h.from() > s.from && !passiveFounding) {
        Mention founded = null;
        for (Mention m : s.mentions) {
          if (m.isOrganization() && m.from() >= h.to() && m.from() - h.to() <= 12 && !s.clauseIn(h.to(), m.from())) {
            founded = m;
            break;
          }
        }
        // "l'accordo ... che crea una delle più grandi aree di libero scambio": a relative founds what follows it, or nothing named
        // ("the four nations that created the South American customs union": a word for the organization spoken of)
        if (founded == null && s.covered(h.from(), "relative") && !s.near(h.to(), 0, 5, "orgref")) continue;
        if (founded != null) org = founded;
      }
      if (join && org != null && MembershipFacts.organizationJoinsStates(s, h, org)) continue;
      if (org != null && MembershipOrganizations.distance(org, h) > 10) org = null;   // too far to be what was joined
      // "..., die zu den wichtigsten Waffenlieferanten Riads gehören, lehnen einen Lieferstopp der EU ab": German closes the clause
      // with its verb; an organization past the comma after it is another clause's
      if (org != null && ctx.lang == Language.DE && org.from() >= h.to() && s.covered(h.from(), "comprise") && s.commaBetween(h.to() - 1, h.to())) org = null;
      // "Frankreich und Großbritannien, die zu den wichtigsten Waffenlieferanten Riads gehören": a ranking, no organization
      if (c.equals("member") && org == null && s.covered(h.from(), "comprise") && s.near(h.from(), 6, 6 + h.to() - h.from(), "superlative") && !s.near(h.from(), 6, 6 + h.to() - h.from(), "orgref")) continue;
      // "aver notificato il ritiro alle Nazioni Unite": where one leaves "from", "to" names whom it was told
      // ... also past the office told: "notifié son retrait au secrétaire général de l'ONU"
      boolean told = ctx.lang == Language.IT || ctx.lang == Language.ES ? org != null && org.from() - h.to() <= 2
          : ctx.lang == Language.FR && org != null && (org.from() - h.to() > 2       // not "n'appartient plus à l'ALBA"
              || h.from() > s.from && s.covered(h.from() - 1, "poss"));               // but "notifié son retrait aux Nations unies"
      if (told && c.equals("leave") && org.from() > h.to() && org.from() - h.to() <= 5 && s.covered(h.to(), "dative") && !s.covered(h.to(), "from")) continue;
      if (org != null && s.near(org.from(), 2, 0, "outside")) continue;   // "leaves Russia as the largest economy outside the WTO"
      // "Die vier Gründungsmitglieder hatten das Forum ... am Rande eines Gipfels des Europarats gegründet": the reference word is theirs
      boolean referred = org != null && ctx.lastOrganization != null && MembershipOrganizations.referenceBefore(s, h, org);
      if (referred) org = null;
      // one leaves what comes after the verb ("lascia la Nato"); German puts the verb last ("aus der Nato ausgetreten")
      // ... but "the Commonwealth, which Zimbabwe quit in 2003": the relative pronoun after it is the verb's object
      boolean objectRelative = org != null && org.to() < s.to && s.covered(org.to(), "relative") && h.from() - org.to() <= 4;
      if (leave && org != null && ctx.lang != Language.DE && org.to() <= h.from() && !s.covered(h.from(), "member") && !objectRelative) org = null;
      // "планами Вашингтона по созданию системы": founding words give members only of an organization named, or right at the start ("Его основали")
      if (org == null && s.covered(h.from(), "found") && !s.has("orgref") && h.from() - s.from > 3) continue;
      if (org == null) org = MembershipOrganizations.namedBeforeReference(s, h);     // "l'Alba, le bloc dont le Venezuela est le membre"
      List<Mention> joinedList = org == null && join ? MemberLists.statesJoined(s, h) : List.of();   // "Kinshasa rejoint ainsi le Burundi, le Kenya..."
      boolean listJoined = !joinedList.isEmpty();
      boolean bareJoin = org == null && join && MemberLists.joinsWhatWasSaid(s, h);       // "Vietnam joined in 1995"
      List<String> orgIds = new ArrayList<>();
      if (org != null) orgIds.addAll(MembershipOrganizations.coordinated(s, org));
      else if ((s.has("orgref") || c.equals("member") || listJoined || bareJoin) && !(c.equals("member") && MembershipOrganizations.belongsToSomethingElse(s, h))) {
        Mention before = MembershipOrganizations.organizationBefore(s, h);              // "la Comunidad de África Oriental (EAC) ... miembro del bloque"
        String referent = ctx.referredOrganization(s);
        if (referred) orgIds.add(referent);
        else if (before == null && ctx.referredAlliance(s, h) != null) orgIds.add(ctx.referredAlliance(s, h));   // "dem Bündnis beigetreten", not the UN named since
        else if (before != null && (s.has("orgref") || s.near(h.from(), 3, 0, "poss"))) orgIds.add(before.id());   // "SADC ... Zimbabwe, one of its 16 member states"
        else if (join && !listJoined && ctx.mainOrganization() != null) orgIds.add(ctx.mainOrganization());
        else if (referent != null) orgIds.add(referent);
      }
      if (org != null && leave) for (String o : MembershipOrganizations.leftAfterwards(s, org)) if (!orgIds.contains(o)) orgIds.add(o);
      if (orgIds.isEmpty()) continue;
      // "проголосовал за вступление в союз России и Белоруссии": what is joined is the states' own union, not one read before
      if (org == null && !s.covered(h.from(), "found") && s.cues("orgref").stream().anyMatch(r -> r.from() >= h.to() && r.from() - h.to() <= 3 && ctx.ofAState(s, r))) continue;
      if (CountedMembers.counted(s, h)) {        // "l'Igad compte huit membres : Djibouti, ...", "32 members, including X"
        List<Mention> listed = CountedMembers.listed(s, h);
        // "Zimbabwe, one of its 16 member states": no list, the state in apposition
        Mention apposed = listed.isEmpty() && c.equals("member") ? MemberLists.apposedState(s, h) : null;
        if (apposed != null) listed = List.of(apposed);
        for (Mention m : listed) {
          if (MemberSubjects.onlyExcepted(s, m.id())) continue;
          for (String o : orgIds) ctx.relate(s, Relation.MEMBER_OF, m.id(), o, Relation.ACTIVE, null, "membership", s.words(h.from(), h.to()));
        }
        continue;
      }
      List<String> states = new ArrayList<>();
      List<Mention> apposedTo = c.equals("member") ? MemberSubjects.apposedInList(s, h) : List.of();
      for (List<Mention> chain : Mentions.stateChains(s)) {
        // the states named right after the word are all it describes: not "Sweden's bid ... fellow members Turkey and Hungary"
        if (listedRightAfter && chain.get(0).from() != h.to()) continue;   // nor "NATO members Poland and Lithuania border Belarus"
        Mention first = chain.get(0);
        Mention last = chain.get(chain.size() - 1);
        int window = ctx.lang == Language.DE ? WINDOW + 2 : WINDOW;          // German puts the verb last
        // "its neighbours, including Zimbabwe, Zambia and Botswana, are already members": the list names the subject's members
        boolean relative = MemberSubjects.relativeSubject(s, h, last) || s.near(first.from(), 1, 0, "including") && (h.from() - last.to() <= 3 || MemberSubjects.wordsBetween(s, last.to(), h.from()) <= 7 && !s.clauseIn(last.to(), h.from()));
        int nameWords = MemberSubjects.organizationWordsBetween(s, last.to(), h.from());     // a long name counts as one word: "der Organisation des Vertrags über kollektive Sicherheit (OVKS) angehört"
        boolean near = last.to() > h.from() - window - nameWords && first.from() < h.to() + window || relative;
        // German closes a clause with its verb: past the comma after "angehört, grenzt ... an Afghanistan" is another clause,
        // also after its auxiliaries ("aufgenommen worden, teilten Diplomaten ... in Marokko mit")
        if (ctx.lang == Language.DE && first.from() >= h.to() && s.commaBetween(h.to() - 1, MembershipFacts.verbClusterEnd(s, h))) continue;
        // "fanno tuttora parte Venezuela, Bolivia, Guyana e Suriname; Cile ... l'hanno invece abbandonata": a semicolon parts two statements
        if (last.to() <= h.from() ? s.semicolonBetween(last.to() - 1, h.from()) : first.from() >= h.to() && s.semicolonBetween(h.to() - 1, first.from())) continue;
        // "expelled Russia on Wednesday over its invasion of Ukraine": after the cue, the first list named is its object
        if (leave && first.from() > h.to() && Mentions.stateBetween(s, h.to(), first.from())) continue;
        // "it walked out of the club of Britain's former colonies": a possessive after the verb names no one who leaves
        if (leave && first.from() > h.to() && chain.size() == 1 && first.isPossessive()) continue;
        // "En réaction, la Turquie, membre de l'Alliance, a invoqué": a cue right after the list's comma describes the list
        // (not "les votes négatifs de Moscou et de Pékin, membres permanents du Conseil": the object of a preposition)
        boolean described = c.equals("member") && last.to() <= h.from() && h.from() - last.to() <= 2 && s.commaBetween(last.to() - 1, last.to())
            && MembershipFacts.describingWords(s, last.to(), h.from()) && !Mentions.objectOfPreposition(s, first) && !s.near(first.from(), 2, 0, "from");
        if (!near || (last.to() <= h.from() && !described && !relative && Mentions.enclosed(s, first, last, h.from()))) continue;
        if (last.to() <= h.from() && MembershipFacts.bracketBetween(s, last.to() - 1, h.from())) continue;   // "(Estados Unidos, ..., Israel) ha firmado..., y los miembros"
        // "предоставить Индии, Пакистану и Ирану статус наблюдателей", "India and Iran as observers": the list's own standing
        if (s.near(last.to(), 0, 3, "apply") && !s.commaBetween(last.to() - 1, Math.min(s.to - 1, last.to()))) continue;
        // "Turkey, a NATO member, blocked Sweden's bid": past the comma that closes it, the cue describes no one
        if (c.equals("member") && MemberSubjects.pastApposition(s, h, first)) continue;
        // "Italy, together with the other EU countries, recognised Montenegro": after the countries, only those they include
        if (countries && !MemberLists.includedAfter(s, h, first, listedRightAfter)) continue;
        if (!states.isEmpty() && MemberSubjects.anotherClauseAfter(s, org, first, last)) continue;   // "Albania e Moldova entrano nel Consiglio d'Europa, la Russia resta in attesa"
        for (Mention m : chain) {
          if (!apposedTo.isEmpty() && !apposedTo.contains(m)) continue;     // "fra la Romania, membro dell'Unione, e l'Ucraina": those it describes
          if (MemberSubjects.pastWhatWasFounded(s, h, org, m) || MemberSubjects.besideTheMembers(s, h, m) || MemberSubjects.pastWhatWasJoined(h, org, m)) continue;
          if (MemberSubjects.subject(s, h, m) && !MemberSubjects.otherClause(s, m, h) && !states.contains(m.id())) states.add(m.id());
        }
      }
      for (Mention m : joinedList) if (!states.contains(m.id())) states.add(m.id());   // "se suma a Guatemala, El Salvador...": all those it joins are members
      if (!states.isEmpty() && org != null) for (Mention m : MemberLists.alreadyThere(s, h)) if (!states.contains(m.id())) states.add(m.id());
      if (org != null) {
        for (Mention m : Mentions.chainsNear(s, org.from(), org.to(), 3)) {
          if (s.clauseSeparates(m.from(), m.to(), org.from(), org.to()) || !apposedTo.isEmpty() && !apposedTo.contains(m)) continue;   // "se unieron a los BRICS, mientras que Argentina..."
          if (!states.isEmpty() && MemberSubjects.anotherClauseAfter(s, org, m, m)) continue;
          if (listedRightAfter && m.to() <= h.from() && (Mentions.objectOfPreposition(s, m) || s.near(m.from(), 1, 0, "origin"))) continue;   // "Warnungen aus Washington hat das Nato-Mitglied Türkei"
          if (countries && !MemberLists.includedAfter(s, h, m, listedRightAfter) || MemberSubjects.pastWhatWasJoined(h, org, m)) continue;
          if (MemberSubjects.subject(s, h, m) && !(c.equals("member") && MemberSubjects.pastApposition(s, h, m)) && !states.contains(m.id())) states.add(m.id());
        }
      }
      // "Le pays fait déjà partie ... aux côtés du Kenya": the topic, when the sentence names no state before ("Правительство Испании ..., что страна")
      if (states.isEmpty() && TheCountry.theCountryBefore(s, h) && Subjects.statesBefore(s, h.from(), 25).isEmpty()) {
        // "Biden agradeció a España su papel en la Alianza, a la que el país pertenece": the one state the sentence named before
        String only = TheCountry.onlyStateBeforeTheCountry(s);
        if (only != null || ctx.topic != null) states.add(only != null ? only : ctx.topic);
      }
      if (states.isEmpty()) states.addAll(MemberLists.theirCountries(s, h));   // "the rulers of Burkina Faso, Mali and Niger said their countries were quitting ECOWAS"
      int joinedEnd = MembershipOrganizations.whatIsJoinedEnds(s, h, org);
      if (join) joinedEnd = Math.max(joinedEnd, MemberLists.admittedEnd(s, h));   // "admitted North and South Korea on Tuesday, together with Estonia"
      List<String> beside = new ArrayList<>();        // "membre de l'Asean, aux côtés de Brunei", "sexto miembro del bloque junto a Kenia"
      int besideFrom = h.from();                       // the subject stands before the states named beside it
      for (Cues.Hit a : s.cues("alongside")) {
        // ... or before the cue in its clause: "das 1995 gemeinsam mit Finnland und Schweden der Europäischen Union beitrat"
        boolean before = a.to() <= h.from() && h.from() - a.to() <= 8 && !s.commaBetween(a.from(), h.from()) && !s.clauseIn(a.to(), h.from());
        boolean between = org != null && a.from() >= h.to() && a.to() <= org.from();   // "trat 1995 gemeinsam mit Finnland der EU bei"
        // "insieme ad altri quindici Paesi tra cui Spagna, Portogallo": the others counted, then those named among them
        Cues.Hit among = s.firstAfter(a, "including", 6);
        int from = among != null && !Mentions.stateBetween(s, a.to(), among.from()) ? among.to() : a.to();
        List<Mention> listed = Mentions.listAfter(s, from, 3, java.util.Set.of(Entity.STATE));
        // "Österreich wurde zusammen mit 15 weiteren Staaten, darunter Italien, ..., Finnland, in die UN aufgenommen": the list ends by the cue
        boolean listBefore = among != null && from != a.to() && !listed.isEmpty() && listed.get(listed.size() - 1).to() <= h.from()
            && h.from() - listed.get(listed.size() - 1).to() <= 6 && !s.clauseIn(a.to(), h.from());
        if (a.from() >= joinedEnd && MemberSubjects.wordsBetween(s, joinedEnd, a.from()) <= 4 || before || between || listBefore) {
          for (Mention m : listed) {
            if (!beside.contains(m.id()) && !Mentions.modifiesAPerson(s, m)) beside.add(m.id());   // not "aux côtés du président malgache"
          }
          if (listBefore) besideFrom = a.from();
        }
      }
      if (comprising) {                          // "La organización ... agrupa a las economías de Europa Occidental ..., además de Japón, Australia"
        for (Mention m : MemberLists.comprised(s, h)) if (!states.contains(m.id())) states.add(m.id());
      }
      // "было учреждено ... Белоруссией, Казахстаном": founders only in the instrumental (not "будет учреждён Совет Россия – НАТО")
      if (s.covered(h.from(), "passivefound")) {
        states.clear();
        states.addAll(MemberLists.foundersInTheInstrumental(s, h));
        if (states.isEmpty()) continue;
      }
      if (states.isEmpty() && s.covered(h.from(), "found")) {                 // "ont signé la charte ... instituant l'AES"
        for (Mention m : Subjects.statesBefore(s, h.from(), 40)) states.add(m.id());
      }
      // "эмбарго против стран Евросоюза, США, ...": the countries word as a preposition's object names no members of its own
      if (states.isEmpty() && countries && MemberLists.countriesAsObject(s, h)) continue;
      // (also when the states found are only those named beside the subject)
      if (states.isEmpty() || besideFrom < h.from() && beside.containsAll(states)) {   // "Le Gabon et le Togo, deux pays ..., ont été admis"
        for (Mention m : Subjects.statesBefore(s, besideFrom, 25)) {
          if (countries && MemberLists.joinedBefore(s, h, m) || s.inDateline(m)) continue;   // not "MOSCOU (AFP) - Une adhésion de la Géorgie"
          if (MemberSubjects.subject(s, h, m) && !MemberSubjects.otherClause(s, m, h)) states.add(m.id());   // not "la Russie, mais elle est aussi membre"
        }
      }
      // "Los ocho firmantes se convierten así en los miembros fundadores": the parties of the treaty just read
      if (states.isEmpty() && ctx.lastTreaty != null && s.near(h.from(), 6, 0, "signatories")) states.addAll(ctx.lastTreaty.parties());
      if (states.isEmpty() && c.equals("member")) {          // "солидарен с Турцией, одним из своих членов"
        Mention apposed = MemberLists.apposedState(s, h);
        if (apposed != null) states.add(apposed.id());
      }
      if (states.isEmpty()) states.addAll(MemberLists.afterOpening(s, h));   // "Seul pays de l'UE à ne pas avoir rejoint l'Otan, l'Autriche..."
      // "Les chefs d'État ... ont également réadmis les Seychelles", "приняли Индию в ШОС": those admitted follow the verb
      if (states.isEmpty() && join && s.covered(h.from(), "admitverb")) {
        List<Mention> admitted = Mentions.listAfter(s, h.to(), 2, java.util.Set.of(Entity.STATE));
        // (not "ha ammesso oggi Italia, Cina ... come osservatori permanenti": admitted as observers)
        boolean observers = !admitted.isEmpty() && s.near(admitted.get(admitted.size() - 1).to(), 0, 4, "apply");
        for (Mention m : admitted) if (!m.isAdjectival() && !observers) states.add(m.id());
      }
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
      for (String f : MemberLists.alsoMembers(s, h, org, states)) if (!states.contains(f)) states.add(f);   // "bildet mit Russland", "like Russia"
      if ((join || leave) && !states.isEmpty()) {
        for (Mention m : MemberLists.followers(s, h)) if (!states.contains(m.id())) states.add(m.id());
        for (Mention m : MemberLists.predecessors(s, h)) if (!states.contains(m.id())) states.add(m.id());
      }
      boolean groupSubject = s.near(h.from(), 3, 0, Cues.GROUPS);    // "die beiden NATO-Mitglieder"
      boolean besideAList = countries && MemberLists.besideAList(s, h);   // "gli Stati Uniti, l'Egitto e i sei Paesi del Golfo"
      List<Mention> grouped = groupSubject && !besideAList ? MemberLists.groupNamedBefore(s, h) : List.of();   // "Italia e Francia, entrambe fondatrici"
      if (!grouped.isEmpty()) {
        states.clear();
        for (Mention m : grouped) if (!states.contains(m.id())) states.add(m.id());
      } else if ((states.isEmpty() && !MembershipFacts.ofTheOrganization(s, h) && !MemberLists.groupElsewhere(s, h) || (groupSubject && !ctx.group(s).isEmpty()))
          && !besideAList) {   // not "entre sus miembros"
        states.clear();
        states.addAll(ctx.group(s));
      }
      // "CAIRO (Reuters) - The Arab League restored...", "(ANSA) - GIBUTI - ... del vertice svoltosi a Gibuti"
      // ... nor "un vertice virtuale ospitato dall'India": the host
      // ... nor "WASHINGTON - ... al depositar el embajador español en Estados Unidos": a post abroad
      states.removeIf(id -> s.namedOnlyInDateline(id, m -> Venues.isVenue(s, m) || Venues.heldAt(s, m) || s.near(m.from(), 2, 0, "presence")
          || m.from() - 1 > s.from && s.covered(m.from() - 1, "venue") && s.near(m.from() - 1, 3, 0, "title", "nonstate", "officials")));
      if (bareJoin) states.removeIf(id -> MembershipFacts.onlyAsAdjective(s, id)); // "le Mozambique, ex-colonie portugaise admise en 1995"
      // "agrupa a los 33 países de América Latina y el Caribe, sin Estados Unidos ni Canadá"; "il Consiglio Nato-Russia"
      states.removeIf(id -> MemberSubjects.onlyExcepted(s, id) || MembershipOrganizations.onlyHyphenedToAnOrganization(s, id));
      // "членство Армении в ОДКБ не сдержало Азербайджан": the negated verb's object is no member
      if (abstractNoun) states.removeIf(id -> s.cues("negation").stream().anyMatch(n -> n.from() > h.to() && MembershipFacts.objectsOfNegatedVerb(s, n).contains(id)));
      // "au groupe des Brics, qui réunit les grandes économies émergentes": what the relative gathers follows it
      if (s.covered(h.from(), "comprise") && h.from() > s.from && s.covered(h.from() - 1, "relative") && !s.near(h.to(), 0, 3, Cues.GROUPS)) states.removeIf(id -> !MemberLists.namedAfter(s, id, h.to()));
      // "La Turquie, membre de l'OTAN, et le Pakistan, membre de l'OTASE": a closed apposition describes its own state only
      Mention apposed = c.equals("member") && org != null ? MembershipFacts.closedApposition(s, h, org) : null;
      if (apposed != null) {
        states.clear();
        states.add(apposed.id());
      }
      Mention partnered = states.isEmpty() || !s.covered(h.from(), "partner") ? null : MembershipOrganizations.partnersState(s, h);
      if (partnered != null && !states.contains(partnered.id())) states.add(partnered.id());   // "Brasil, socio de Argentina en el Mercosur": both
      boolean out = c.equals("join") && MembershipFacts.separableOut(s, h);  // "trat ... aus der OPEC aus"
      if (out && s.near(h.from(), 12, 0, "exclude")) continue;     // "schließt ... den Beitritt zu Militärbündnissen aus": ruled out
      String status = leave || out || MembershipFacts.leaveBeside(s, h) ? Relation.ENDED : Relation.ACTIVE;
      // "rejoined the Commonwealth ..., 33 years after it walked out of the club": a leaving told after "after" is the joining's past
      // (also further on in the clause "after" opens: "cinque anni dopo che l'ex presidente Yahya Jammeh aveva ritirato il Paese")
      // (or told in a relative on the state just readmitted: "ont réadmis les Seychelles, qui avaient quitté l'organisation en 2004")
      boolean past = status.equals(Relation.ENDED) && (s.near(h.from(), 3, 0, "afterwards") || MembershipFacts.leftBeforeInARelative(s, h)
          || s.cues("afterwards").stream().anyMatch(a -> a.to() <= h.from() && h.from() - a.to() <= 8 && !s.commaBetween(a.from(), h.from())));
      for (String st : states) {
        for (String o : orgIds) {
          if (past && MembershipFacts.joinedHere(s, ctx, st, o)) continue;
          ctx.relate(s, Relation.MEMBER_OF, st, o, status, s.dateNear(h.from()), "membership", s.words(h.from(), h.to()));
        }
      }
      named = org;
    }
    rememberOrganization(s, ctx, named);
  }

  /**
   * Keeps the organization the sentence speaks of for "the bloc" and "l'Alliance" in the sentences
   * after: the one a membership was read of, else the first named as a subject, else the first named.
   */
  private static void rememberOrganization(SentenceView s, ArticleContext ctx, Mention named) {
    Mention object = null;
    for (Mention m : s.mentions) {
      // not "Brüssel (dpa) -" nor "teilte ... in Brüssel mit": a seat named as a place is no organization spoken of
      if (!m.isOrganization() || Venues.isVenue(s, m) || s.inDateline(m)) continue;
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
    if (named != null && !MembershipFacts.deniedMembership(s, named)) ctx.lastOrganization = named.id();
  }

  /** A suspended membership is no membership: the article's lists of members leave the suspended out. */
  @Override
  public void finish(ArticleContext ctx) {
    Suspensions.finish(ctx);
    Dissolutions.finish(ctx);
  }
}

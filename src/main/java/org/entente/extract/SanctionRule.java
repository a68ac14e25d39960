package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SANCTIONS from the sentences that speak of sanctions imposed or in force. The source is the
 * actor written as the sanctions' adjective ("EU sanctions", "sanctions occidentales",
 * "западные санкции"), else the one after "by"/"from" (passive), else the actors before the cue.
 * The targets follow "on"/"against"/"contre"/"gegen"/"против", or the verb directly, or, with an
 * adjective source and no preposition, are the states the sentence is about. Ended when lifted.
 */
final class SanctionRule implements Rule {

  static final Set<String> TARGETS = Set.of(Entity.STATE, Entity.ORGANIZATION, Entity.LEADER);
  static final Set<String> SOURCES = Set.of(Entity.STATE, Entity.ORGANIZATION);

  @Override
  public void apply(SentenceView s, ArticleContext ctx) {
    applyCues(s, ctx);
    ImportBans.apply(s, ctx);
    EntryBans.apply(s, ctx);
    AssetFreezes.apply(s, ctx);
    FollowUpMeasures.apply(s, ctx);
    String sanctioned = sanctionedHere(s, ctx);
    if (sanctioned != null) ctx.lastSanctioned = sanctioned;
  }

  /** The state a sentence about sanctions speaks of as under them: a target found, else its subject state. */
  private static String sanctionedHere(SentenceView s, ArticleContext ctx) {
    if (!s.has("sanction")) return null;
    for (Relation r : ctx.relations.values()) {
      if (!r.type().equals(Relation.SANCTIONS) || !s.sentence.text().equals(r.evidence())) continue;
      if (ctx.gazetteer.isState(r.target())) return r.target();
      String led = ctx.leaderState(r.target());      // "Sanktionen gegen Simbabwes Staatschef Robert Mugabe": his state is the one under them
      if (led != null) return led;
    }
    // "Gli Stati Uniti hanno chiarito che le proprie sanzioni ... restano in vigore": the subject owns them
    if (s.cues("sanction").stream().anyMatch(h -> s.near(h.from(), 3, 0, "ownposs"))) return null;
    String subject = Subjects.sentenceSubject(s);
    if (subject != null) return subject;
    for (Mention m : s.mentions) {                   // "spiegando che Pyongyang chiedeva la revoca delle sanzioni"
      boolean name = !m.isAdjectival();
      if (m.isState() && name && !Mentions.objectOfPreposition(s, m) && !Venues.isVenue(s, m) && !s.inDateline(m)) return m.id();
    }
    return null;
  }

  private void applyCues(SentenceView s, ArticleContext ctx) {
    for (Cues.Hit h : s.cues("sanction")) {
      if (SanctionFacts.notInForce(s, ctx, h)) continue;
      AgainstWhich.Found relative = AgainstWhich.find(s, h);   // "Iran, against which Washington has imposed sanctions"
      if (relative != null) {
        List<Mention> targets = new ArrayList<>(relative.targets());
        targets.addAll(SanctionTargets.regimeStates(s, ctx, targets));   // "el Gobierno de Nicolás Maduro, contra el que Washington mantiene"
        relate(s, ctx, h, relative.sources(), targets, null, null, null);
        continue;
      }
      // a list is put on or added to: a call, a veto or a denial anywhere before makes it no fact ("urged Brussels to add X to the list")
      boolean listed = SanctionSources.listedOn(s, h);
      if (listed && s.near(h.from(), h.from() - s.from, 0, "modal", "negation")) continue;
      List<Mention> sources = new ArrayList<>();
      List<Mention> targets = new ArrayList<>();
      String agentLeaderState = null;
      Mention adjective = SanctionSources.adjectiveSource(s, h, ctx.lang);
      // French, Spanish and Italian put the adjective after the noun: "leurs alliés européens ont gelé" has no EU sanctions
      boolean romance = ctx.lang == Language.FR || ctx.lang == Language.ES || ctx.lang == Language.IT;
      String euAdjective = adjective == null && ((!romance && s.near(h.from(), 2, 0, "eu")) || s.near(h.to(), 0, 1, "eu")) ? "EU" : null;
      boolean passive = SanctionSources.passive(s, h);
      SanctionSources.Placed placed = SanctionSources.placedUnder(s, h);   // "placed Lukashenko under sanctions"
      if (placed != null) {
        passive = false;
        targets.addAll(placed.objects());
        sources.addAll(Subjects.subjectBefore(s, placed.verb().from(), 25));
      }
      Cues.Hit against = TargetPreposition.find(s, h, ctx.lang);
      // "froze the assets held by President X": after the active verb and its object, "by" names their holder, not an agent
      boolean assets = FrozenAssets.endsWithAssets(s, h);
      Cues.Hit by = assets ? null : s.firstAfter(h, "by", 3);
      if (by != null && s.covered(by.from(), "linked")) by = null;   // "sanciones por la invasión de Ucrania": their occasion, no agent
      if (by == null && !assets) by = SanctionSources.fromRightAfter(s, h);
      if (by == null && !assets) by = SanctionSources.agentOfTheirVerb(s, h);   // "Les sanctions imposées à l'Iran ont été levées samedi par l'UE"
      Mention anti = SanctionTargets.antiRightBefore(s, h);                    // "антироссийские санкции и ... меры против Ирана": Russia is this cue's target
      if (anti != null) {
        targets.add(anti);
        if (against != null && s.near(h.to(), 0, against.from() - h.to(), "coord")) against = null;
      }
      // "введенного СНГ против Абхазии": a name the tables do not hold is the target, and it is no state
      if (against != null && targets.isEmpty() && SanctionTargets.objectsAfter(s, against).isEmpty() && SanctionTargets.unknownNameAfter(s, against)) continue;
      if (against != null) {
        for (Mention m : SanctionTargets.objectsAfter(s, against)) if (SanctionedPeople.aTarget(s, ctx, m)) targets.add(m);
        for (Mention m : SanctionTargets.coordinatedObjects(s, against)) if (SanctionedPeople.aTarget(s, ctx, m) && !targets.contains(m)) targets.add(m);
      }
      String described = null;                                   // "gegen das Emirat", "against the kingdom": the state just spoken of
      Cues.Hit against2 = against != null ? against : lastBefore(s, h, "against", 4);
      if (targets.isEmpty() && against2 != null && (s.near(against2.to(), 0, 2, "thecountry") || SanctionTargets.describedCountryAt(s, against2.to()))) {
        described = SanctionTargets.describedState(s, ctx, against2);
      }
      Cues.Hit againstFar = against2 != null ? against2 : s.firstAfter(h, "against", 12);   // "sanciones de Estados Unidos y de la UE contra su Gobierno"
      if (targets.isEmpty() && described == null && againstFar != null) described = SanctionTargets.ownGovernment(s, ctx, againstFar);
      if (adjective != null) {
        sources.add(adjective);
        sources.addAll(SanctionSources.andThoseOf(s, adjective));
        sources.addAll(SanctionSources.coordinatedBefore(s, adjective, h));
        if (ctx.lang == Language.RU && adjective.from() >= h.to()) sources.addAll(SanctionAgent.genitivesJoined(s, adjective));   // "Санкции ООН и Евросоюза"
      } else if (by != null) {
        List<Mention> agents = Mentions.listAfter(s, by.to(), 3, SOURCES);
        // not "décidées par ses partenaires contre l'Iran": past another preposition the name is its object
        if (!agents.isEmpty() && s.near(by.to(), 0, agents.get(0).from() - by.to(), "against", "on")) agents = List.of();
        sources.addAll(agents);
        if (!sources.isEmpty()) sources.addAll(SanctionSources.andThoseOf(s, sources.get(sources.size() - 1))); // "dell'Onu e quelle americane"
        if (targets.isEmpty() && !sources.isEmpty()) targets.addAll(SanctionTargets.onAfter(s, sources.get(sources.size() - 1).to())); // "imposé par Washington à Cuba"
      } else if (euAdjective == null) {
        SanctionAgent.Found agent = SanctionAgent.find(s, h, ctx.lang);  // "the sanctions that the EU imposed on Russia"
        if (agent != null) {
          sources.addAll(agent.sources());
          for (Mention m : agent.sources()) {
            if (m.kind().equals(Entity.LEADER) && agentLeaderState == null) agentLeaderState = ctx.leaderState(m.id());
          }
          by = agent.marker();
          if (targets.isEmpty() && agent.target() != null) {
            for (Mention m : Mentions.listAfter(s, agent.target().to(), 4, TARGETS)) if (SanctionedPeople.aTarget(s, ctx, m)) targets.add(m);
            // "el embargo ... que Washington mantiene sobre la isla": the state the article is about
            boolean topic = ctx.topic != null && agent.sources().stream().noneMatch(m -> m.id().equals(ctx.topic));
            if (targets.isEmpty() && described == null && topic && s.near(agent.target().to(), 0, 2, "thecountry")) described = ctx.topic;
          }
          // "imposte allora dalla Russia alla Turchia": the target right after the agent
          if (targets.isEmpty() && agent.target() == null && !sources.isEmpty()) targets.addAll(SanctionTargets.onAfter(s, sources.get(sources.size() - 1).to()));
        }
      }
      Mention agent = sources.isEmpty() && adjective == null ? SanctionSources.agentBeforeWith(s, h) : null;
      if (agent != null) sources.add(agent);
      boolean adopted = !sources.isEmpty() || euAdjective != null;
      if (adopted) sources.addAll(SanctionAdopters.adopters(s, h, sources, ctx.lang)); // "Switzerland adopted the EU's sanctions"
      if (sources.isEmpty() && euAdjective == null && !passive && listed) sources.addAll(FirstSubjects.of(s, h)); // "МИД России внес X в стоп-лист"
      // "санкции против Мадуро ввели США"; not when the subject stands before: "Совет Безопасности ООН ... ввел санкции ... объявленное Пхеньяном"
      // (a subject before a colon is another clause's: "Япония действует ... с партнёрами: ... санкции против России ввели ЕС и США")
      if (sources.isEmpty() && euAdjective == null && ctx.lang == Language.RU
          && Subjects.subjectBefore(s, h.from(), 25).stream().allMatch(m -> s.markBetween(m.to() - 1, h.from(), ":;"))) sources.addAll(SanctionSources.subjectAfterVerb(s, h));
      // "a décidé de geler les avoirs de ..., dans le cadre d'un deuxième train de sanctions contre la Russie": the subject's package
      if (sources.isEmpty() && euAdjective == null && !passive && s.near(h.from(), 8, 0, "partof")) sources.addAll(FirstSubjects.of(s, h));
      if (sources.isEmpty() && euAdjective == null && !passive) sources.addAll(actingSubject(s, ctx, h));
      if (!adopted && !sources.isEmpty()) sources.addAll(SanctionAdopters.adopters(s, h, sources, ctx.lang)); // "Japan joined the US in sanctioning Russia"
      // "El presidente de Estados Unidos, Donald Trump, anunció...": a state that only names the person's office is not yet the source
      // "Siria, Trump sanziona la Turchia": a sitting leader between the state named first and the verb is the subject
      Mention leaderNearer = adjective == null && by == null && !sources.isEmpty() ? SanctionedPeople.leaderRightBefore(s, ctx, sources.get(sources.size() - 1).to(), h) : null;
      if (leaderNearer != null) {
        sources.clear();
        agentLeaderState = ctx.leaderState(leaderNearer.id());
      }
      boolean onlyOffices = !sources.isEmpty() && sources.stream().allMatch(m -> SanctionedPeople.modifiesAPerson(s, m) && !FirstSubjects.officeActs(s, m));
      String leaderState = (sources.isEmpty() || onlyOffices) && euAdjective == null && !passive ? SanctionSources.leaderSubject(s, ctx, h) : null; // "President Biden announced sanctions"
      if (leaderState == null) leaderState = agentLeaderState;
      if (leaderState == null && sources.isEmpty() && euAdjective == null && !passive) {
        leaderState = Pronouns.subject(s, h, ctx, "impose", "extend", "create", "lift", "reimpose");   // "It imposed sanctions on Iran"
      }
      if (targets.isEmpty() && listed && (!sources.isEmpty() || leaderState != null)) targets.addAll(SanctionSources.objectBefore(s, h, sources)); // "inscrit X sur sa liste noire"
      // "Lukashenko was added to the EU sanctions list", "Bachar al-Assad figure sur la liste noire de l'UE"
      if (targets.isEmpty() && listed && (adjective != null || euAdjective != null || by != null && !sources.isEmpty()) && SanctionedPeople.leaderOpens(s)) {
        targets.addAll(Subjects.subjectBefore(s, h.from(), 25, m -> TARGETS.contains(m.kind()) && !sources.contains(m) && !SanctionedPeople.modifiesAPerson(s, m)));
      }
      if (targets.isEmpty()) for (Mention m : s.mentions) if (SanctionTargets.againstNamed(s, h, m)) targets.add(m); // "sanctions antirusses"
      if (targets.isEmpty()) for (Mention m : s.mentions) if (SanctionTargets.originOfGoods(s, h, m)) targets.add(m); // "an Iranian oil embargo"
      if (targets.isEmpty()) targets.addAll(FrozenAssets.owners(s, h, ctx.lang));
      if (targets.isEmpty()) targets.addAll(SanctionedPeople.leadersIncluded(s, h));   // "a 40 altos cargos venezolanos, entre ellos el presidente Nicolás Maduro"
      if (targets.isEmpty()) {
        Cues.Hit from = s.firstAfter(h, "liftfrom", 4);        // "снятие санкций Совбеза ООН с Ирана"
        if (from != null && SanctionFacts.lifted(s, h, false)) targets.addAll(Mentions.listAfter(s, from.to(), 1, TARGETS));
      }
      if (targets.isEmpty()) {
        for (Cues.Hit a : s.cues("against")) {                  // "Gegen Nordkorea verhängte der Sicherheitsrat Sanktionen"
          if (a.to() > h.from() || h.from() - a.to() > 10 || s.near(h.from(), h.from() - a.to(), 0, "sanction")) continue;
          // not "ha allentato le sanzioni contro lo Zimbabwe, revocando il congelamento dei beni ... per otto esponenti":
          // the "against" of an earlier sanctions word, and this one falls on people of its own
          if (s.near(a.from(), 2, 0, "sanction") && s.near(h.to(), 0, 9, "nonstate")) continue;
          // (not "retaliated against Western sanctions": the adjective of the sanctions themselves)
          for (Mention m : Mentions.listAfter(s, a.to(), 1, TARGETS)) if (SanctionedPeople.aTarget(s, ctx, m) && !(m == adjective && m.to() == h.from())) targets.add(m); // not "gegen die die USA..."
        }
        sources.removeAll(targets);
      }
      targets.removeAll(sources);                               // "которые администрация Дональда Трампа ввела": the agent is no target
      if (targets.isEmpty() && by != null) {                    // "con Rusia, sancionada por la UE": the participle describes the name before its comma
        for (Mention m : s.mentions) {
          if (TARGETS.contains(m.kind()) && m.to() == h.from() && s.commaBetween(m.to() - 1, h.from()) && !sources.contains(m)) targets.add(m);
        }
      }
      if (targets.isEmpty() && !passive) {
        for (Mention m : SanctionTargets.imposedOnBefore(s, h)) if (SanctionedPeople.aTarget(s, ctx, m) && !sources.contains(m)) targets.add(m);
      }
      if (targets.isEmpty()) {
        if (passive) {
          int at = adjective != null && adjective.to() <= h.from() ? adjective.from() : h.from(); // not "U.N." of "under U.N. sanctions"
          Mention apposed = SanctionTargets.describedBeforeComma(s, at);            // "a year after Russia, already under Western sanctions, invaded"
          if (apposed != null) targets.add(apposed);
          else targets.addAll(Subjects.subjectBefore(s, at, 25, m -> TARGETS.contains(m.kind()) && !sources.contains(m) && SanctionedPeople.aTarget(s, ctx, m)));   // "X, hit by sanctions"
          targets.addAll(SanctionTargets.allOfAList(s, at, targets));            // "Rusia, Irán y Corea del Norte, todos bajo sanciones"
          targets.addAll(Asides.besideALikeAside(s, targets));          // "Белоруссия, как и Россия, находится под санкциями"
          // "Le pays, dirigé par le colonel Assimi Goïta, est soumis à de lourdes sanctions de la Cédéao": the state the article is about
          // (its sitting leader named in between says which: "dirigé par le colonel Assimi Goïta")
          if (targets.isEmpty() && described == null && TheCountry.theCountryBefore(s, h)) described = TheCountry.leadersStateBefore(s, ctx, h, ctx.topic);
        } else if ((adjective != null || by != null || euAdjective != null) && !SanctionedPeople.onPeopleNamedAfter(s, h)) {
          // "Iran saw a first batch of U.S. sanctions reimposed": the subject of the clause
          int at = adjective != null && adjective.to() <= h.from() ? adjective.from() : h.from();
          for (Mention m : subjectStatesBefore(s, at)) {
            // not "Moscou a critiqué les sanctions décidées par Bruxelles": the critic; the sanctions are those just spoken of
            if (s.near(at, at - m.to(), 0, "criticize")) {
              if (described == null && ctx.lastSanctioned != null && !ctx.lastSanctioned.equals(m.id())) described = ctx.lastSanctioned;
              continue;
            }
            if (!sources.contains(m) && !s.clauseSeparates(m.from(), m.to(), h.from(), h.to())) targets.add(m);
          }
        }
        // "Le sanzioni occidentali hanno spinto Mosca a ...": sanctions that are the subject act on the state after their verb
        boolean theSubject = adjective != null && adjective.isAdjectival() && !s.covered(s.body(), "circumstance");
        if (targets.isEmpty() && theSubject) targets.addAll(SanctionTargets.objectOfTheirVerb(s, h, adjective));
        if (targets.isEmpty() && (passive || adjective != null || by != null || euAdjective != null)) targets.addAll(SanctionTargets.afterOpening(s, h, sources));
        if (targets.isEmpty()) {
          int reach = 1;
          // "sanctionné le président X", "la giunta militare birmana", "ont sanctionné lundi le président"
          while (h.to() + reach - 1 < s.to && reach < 6 && (s.covered(h.to() + reach - 1, "det", "title", "regime") || s.inDay(h.to() + reach - 1))) reach++;
          for (Mention m : Mentions.listAfter(s, h.to(), reach, TARGETS)) { // "Washington sanctioned Caracas", "the EU sanctioned X"
            if (SanctionedPeople.aTarget(s, ctx, m)) targets.add(m);
          }
        }
        if (targets.isEmpty() && adjective != null && !theSubject) targets.addAll(SanctionTargets.objectOfTheirVerb(s, h, adjective));   // (the subject's case was read above)
      }
      targets.removeIf(t -> t.kind().equals(Entity.LEADER) && t.from() >= h.to() && s.near(t.from(), 5, 0, "aide")
          && !s.commaBetween(Math.max(h.to(), t.from() - 5), t.from()));   // "sanctions on the wife of President Ortega"
      targets.addAll(SanctionTargets.regimeStates(s, ctx, targets));
      relate(s, ctx, h, sources, targets, euAdjective, leaderState, described);
    }
  }

  /**
   * The subject that imposes sanctions with no adjective or agent to name their source: the actors
   * before the cue, or the sentence's first subject when the verb is joined to an earlier one by
   * "and", but not those who only judge, veto, abstain or act in a reason.
   */
  private static List<Mention> actingSubject(SentenceView s, ArticleContext ctx, Cues.Hit h) {
    List<Mention> subject = Subjects.subjectBefore(s, h.from(), 25);
    // "Japan joined the anti-Russian sanctions", "Washington imposed an Iranian oil embargo": the adjective is the target
    if (!subject.isEmpty() && (SanctionTargets.againstNamed(s, h, subject.get(0)) || SanctionTargets.originOfGoods(s, h, subject.get(0)))) subject = Subjects.subjectBefore(s, subject.get(0).from(), 25);
    // "La Cédéao a suspendu le Togo ... et imposé des sanctions": a verb joined by "and" shares the sentence's subject
    Cues.Hit imposed = lastBefore(s, h, "impose", 3);
    if (imposed == null) imposed = lastBefore(s, h, "create", 3);    // "barred Belarusian carriers ... and approved economic sanctions"
    if (imposed == null) imposed = lastBefore(s, h, "extend", 3);    // "lifted sanctions on ... to reward Minsk, but kept an arms embargo"
    if (imposed == null && h.from() > s.from && s.covered(h.from() - 1, "coord")) imposed = h;   // "suspend Lomé et sanctionne le régime"
    if (!subject.isEmpty() && imposed != null && imposed.from() > s.from && s.covered(imposed.from() - 1, "coord", "butclause")) {
      List<Mention> first = FirstSubjects.of(s, h);
      // (not "Japan folgte den USA und verhängte ...": the one followed imposes too)
      boolean followed = s.near(subject.get(0).from(), 2, 0, "adopt", "join");
      if (!first.isEmpty() && first.get(0).to() <= subject.get(0).from() && !followed) subject = first;
    }
    // "Япония заморозила активы Центробанка РФ и ввела санкции": the owner of an earlier measure is not the subject
    while (!subject.isEmpty() && SanctionSources.complementOfAnother(s, h, subject.get(0))) subject = Subjects.subjectBefore(s, subject.get(0).from(), 25);
    // "hob bei Enthaltung der USA und Frankreichs die Sanktionen auf": those who abstained did not act
    while (!subject.isEmpty() && s.near(subject.get(0).from(), 3, 0, "abstain")) subject = Subjects.subjectBefore(s, subject.get(0).from(), 25);
    // "Die US-Regierung hat wegen des Kaufs des russischen Raketenabwehrsystems Sanktionen verhängt": an adjective inside the reason
    while (!subject.isEmpty() && inAReason(s, subject.get(0))) subject = Subjects.subjectBefore(s, subject.get(0).from(), 25);
    // German negates after the object: "hat sich den Sanktionen gegen Russland nicht angeschlossen"
    boolean negatedLater = ctx.lang == Language.DE && s.nearAfter(h, 8, "negation");
    List<Mention> acting = new ArrayList<>();
    for (Mention m : subject) {
      // "Russia vetoed ... the sanctions": a veto, threat or denial between subject and cue is not imposing
      // nor "Le Caire, qui juge les sanctions trop timides": who judges or criticizes them
      boolean judged = false;                               // (not "The EU condemned Russia and imposed sanctions": another verb acts)
      for (Cues.Hit c : s.cues("criticize")) {
        judged |= c.from() >= m.to() && c.to() <= h.from() && !s.near(h.from(), h.from() - c.to(), 0, "impose", "create", "extend", "adopt");
      }
      if (!negatedLater && !judged && !SanctionFacts.deniedBetween(s, m.to(), h.from())) acting.add(m);
    }
    return acting;
  }

  /** The last cue of a category within {@code reach} words before the sanctions word. */
  private static Cues.Hit lastBefore(SentenceView s, Cues.Hit h, String category, int reach) {
    Cues.Hit best = null;
    for (Cues.Hit c : s.cues(category)) if (c.to() <= h.from() && h.from() - c.to() <= reach) best = c;
    return best;
  }

  private static void relate(SentenceView s, ArticleContext ctx, Cues.Hit h, List<Mention> sources, List<Mention> targets,
      String euAdjective, String leaderState, String described) {
    String status = SanctionFacts.lifted(s, h, ctx.lang == Language.DE) ? Relation.ENDED : Relation.ACTIVE;
    List<Mention> followed = SanctionAdopters.followed(s, h);
    List<String> targetIds = new ArrayList<>();
    for (Mention t : targets) {
      boolean isSource = sources.stream().anyMatch(m -> m.id().equals(t.id())) || t.id().equals(euAdjective) || followed.contains(t);
      if (isSource || SanctionedPeople.onlyPeopleOrCompanies(s, t) || !SanctionedPeople.sitting(s, ctx, t)) continue;
      if (s.namedOnlyInDateline(t.id(), true)) continue;                     // "Mendoza (Argentina), 29 jun (EFE).-": where the story was filed
      if (ctx.lang == Language.EN && SanctionedPeople.peopleOf(t)) continue;       // "targeting Saudis and Russians": nationals, not their states
      String president = SanctionedPeople.presidentNamedByTitle(s, ctx, t);   // "le président zimbabwéen": the sitting one
      targetIds.add(president != null ? president : t.id());
    }
    // "Estados Unidos mantiene un embargo contra la isla": the state described is not the one acting, but the one spoken of
    String spokenOf = described;
    if (described != null && sources.stream().anyMatch(m -> m.id().equals(described))) {
      // "Nachdem die IAEA dem Iran ... bescheinigt hat, haben die EU und die USA ihre Sanktionen gegen das Land aufgehoben":
      // the article's topic, else another state the sentence named before
      spokenOf = ctx.topic != null ? ctx.topic : SanctionTargets.otherStateBefore(s, h, sources);
    }
    if (targetIds.isEmpty() && spokenOf != null) targetIds.add(spokenOf);
    // "Both countries are under Western sanctions, though China's are limited": the group that opens the sentence
    boolean groupOpens = s.near(s.from, 0, 2, Cues.GROUPS) && targets.stream().allMatch(t -> t.from() >= h.to());
    if (targetIds.isEmpty() || groupOpens && ctx.group(s).containsAll(targetIds)) {
      targetIds.clear();
      targetIds.addAll(ctx.group(s));
    }
    if (targetIds.isEmpty() && SanctionFacts.stillInForce(s, h)) {                 // "Le sanzioni dell'Onu ... restano in vigore"
      String topic = ctx.topic;                 // with no sanctions read before, those kept are on the state the article speaks of
      if (ctx.lastSanctioned != null) targetIds.add(ctx.lastSanctioned);
      else if (topic != null && ctx.gazetteer.isState(topic) && sources.stream().noneMatch(m -> m.id().equals(topic))) targetIds.add(topic);
    }
    // "Auch Japan und Australien verhängten Sanktionen": others doing the same sanction the state just spoken of
    // ... as do "similar sanctions": "Canada and Britain announced similar sanctions"
    boolean same = s.near(h.from(), 8, 0, "also") && s.near(h.from(), 3, 3, "impose", "adopt") || s.near(h.from(), 2, 0, "similar") || s.near(h.to(), 0, 2, "similar");
    if (targetIds.isEmpty() && ctx.lastSanctioned != null && same && !s.near(h.to(), 0, 4, "against", "on")) targetIds.add(ctx.lastSanctioned);
    List<String> sourceIds = new ArrayList<>();
    for (Mention m : sources) {        // "The Russian president imposed": an office with no name after it acts for its state
      if (!m.kind().equals(Entity.LEADER) && (!SanctionedPeople.modifiesAPerson(s, m) || FirstSubjects.officeActs(s, m))) sourceIds.add(m.id());
    }
    if (euAdjective != null) sourceIds.add(euAdjective);
    if (sourceIds.isEmpty() && leaderState != null) sourceIds.add(leaderState);
    if (!sourceIds.isEmpty()) for (Mention m : followed) if (!sourceIds.contains(m.id())) sourceIds.add(m.id());
    // "and the United States scrapped most of its own sanctions in 1991": its own on the state just spoken of
    if (targetIds.isEmpty() && !sourceIds.isEmpty() && ctx.lastSanctioned != null && !sourceIds.contains(ctx.lastSanctioned)
        && (s.near(h.from(), 2, 0, "poss") || s.near(h.from(), 2, 0, "ownposs") && !s.has("lift") && !s.has("suspend"))
        && !s.nearAfter(h, 4, "against", "on", "nonstate")) targetIds.add(ctx.lastSanctioned);
    // "The EU adopted a package on Friday. The sanctions target Russia's oil exports": the sanctions just read
    if (sourceIds.isEmpty() && !targets.isEmpty() && opensTheSentence(s, h) && ctx.lastSanctioner != null) sourceIds.add(ctx.lastSanctioner);
    // "L'embargo avait été décrété par la Tanzanie, le Kenya...": the sanctions the article spoke of, on the state they fell on,
    // lifted if the article said so
    if (targetIds.isEmpty() && !sourceIds.isEmpty() && ctx.lastSanctioned != null && opensTheSentence(s, h)) {
      targetIds.add(ctx.lastSanctioned);
      for (Relation r : ctx.relations.values()) {
        if (r.type().equals(Relation.SANCTIONS) && r.target().equals(ctx.lastSanctioned) && r.status().equals(Relation.ENDED)) status = Relation.ENDED;
      }
    }
    for (String src : sourceIds) {
      for (String t : targetIds) {
        if (t.equals(src) || src.equals(ctx.leaderState(t))) continue;   // no state sanctions its own sitting leader
        ctx.relate(s, Relation.SANCTIONS, src, t, status, s.dateNear(h.from()), "sanctions", s.words(h.from(), h.to()));
        ctx.lastSanctioner = src;
      }
    }
  }

  /** Whether an adjective stands in a phrase of reason or circumstance ("wegen des Kaufs des russischen Systems"), no name between. */
  private static boolean inAReason(SentenceView s, Mention m) {
    if (!m.isAdjectival()) return false;
    for (Cues.Hit c : s.cues("circumstance")) {
      if (c.to() > m.from() || m.from() - c.to() > 5 || s.commaBetween(c.from(), m.from())) continue;
      boolean plain = true;
      for (Mention o : s.mentions) plain &= !(o.from() >= c.to() && o.to() <= m.from());
      if (plain) return true;
    }
    return false;
  }

  /** Whether the sanctions word opens the sentence, after an article or demonstrative at most. */
  static boolean opensTheSentence(SentenceView s, Cues.Hit h) {
    return opensBefore(s, h.from());
  }

  /** Whether only articles, demonstratives and the wire opening stand before token {@code at}. */
  static boolean opensBefore(SentenceView s, int at) {
    for (int i = s.from; i < at; i++) if (!s.covered(i, "det", "thedef") && !s.inWireOpening(i)) return false;
    return true;
  }

  /**
   * The states of the subject before {@code at}, read on lists of states and organizations, so
   * that "banned imports from the EU and the United States in retaliation for Western sanctions"
   * does not take the object of "from" for the subject; the nearest states when the subject
   * holds none.
   */
  private static List<Mention> subjectStatesBefore(SentenceView s, int at) {
    List<Mention> chosen = List.of();
    for (List<Mention> chain : s.actorChains()) {
      Mention first = chain.get(0);
      Mention last = chain.get(chain.size() - 1);
      if (last.to() > at || at - last.to() > 25 || s.near(first.from(), 2, 0, "from")) continue;
      if (Mentions.objectOfPreposition(s, first) || Mentions.modifiesAPerson(s, last)) continue;
      chosen = chain;
    }
    if (chosen.isEmpty() || chosen.stream().noneMatch(Mention::isState)) return Subjects.statesBefore(s, at, 25);
    return chosen.stream().filter(Mention::isState).toList();
  }

}

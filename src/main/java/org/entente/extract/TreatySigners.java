package org.entente.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who signed a treaty: leaders before the verb or after "by", officials named by their state or
 * listed with their states, "the two leaders" of the last list, those who sign "together with"
 * others; else the acting states. {@link TreatyRule} asks it once it knows the treaty.
 */
final class TreatySigners {

  private TreatySigners() {}

  /**
   * "Los ministros de Comercio de Australia, Brunéi, Canadá ... estamparon su firma": officials
   * of a list of states, the subject of a signing with no treaty word, sign for their states.
   */
  static List<Mention> officials(SentenceView s, Cues.Hit sign) {
    for (Cues.Hit n : s.cues("nonstate")) {
      if (n.to() > sign.from() || sign.from() - n.to() > 25) continue;
      // "The foreign ministers of the four other declared nuclear powers, China, Russia, Britain and France, signed it":
      // a described group may come first, when nothing in it names another role
      int gap = s.near(n.to(), 0, 9, "with", "venue", "presence", "by", "sign", "against", "relative") ? 4 : 9;
      List<Mention> states = Mentions.listAfter(s, n.to(), gap, Set.of(Entity.STATE));
      if (states.size() >= 2 && states.get(states.size() - 1).to() <= sign.from()) return states;
    }
    return List.of();
  }

  /**
   * How many words after {@code at} describe who signed before a name comes: "the foreign
   * ministers of", "Presidents", "les chefs de la diplomatie de". Stops at a comma or at a word
   * that has a role in the sentence.
   */
  static int officialsBefore(SentenceView s, int at) {
    int i = at;
    while (i < s.to && i - at < 7) {
      final int k = i;
      if (s.mentions.stream().anyMatch(m -> m.from() == k)) return i - at;
      if (i > at && s.commaBetween(i - 1, i)) return 0;
      if (s.covered(i, "sign", "treaty", "coord", "venue", "with", "against", "on", "by", "negation", "modal", "clause")) return 0;
      i++;
    }
    return 0;
  }

  /** The last day the date may mean: the year's or month's end when only those were written. */
  static java.time.LocalDate lastDayOf(DateMention d) {
    return switch (d.precision()) {
      case "year" -> d.date().withDayOfYear(d.date().lengthOfYear());
      case "month" -> d.date().withDayOfMonth(d.date().lengthOfMonth());
      default -> d.date();
    };
  }

  /** Leaders who sign (before the verb, or after "by" right behind it); else the acting states. */
  static void signers(SentenceView s, ArticleContext ctx, Entity treaty, Cues.Hit act, Set<String> parties) {
    boolean leader = false;
    Cues.Hit by = null;
    for (Cues.Hit b : s.cues("by")) if (b.from() >= act.to() && b.from() - act.to() <= 10 && by == null) by = b;   // "signé mercredi soir au palais Al-Yamamah, à Ryad, par"
    List<Mention> besides = SignerLists.alongside(s, act);
    besides.addAll(namedBesideTheVerb(s, act));
    List<Mention> listedAfterColon = new ArrayList<>(SignerLists.listedAfterColon(s, act, by));   // "y por los mandatarios de los cuatro miembros: Carlos Menem (Argentina), ..."
    listedAfterColon.addAll(SignerLists.titledAfterTheVerb(s, act));       // "подписали ... президенты России, Белоруссии ... — Владимир Путин, Александр Лукашенко"
    listedAfterColon.addAll(SignerLists.leadersAfterTheVerb(s, act, ctx.lang));
    for (Mention m : s.mentions) {
      if (!m.kind().equals(Entity.LEADER) || s.near(m.from(), 3, 0, "former") || witness(s, m)) continue;
      if (ctx.gazetteer.leaders().allOfficesAfter(m.id(), ctx.reference)) continue;   // "designierter Präsident Prabowo" signs as a minister
      // "la signature de la Charte par le secrétaire d'État aux Affaires extérieures, Joe Clark" (1990): a former leader, a minister now
      // (the signing's own date decides, the first day of its year or month when no day is written)
      DateMention signedOn = s.dateNear(act.from());
      if (signedOn != null && ctx.gazetteer.leaders().allOfficesBefore(m.id(), signedOn.date())) continue;
      // "Bush había reivindicado el tratado que ambos países firmaron en 1951": years before the person's first office
      if (signedOn != null && ctx.gazetteer.leaders().allOfficesAfter(m.id(), lastDayOf(signedOn).plusYears(10))) continue;
      // not "START I, which Bush signed in 1991, was turned ... by a protocol signed in Lisbon": his verb comes first
      boolean ownVerb = false;
      for (Cues.Hit o : s.cues("sign")) ownVerb |= o != act && o.from() >= m.to() && o.to() <= act.from();
      boolean subject = m.to() <= subjectsEnd(s, act) && act.from() - m.to() <= 20 && !ofSomeone(s, m) && !ownVerb && !inRelative(s, m, act)
          || besides.contains(m);
      // "signed by Saudi Crown Prince and Prime Minister Mohammed bin Salman and Pakistani Prime Minister Shehbaz Sharif"
      boolean agent = by != null && agentAfter(s, by, m);
      agent |= listedAfterColon.contains(m) || by != null && SignerLists.afterARepeatedBy(s, by, m);
      if (subject || agent) {
        ctx.relate(s, Relation.SIGNED, m.id(), treaty.id(), Relation.ACTIVE, s.dateNear(act.from()), "treaty-signer",
            s.words(act.from(), act.to()));
        leader = true;
      }
    }
    if (leader) {
      // "die Außenminister der Sowjetunion, der Vereinigten Staaten, Großbritanniens und Frankreichs sowie der österreichische
      // Außenminister Leopold Figl unterzeichneten": the officials listed beside the leader sign for their states
      List<Mention> besideTheLeader = new ArrayList<>(officials(s, act));
      // "Yoshida e il segretario di Stato americano Dean Acheson hanno firmato": one official beside the leader signs for his state
      // (a minister or secretary, not "le président ukrainien": a head of state unnamed is no official beside the leader)
      for (Mention m : s.mentions) {
        boolean official = officialOf(s, m) && (s.near(m.from(), 4, 0, "nonstate") || s.near(m.to(), 0, 3, "nonstate"))
            && !s.near(m.from(), 4, 0, "title") && !s.near(m.to(), 0, 3, "title");
        if (m.isState() && m.to() <= subjectsEnd(s, act) && act.from() - m.to() <= 20 && official && !Mentions.objectOfPreposition(s, m)) besideTheLeader.add(m);
      }
      java.util.Set<String> signedByLeader = ctx.leaderStatesSigning(treaty.id());
      for (Mention m : besideTheLeader) {
        if (treaty.parties().contains(m.id()) && !signedByLeader.contains(m.id())) {
          ctx.relate(s, Relation.SIGNED, m.id(), treaty.id(), Relation.ACTIVE, s.dateNear(act.from()), "treaty-signer", s.words(act.from(), act.to()));
        }
      }
      return;
    }
    boolean theLeaders = leadersBefore(s, act) && ctx.lastLeaders.size() >= 2;      // "Одновременно лидеры подписали"
    // "firmata dai tre capi di Stato": the leaders after the agent's "by"
    theLeaders |= leadersAfterBy(s, act, by) && ctx.lastLeaders.size() >= 2;
    if (theLeaders || s.near(act.from(), 4, 0, Cues.GROUPS) && leadersOf(ctx).equals(new java.util.HashSet<>(ctx.group(s)))) {
      for (String l : ctx.lastLeaders) {                        // "la déclaration que les deux dirigeants avaient signée"
        ctx.relate(s, Relation.SIGNED, l, treaty.id(), Relation.ACTIVE, s.dateNear(act.from()), "treaty-signer", s.words(act.from(), act.to()));
      }
      return;
    }
    List<String> states = new ArrayList<>();
    for (Mention m : Subjects.statesBefore(s, subjectsEnd(s, act), 20)) states.add(m.id());
    for (String p : TreatyParties.beforeTheCounterparts(s, subjectsEnd(s, act), new java.util.HashSet<>(states))) if (!states.contains(p)) states.add(p);
    if (by != null) for (Mention m : Mentions.listAfter(s, by.to(), Math.max(3, officialsBefore(s, by.to())), Set.of(Entity.STATE))) states.add(m.id());
    if (by != null) for (Mention m : TreatyParties.namedAmong(s, by)) states.add(m.id());     // "par douze pays, dont la France"
    for (Cues.Hit w : s.cues("with")) {
      if (w.from() > act.from() - 2) for (Mention m : Mentions.listAfter(s, w.to(), 2, Set.of(Entity.STATE))) states.add(m.id());
    }
    // "il segretario di Stato americano ... e il ministro degli Esteri polacco ... hanno firmato": the officials' states
    for (Mention m : s.mentions) {
      if (m.isState() && m.to() <= subjectsEnd(s, act) && act.from() - m.to() <= 20 && officialOf(s, m) && !Mentions.objectOfPreposition(s, m)
          && !states.contains(m.id())) states.add(m.id());
    }
    if (states.isEmpty() && ctx.lang == Language.RU) {   // "Договор подписали министры иностранных дел Армении и Азербайджана": the subject after the verb
      for (Mention m : Mentions.listAfter(s, act.to(), Math.max(1, officialsBefore(s, act.to())), Set.of(Entity.STATE))) states.add(m.id());
    }
    if (states.isEmpty() && ctx.lang == Language.DE) {   // "Im Marmorsaal unterzeichneten am Sonntag die Außenminister der Sowjetunion, ..."
      for (Mention m : SignerLists.subjectsAfterTheVerb(s, act)) if (!m.isAdjectival() && !states.contains(m.id())) states.add(m.id());
    }
    // "Suscribieron el documento Antigua y Barbuda, Bahamas...": after the object
    if (states.isEmpty() && s.cues("treaty").stream().anyMatch(t -> TreatyParties.subjectAfterObject(s, ctx, t, act))) states.addAll(parties);
    for (Cues.Hit b : s.cues("onbehalf")) {                 // "a signé au nom de la principauté", "signed on behalf of Norway"
      if (Math.abs(b.from() - act.to()) > 3) continue;
      for (Mention m : Mentions.listAfter(s, b.to(), 2, Set.of(Entity.STATE))) if (!states.contains(m.id())) states.add(m.id());
      if (states.isEmpty() && ctx.topic != null && s.near(b.to(), 0, 2, "thecountry")) states.add(ctx.topic);
    }
    for (String p : ctx.counterpartPair(s, states)) if (!states.contains(p)) states.add(p);   // "Pistorius und sein litauischer Kollege"
    List<String> referred = ctx.group(s);
    // "the two countries" with no pair read before: the two parties of the treaty being signed
    if (referred.isEmpty() && treaty.parties().size() >= 2 && treaty.parties().size() <= Cues.GROUPS.length + 1) {
      String group = Cues.GROUPS[treaty.parties().size() - 2];      // the group word stands for the signers: before the verb or after its "by"
      if (s.near(act.from(), 8, 0, group) || by != null && s.near(by.to(), 0, 8, group)) referred = treaty.parties();
    }
    // "Die Außenminister Sergej Lawrow und Urmas Paet unterzeichneten": two persons for the treaty's two parties
    if (referred.isEmpty() && treaty.parties().size() == 2 && TreatyParties.twoPersonsRightBefore(s, act)) referred = treaty.parties();
    // "signé par les chefs de la diplomatie des deux pays": of the treaty read before, when the sentence names no party
    if (states.isEmpty() && !referred.isEmpty() && (parties.isEmpty() ? treaty.parties() : parties).containsAll(referred)) states.addAll(referred);
    // "el tratado ... que ambos países firmaron": the group word right before the verb signs, not only the state named last
    if (referred.size() >= 2 && s.near(act.from(), 3, 0, Cues.GROUPS) && (parties.isEmpty() ? treaty.parties() : parties).containsAll(referred)) {
      for (String r : referred) if (!states.contains(r)) states.add(r);
    }
    for (String st : states) {
      if (treaty.parties().contains(st)) {
        ctx.relate(s, Relation.SIGNED, st, treaty.id(), Relation.ACTIVE, s.dateNear(act.from()), "treaty-signer",
            s.words(act.from(), act.to()));
      }
    }
  }

  /**
   * Whether a leader is one of the agents listed after "by": "signed by Saudi Crown Prince and Prime
   * Minister Mohammed bin Salman and Pakistani Prime Minister Shehbaz Sharif", "by President Almazbek
   * Atambayev, Vladimir Putin of Russia, Alexander Lukashenko of Belarus, ...", not "by Mujibur Rahman, Hasina's father".
   */
  static boolean agentAfter(SentenceView s, Cues.Hit by, Mention m) {
    return m.kind().equals(Entity.LEADER) && m.from() >= by.to() && m.from() - by.to() <= 15 + 4 * leadersBetween(s, by.to(), m.from())
        && onlyAppositionCommas(s, by.to(), m.from()) && !m.isPossessive();
  }

  /** Whether a state follows a leader's name and "of": "Vladimir Putin of Russia", "Mikhail Gorbachev of the Soviet Union". */
  private static boolean ofALeader(SentenceView s, Mention state) {
    if (!state.isState() || state.from() < 2) return false;
    int of = state.from() - (s.covered(state.from() - 1, "det") ? 2 : 1);
    if (of < 1 || !s.covered(of, "from", "of")) return false;
    for (Mention l : s.mentions) if (l.kind().equals(Entity.LEADER) && l.to() == of) return true;
    return false;
  }

  private static int leadersBetween(SentenceView s, int from, int to) {
    int n = 0;
    for (Mention m : s.mentions) if (m.kind().equals(Entity.LEADER) && m.from() >= from && m.to() <= to) n++;
    return n;
  }

  /**
   * Whether every comma between two tokens closes a title or a name: "por el presidente argentino,
   * Javier Milei, y su par chileno, Gabriel Boric", not "signed by X, while Y ...".
   */
  private static boolean onlyAppositionCommas(SentenceView s, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (!s.commaBetween(i - 1, i)) continue;
      if (s.near(i, i - from, 0, "presence")) return false;          // "in the presence of Modi, ..., and his counterpart Hasina"
      boolean titled = s.covered(i - 1, "title", "counterpart");
      boolean nameBefore = false;
      for (Mention m : s.mentions) {
        if (m.to() != i) continue;
        titled |= m.isAdjectival();
        nameBefore |= m.kind().equals(Entity.LEADER) || ofALeader(s, m);   // "Vladimir Putin of Russia, Alexander Lukashenko of Belarus"
      }
      // after a name, only a list of names or of titles goes on: not "by Boric, and Argentina's Milei stayed away"
      if (nameBefore) titled = !s.covered(i, "coord") || s.near(i + 1, 0, 3, "title", "counterpart");
      if (!titled) return false;
    }
    return true;
  }

  /** Whether a word for the leaders just named ends at most four words before the verb: "Les deux chefs d'Etat ont également paraphé". */
  /** "firmata dai tre capi di Stato": a word for the leaders right after the "by" that follows the verb. */
  private static boolean leadersAfterBy(SentenceView s, Cues.Hit act, Cues.Hit by) {
    if (by == null || by.from() - act.to() > 1) return false;
    for (Cues.Hit c : s.cues("leaders")) if (c.from() >= by.from() && c.from() - by.to() <= 1) return true;
    return false;
  }

  static boolean leadersBefore(SentenceView s, Cues.Hit act) {
    for (Cues.Hit c : s.cues("leaders")) if (c.to() <= act.from() && act.from() - c.to() <= 4) return true;
    return false;
  }

  /** "Albert, qui représentait son père, le prince Rainier III, a signé": a leader inside a relative clause closed before the verb. */
  private static boolean inRelative(SentenceView s, Mention m, Cues.Hit act) {
    for (Cues.Hit r : s.cues("relative")) {
      if (r.to() <= m.from() && m.from() - r.to() <= 6 && s.commaBetween(r.from() - 1, r.from()) && s.commaBetween(m.to() - 1, act.from())) return true;
    }
    return false;
  }

  /**
   * Where the subjects of a signing end: before the verb, or nowhere when the sentence's subject
   * only watched it ("Donald Trump, qui a assisté à la signature", "witnessed the signing of").
   */
  static int subjectsEnd(SentenceView s, Cues.Hit act) {
    for (Cues.Hit w : s.cues("witness")) if (w.to() <= act.from() && act.from() - w.to() <= 2) return s.from;
    return act.from();
  }

  /**
   * "del asesor y yerno de Trump, Jared Kushner", "an adviser to Trump": a leader after "of" that
   * follows another noun qualifies that person; not "la firma de Putin y de Kim".
   */
  static boolean ofSomeone(SentenceView s, Mention m) {
    int of = m.from() - 1;
    if (of <= s.from || !s.covered(of, "of", "from")) return false;
    return !s.covered(of - 1, "sign", "coord", "signatureof") && !s.commaBetween(of - 1, of) && !s.tokens.get(of - 1).capitalized();
  }

  /** The leaders who sign though they are not the verb's plain subject: {@link #signaturesOf} and {@link #withOrAfterVerb}. */
  static List<Mention> namedBesideTheVerb(SentenceView s, Cues.Hit act) {
    List<Mention> out = signaturesOf(s, act);
    out.addAll(withOrAfterVerb(s, act));
    return out;
  }

  /**
   * Leaders who sign beside the subject or as one: after "with" a few words past the verb ("signed
   * a security agreement with President Emmanuel Macron", "con il presidente Zelensky"), right
   * after the verb ("unterzeichnete Selenskyj ... ein Abkommen", "подписали Путин и Си"), or in
   * the instrumental after a Russian passive ("был подписан ... президентом Владимиром Путиным").
   */
  static List<Mention> withOrAfterVerb(SentenceView s, Cues.Hit act) {
    List<Mention> out = new ArrayList<>();
    for (Cues.Hit w : s.cues("with")) {
      // not "rubricado tras una audiencia con el rey": the meeting was with him
      if (w.from() >= act.to() && w.from() - act.to() <= 8 && !s.pastComma(act, w.from()) && !s.near(w.from(), 2, 0, "event")) {
        out.addAll(Mentions.listAfter(s, w.to(), 3, Set.of(Entity.LEADER)));
        if (s.near(w.to(), 0, 3, "counterpart")) out.addAll(counterparts(s, w));
      }
    }
    for (Mention m : s.mentions) {
      // "hanno firmato il presidente del Consiglio Silvio Berlusconi": an article and the title may come between
      int at = act.to();
      while (at < m.from() && at - act.to() < 5 && s.covered(at, "det", "thedef", "title")) at++;
      boolean right = m.from() == act.to() || m.from() == at && s.covered(m.from() - 1, "title");
      if (right && m.kind().equals(Entity.LEADER)) {
        out.addAll(Mentions.listAfter(s, m.from(), 0, Set.of(Entity.LEADER)));    // "подписали Владимир Путин и Ким Чен Ын"
        break;
      }
    }
    if (out.isEmpty()) out.addAll(leadersInARow(s, act.to()));
    // "Estamparon sus firmas el barbadense Errol Barrow, el guyanés Forbes Burnham ... y el anfitrión, Eric Williams, que ...":
    // a verb that opens the sentence has its subjects after it, up to a relative clause
    if (out.isEmpty() && act.from() == s.from) {
      for (Mention m : s.mentions) {
        if (m.from() < act.to()) continue;
        if (s.near(act.to(), 0, m.from() - act.to(), "relative") || s.semicolonBetween(act.to(), m.from())) break;
        if (m.kind().equals(Entity.LEADER) && (!out.isEmpty() || m.from() - act.to() <= 3)) out.add(m);   // not "Подписание состоялось ... после того, как президент"
        else if (m.kind().equals(Entity.LEADER)) break;
      }
    }
    if (s.covered(act.from(), "passivesign")) {            // "был подписан 19 июня в Пхеньяне президентом Владимиром Путиным": the agent
      for (Mention m : s.mentions) {
        if (m.kind().equals(Entity.LEADER) && m.from() >= act.to() && m.from() - act.to() <= 12 && !s.pastComma(act, m.from())) out.add(m);
      }
    }
    out.removeIf(m -> s.near(m.from(), 3, 0, "former"));
    return out;
  }

  /**
   * "con sus homólogos de Cuba, Fidel Castro, y de Venezuela, Hugo Chávez": each leader of the
   * phrase after "with his counterparts", up to the treaty word or the end of the sentence.
   */
  private static List<Mention> counterparts(SentenceView s, Cues.Hit with) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : s.mentions) {
      if (m.from() < with.to() || m.from() - with.to() > 16) continue;
      if (s.near(with.to(), 0, m.from() - with.to(), "treaty", "sign")) break;
      if (m.kind().equals(Entity.LEADER) && !out.contains(m)) out.add(m);
    }
    return out;
  }

  /**
   * "скрепили подписями президенты Армении Левон Тер-Петросян, Казахстана Нурсултан Назарбаев и
   * ...": the leaders of a run of titles, states and names that starts at token {@code at}.
   */
  private static List<Mention> leadersInARow(SentenceView s, int at) {
    List<Mention> out = new ArrayList<>();
    int i = at;
    int mi = 0;
    while (i < s.to) {
      while (mi < s.mentions.size() && s.mentions.get(mi).from() < i) mi++;
      Mention m = mi < s.mentions.size() && s.mentions.get(mi).from() == i ? s.mentions.get(mi) : null;
      if (m != null && (m.isState() || m.kind().equals(Entity.LEADER))) {
        if (m.kind().equals(Entity.LEADER)) out.add(m);
        i = m.to();
      } else if (s.covered(i, "title", "coord")) {
        i++;
      } else {
        break;
      }
    }
    return out;
  }

  /**
   * "porte les signatures du Chilien Sebastian Piñera, hôte de la rencontre, du Colombien Ivan
   * Duque...", "bears the signatures of": every leader the rest of the sentence names signed.
   */
  static List<Mention> signaturesOf(SentenceView s, Cues.Hit act) {
    List<Mention> out = new ArrayList<>();
    for (Cues.Hit g : s.cues("signatureof")) {
      if (g.from() != act.from()) continue;
      for (Mention m : s.mentions) {
        if (m.kind().equals(Entity.LEADER) && m.from() >= g.to() && !s.near(m.from(), 3, 0, "former") && !ofSomeone(s, m)) out.add(m);
      }
    }
    return out;
  }

  /** The states of the last list of leaders. */
  static Set<String> leadersOf(ArticleContext ctx) {
    Set<String> out = new java.util.HashSet<>();
    for (String l : ctx.lastLeaders) out.add(ctx.leaderState(l));
    return out;
  }

  /** A demonym naming an official's state: "il ministro degli Esteri polacco", "the Indian foreign minister". */
  static boolean officialOf(SentenceView s, Mention m) {
    // "U.S. Secretary of State Condoleezza Rice", "US-Außenministerin Rice": an abbreviation right before the office
    boolean abbrev = (m.formType().equals(Form.ABBREV) || s.hyphenAfter(m)) && m.to() < s.to && s.covered(m.to(), "nonstate", "title");
    if (abbrev) return true;
    if (!m.isAdjectival()) return false;
    return Mentions.modifiesAPerson(s, m) || s.near(m.from(), 4, 0, "nonstate", "title") || s.near(m.to(), 0, 3, "nonstate", "title");
  }

  /**
   * "в присутствии президента России Дмитрия Медведева и премьер-министра Норвегии Йенса
   * Столтенберга подписали министры": a leader in the phrase a presence word opens, before the
   * signing verb, watched; the phrase holds titles, names and "and" up to a dozen words.
   */
  static boolean witness(SentenceView s, Mention m) {
    for (Cues.Hit p : s.cues("presence")) {
      if (p.to() > m.from() || m.from() - p.to() > 12) continue;
      boolean signedBetween = false;
      for (Cues.Hit v : s.cues("sign")) signedBetween |= v.from() >= p.to() && v.to() <= m.from();
      if (!signedBetween && (m.from() - p.to() <= 6 || !s.commaBetween(p.to(), m.from()))) return true;
    }
    return false;
  }
}

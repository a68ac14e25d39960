package org.entente.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads an article and returns what it asserts: sentences, then tokens and mentions, then dates
 * and cues, then the relation rules, each a small stage of its own. Deterministic, offline and
 * thread-safe: one instance serves every thread.
 */
public final class Extractor {

  private final Gazetteer gazetteer;
  private final SentenceSplitter splitter = SentenceSplitter.standard();
  private final MentionFinder mentions;
  private final DateFinder dates = new DateFinder();
  private final Cues cues = new Cues();
  private final LanguageGuesser guesser = new LanguageGuesser();
  private final List<Rule> rules = List.of(new LeaderRule(), new AllianceRule(), new MembershipRule(),
      new SanctionRule(), new TreatyRule());

  public Extractor() {
    this(Gazetteer.get());
  }

  public Extractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.mentions = new MentionFinder(gazetteer);
  }

  /** The dictionaries this extractor reads with. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public Language guessLanguage(String text) {
    return guesser.guess(text);
  }

  /**
   * Extracts from an article's title and text. {@code lang} may be null (then it is guessed);
   * {@code published} may be null (then the latest full date in the text stands for it, else today).
   */
  public Extraction extract(String id, String title, String text, Language lang, LocalDate published) {
    Language l = lang != null ? lang : guesser.guess(text);
    LocalDate reference = published != null ? published : latestDate(text, l);
    ArticleContext ctx = new ArticleContext(l, reference, gazetteer, text);
    if (title != null && !title.isBlank() && !text.startsWith(title.strip())) read(title, l, ctx, text);
    read(text, l, ctx, null);
    for (Rule r : rules) r.finish(ctx);
    List<Relation> rels = signersAreLeaders(new ArrayList<>(ctx.relations.values()), reference);
    java.util.Set<String> listed = new java.util.HashSet<>();
    for (Entity e : ctx.entities.values()) listed.add(e.id());
    for (Relation r : rels) {
      // the contract: every end of a relation is an entity of the same object
      for (String end : List.of(r.source(), r.target())) {
        if (listed.add(end)) ctx.entity(new Mention(kindOf(end), end, Form.NAME, 0, 0, 0, 0, end, false));
      }
    }
    rels.sort(Comparator.comparing(Relation::type).thenComparing(Relation::source).thenComparing(Relation::target));
    return new Extraction(id, l.code(), new ArrayList<>(ctx.entities.values()), rels);
  }

  /** Reads a title, with the article's {@code body} to resolve it by, or the body itself when {@code body} is null. */
  private void read(String text, Language lang, ArticleContext ctx, String body) {
    boolean isTitle = body != null;
    List<Token> tokens = MatchAnalyzer.tokens(text, lang);
    List<Mention> found = Surnames.resolve(namesakes(NationalCouncils.drop(mentions.find(tokens, lang, text), lang), ctx.reference), tokens);
    if (isTitle) found = Surnames.fromText(found, tokens, body, gazetteer.leaders(), ctx.reference);   // "Клинтон ввёл эмбарго"
    int dateline = isTitle ? 0 : datelineEnd(text);
    List<String> folded = new ArrayList<>(tokens.size());
    for (Token t : tokens) folded.add(t.folded());
    List<Cues.Hit> hits = SalesBans.add(cues.find(folded, tokens, lang == Language.IT || lang == Language.FR ? elisions(text, tokens) : null, lang), tokens, text);
    found = Surnames.afterTitles(found, tokens, hits, gazetteer.leaders(), ctx.reference);
    found = LeaderGovernments.add(found, tokens, hits, gazetteer.leaders(), ctx.reference);   // "the Obama administration imposed"
    boolean[] taken = takenTokens(tokens.size(), found, hits);
    int ti = 0;
    int mi = 0;
    int hi = 0;
    for (Sentence s : splitter.split(text, lang)) {
      while (ti < tokens.size() && tokens.get(ti).start() < s.start()) ti++;
      int from = ti;
      while (ti < tokens.size() && tokens.get(ti).end() <= s.end()) ti++;
      int to = ti;
      List<Mention> ms = new ArrayList<>();
      while (mi < found.size() && found.get(mi).from() < to) {
        Mention m = found.get(mi);
        // "el ministro de Asuntos Exteriores indio, Pranab Mukherjee" in 2008: no leader yet, a minister
        boolean notYet = m.kind().equals(Entity.LEADER) && gazetteer.leaders().notYetInOffice(m.id(), ctx.reference)
            || m.isState() && gazetteer.notYetAState(m.id(), ctx.reference);     // "dal Kosovo" in 1999: a province
        if (m.from() >= from && !notYet && !(lang != Language.DE && namesake(tokens, text, taken, m, from))) ms.add(m);
        mi++;
      }
      List<Cues.Hit> hs = new ArrayList<>();
      while (hi < hits.size() && hits.get(hi).from() < to) {
        if (hits.get(hi).from() >= from && hits.get(hi).to() <= to) hs.add(hits.get(hi));
        hi++;
      }
      List<DateMention> ds = new ArrayList<>();
      for (DateMention d : dates.find(s.text(), lang, ctx.reference)) {
        ds.add(new DateMention(d.start() + s.start(), d.end() + s.start(), d.date(), d.precision()));
      }
      List<DateMention> days = Weekdays.find(hs, tokens, ds, ctx.reference);
      if (!days.isEmpty()) {
        ds.addAll(days);
        ds.sort(java.util.Comparator.comparingInt(DateMention::start));
      }
      Sentence located = isTitle ? new Sentence(s.index(), -1, -1, s.text()) : s;
      // "On Monday, Slovakia, an EU and NATO member, ...": the rules read the sentence from its subject on
      int own = SentenceOpenings.frontedDayEnd(tokens, from, to, ds, text);
      if (own == from) own = SentenceOpenings.attributionEnd(tokens, from, to, hs, text);
      int attributed = own;                // "Secondo osservatori occidentali, ": whose observers, no actor
      if (own == from) own = SentenceOpenings.circumstanceEnd(tokens, from, to, hs, text, lang);
      for (Mention m : ms) if (m.from() < own && m.kind().equals(Entity.LEADER)) own = from;   // "Как сообщил премьер-министр Андреас Папандреу, ...": he still leads
      List<Mention> read = ms;
      if (own > from) {
        final int start = own;
        read = new ArrayList<>(ms);
        read.removeIf(m -> m.from() < start);                // still listed: "Secondo Washington, ..." names the United States
        hs.removeIf(h -> h.from() < start);
      }
      int comment = Asides.commentFrom(hs, tokens, text, own, to);   // "..., a move welcomed by Germany": read up to it
      if (comment < 0) comment = Asides.attributionFrom(hs, tokens, text, own, to);   // "..., Brazil's foreign ministry said."
      if (comment >= 0) {
        final int closing = comment;
        read = new ArrayList<>(read);
        read.removeIf(m -> m.isActor() && m.from() >= closing);
      }
      SentenceView view = new SentenceView(text, located, tokens, own, to, Asides.outsideOccasions(Asides.outsideDescriptions(read, hs, tokens, text, to, lang), hs, tokens, text, own, to), hs, ds, dateline);
      for (Mention m : ms) {
        if (m.from() < attributed && m.isAdjectival()) continue;   // (a circumstance names its states: "Après le départ des soldats français, ")
        if (Venues.onlyAVenue(view, m) || view.inDateline(m) || m.kind().equals(Entity.TREATY) || Venues.namesALanguage(view, m)) continue; // listed only when a relation needs it
        if (m.kind().equals(Entity.LEADER) && !leaderHere(view, ctx, m)) continue;
        ctx.entity(m);
      }
      for (Rule r : rules) r.apply(view, ctx);
      String subject = Subjects.sentenceSubject(view);
      if (subject != null) {
        ctx.topic = subject;
        ctx.pronounReferent = subject;
      } else {
        String organization = Subjects.opensWithOrganization(view);                // "The EU met... It imposed"
        if (organization != null) ctx.pronounReferent = organization.isEmpty() ? ctx.lastOrganization : organization;
      }
      boolean grouped = false;
      for (List<Mention> chain : Mentions.groupChains(view)) {
        if (chain.size() >= 2) {
          grouped = true;
          ctx.lastGroup = chain.stream().map(Mention::id).toList();
          ctx.lastGroupOfSize.put(chain.size(), ctx.lastGroup);
        }
      }
      for (List<Mention> chain : Mentions.leaderChains(view)) {      // "il vertice tra Donald Trump e Kim Jong-un ... i due"
        List<String> states = new ArrayList<>();
        for (Mention m : chain) {
          String st = ctx.leaderState(m.id());
          if (st != null && !states.contains(st)) states.add(st);
        }
        if (states.size() >= 2 && states.size() == chain.size()) {
          ctx.lastGroupOfSize.put(states.size(), List.copyOf(states));
          ctx.lastLeaders = chain.stream().map(Mention::id).toList();
        }
      }
      if (!grouped) meeting(view, ctx);
      if (!grouped) ctx.rememberOwnGroup(view);
    }
  }

  /**
   * "Putin empfing im Kreml den aserbaidschanischen Präsidenten Ilham Alijew. Beide
   * unterzeichneten ...": two sitting leaders of two states in a sentence that lists no group are
   * the pair a later "both" means.
   */
  private void meeting(SentenceView view, ArticleContext ctx) {
    List<String> leaders = new ArrayList<>();
    List<String> states = new ArrayList<>();
    for (Mention m : view.mentions) {
      if (!m.kind().equals(Entity.LEADER) || leaders.contains(m.id())) continue;
      String st = ctx.leaderState(m.id());
      if (st == null || states.contains(st)) continue;
      leaders.add(m.id());
      states.add(st);
    }
    if (states.size() != 2) return;
    ctx.lastGroupOfSize.put(2, List.copyOf(states));
    ctx.lastLeaders = List.copyOf(leaders);
  }

  /** Per token, the folded word elided before it ("dall" of "dall'Ue"), or null. */
  private static List<String> elisions(String text, List<Token> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      if (t.word() != null && t.word().elided != null) {   // cut by the analyzer: the same for every token of the word
        out.add(t.word().elided);
        continue;
      }
      int a = t.start() - 1;
      String word = null;
      if (a > 0 && (text.charAt(a) == '\'' || text.charAt(a) == '’')) {
        int b = a;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
        if (b < a) word = Cues.fold(text.substring(b, a));
      }
      out.add(word);
    }
    return out;
  }

  /**
   * When the article names the leader who signed a treaty for a state, the state did not sign it
   * besides; a state whose signer is no leader of the table (a minister, an envoy) stays a signer.
   */
  private List<Relation> signersAreLeaders(List<Relation> rels, LocalDate reference) {
    java.util.Set<String> signedByLeader = new java.util.HashSet<>();
    for (Relation r : rels) {
      if (!r.type().equals(Relation.SIGNED) || gazetteer.leaders().get(r.source()) == null) continue;
      String st = gazetteer.leaders().stateOrHome(r.source(), reference);
      signedByLeader.add(r.target() + " " + st);
    }
    List<Relation> out = new ArrayList<>(rels.size());
    for (Relation r : rels) {
      boolean stateSigner = r.type().equals(Relation.SIGNED) && gazetteer.isState(r.source());
      if (!(stateSigner && signedByLeader.contains(r.target() + " " + r.source()))) out.add(r);
    }
    return out;
  }

  private String kindOf(String id) {
    if (gazetteer.isState(id)) return Entity.STATE;
    if (gazetteer.leaders().get(id) != null || id.equals(id.toLowerCase(java.util.Locale.ROOT))) return Entity.LEADER;
    return Entity.ORGANIZATION;
  }

  /**
   * A person of the leaders table counts as a leader named by the article when in office at its
   * date or a month before it, or called by a head-of-state title ("former President X"); not a past head of
   * government who is named in another role ("NATO Secretary-General Jens Stoltenberg").
   */
  private boolean leaderHere(SentenceView s, ArticleContext ctx, Mention m) {
    // "USS Gerald R. Ford", "l'aéroport Charles-de-Gaulle", "Imam Khomeini Airport": a thing named after the person
    if (s.near(m.from(), 2, 0, "namedfor") || s.near(m.to(), 0, 2, "namedfor")) return false;
    if (ctx.leaderState(m.id()) != null) return true;
    // "Merz succeeds Scholz": the one who handed over days ago is still named as the leader he was
    if (ctx.reference != null && gazetteer.leaders().stateAt(m.id(), ctx.reference.minusDays(30)) != null) return true;
    // ... or called former in apposition: "Aung San Suu Kyi, l'ex leader detenuta"
    // ... or whose regime or government it was: "sous le régime de Pol Pot", "il governo di Mario Draghi"
    for (Mention g : s.mentions) if (g.formType().equals(Form.GOVERNMENT) && Math.abs(g.from() - m.from()) <= 4) return true;
    return s.near(m.from(), 5, 0, "title", "former") || s.near(m.to(), 0, 3, "former") || s.near(m.from(), 3, 0, "regime")
        || gazetteer.leaders().wasHeadOfState(m.id());
  }

  /**
   * "les ministres Carolos Papoulias et Stevo Crvenkovski", "сын президента Хантер Байден": a
   * leader's bare surname right after a first name of someone else's, mid-sentence, is a namesake
   * (a relative, a minister), not the leader. A title, honorific or any other cue before the
   * surname keeps it; German, which capitalizes its nouns ("Kremlchef Putin"), is left out.
   */
  private boolean namesake(List<Token> tokens, String text, boolean[] taken, Mention m, int sentenceFrom) {
    int p = m.from() - 1;
    if (taken == null || !m.kind().equals(Entity.LEADER) || m.to() - m.from() != 1 || p <= sentenceFrom || taken[p]) return false;
    Token prev = tokens.get(p);
    if (!prev.capitalized() || prev.end() + 1 != tokens.get(m.from()).start() || text.charAt(prev.end()) != ' ') return false;
    return !ownFirstName(m.id(), prev.folded());
  }

  /** The tokens a mention or a cue covers, or null when no leader is named by one word alone (nothing to check then). */
  private static boolean[] takenTokens(int size, List<Mention> found, List<Cues.Hit> hits) {
    boolean single = false;
    for (Mention m : found) single |= m.kind().equals(Entity.LEADER) && m.to() - m.from() == 1;
    if (!single) return null;
    boolean[] taken = new boolean[size];
    for (Mention m : found) for (int i = m.from(); i < m.to(); i++) taken[i] = true;
    for (Cues.Hit h : hits) for (int i = h.from(); i < h.to() && i < size; i++) taken[i] = true;
    return taken;
  }

  /** Whether a word begins like a first name of the leader's ("Serguéi" Stanishev, "Николая" Азарова, "Costas" Karamanlis). */
  private boolean ownFirstName(String id, String word) {
    Leaders.Leader l = gazetteer.leaders().get(id);
    if (l == null) return false;
    for (String n : l.names()) {
      int space = n.indexOf(' ');
      if (space < 0) continue;
      String first = Cues.fold(n.substring(0, space));
      int common = 0;
      while (common < Math.min(first.length(), word.length()) && first.charAt(common) == word.charAt(common)) common++;
      if (common >= Math.min(4, Math.min(first.length(), word.length()))) return true;
    }
    return false;
  }

  /** Leaders named by a name two of them share, each read as the one of the article's time. */
  private List<Mention> namesakes(List<Mention> found, LocalDate date) {
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.kind().equals(Entity.LEADER)) continue;
      String id = gazetteer.leaders().namesake(m.surface(), date);
      if (id != null && !id.equals(m.id())) {
        found.set(i, new Mention(m.kind(), id, m.formType(), m.from(), m.to(), m.start(), m.end(), m.surface(), m.ambiguous()));
      }
    }
    return found;
  }

  /**
   * The end of a dateline ("ADDIS ABABA, Oct 3 -", "BRUXELLES, 20 maggio -", "CAIRO (Reuters) -",
   * "MOSKAU/ERIWAN (dpa) -", "NEW YORK (Nations unies), 11 juil (AFP) -", "ROMA -"): the place a wire story
   * was filed from is no state it speaks of. 0 when the text opens otherwise.
   */
  static int datelineEnd(String text) {
    int start = agencyEnd(text);
    int p = start;
    int letters = 0;
    boolean lower = false;                 // "Luxemburg (dpa) -": German wires write the place as a name
    while (p < text.length() && p - start <= 40) {
      char c = text.charAt(p);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c) && (p == start || text.charAt(p - 1) == ' ')) return 0;
        lower |= !Character.isUpperCase(c);
        letters++;
      } else if (c == '-' && !lower && letters >= 3 && p + 1 < text.length() && text.charAt(p - 1) == ' ' && text.charAt(p + 1) == ' ') {
        return p;                          // "ROMA - Il governo...": the place in capitals, a dash
      } else if (" .'’/-".indexOf(c) < 0) {
        break;
      }
      p++;
    }
    if (letters < 2 || p >= text.length()) return 0;
    if (text.charAt(p) == ',') return p - start < 3 || lower && !agencyTagFollows(text, p) ? 0 : p;
    if (text.charAt(p) != '(') return 0;
    int close = text.indexOf(')', p);
    if (close < 0 || close - p > 25) return 0;
    int after = close + 1;
    while (after < text.length() && text.charAt(after) == ' ') after++;
    if (after >= text.length()) return 0;
    char next = text.charAt(after);
    if (next == ',') return lower && !agencyTagFollows(text, after) ? 0 : after;   // "AIX-LA-CHAPELLE (Allemagne), 22 jan", "Al Ula (Arabia Saudí), 5 ene (EFE).-"
    return next == '-' || next == '–' || next == '—' ? close + 1 : 0;  // "CAIRO (Reuters) - The Arab League..."
  }

  /** "Luxembourg, 27 octobre 2009 (AFP) -": a date, then an agency in brackets and a dash, after the place's comma. */
  private static boolean agencyTagFollows(String text, int comma) {
    int open = text.indexOf('(', comma);
    if (open < 0 || open - comma > 30 || !Character.isDigit(text.charAt(Math.min(text.length() - 1, comma + 2)))) return false;
    int close = text.indexOf(')', open);
    if (close < 0 || close - open > 25) return false;
    int after = close + 1;
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '.')) after++;   // "Montevideo, 26 ago (EFE).-"
    return after < text.length() && "-–—".indexOf(text.charAt(after)) >= 0;
  }

  /** Where a leading agency tag ends: "(ANSA) - BUCAREST, 3 APR" gives the place after "(ANSA) - "; 0 when there is none. */
  private static int agencyEnd(String text) {
    if (!text.startsWith("(")) return 0;
    int close = text.indexOf(')');
    if (close < 2 || close > 15) return 0;
    int i = close + 1;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-' || text.charAt(i) == '–' || text.charAt(i) == '—')) i++;
    return i;
  }

  private LocalDate latestDate(String text, Language lang) {
    LocalDate best = null;
    for (DateMention d : dates.find(text, lang, null)) {
      if (d.precision().equals("day") && (best == null || d.date().isAfter(best))) best = d.date();
    }
    return best != null ? best : LocalDate.now(java.time.ZoneOffset.UTC);
  }
}

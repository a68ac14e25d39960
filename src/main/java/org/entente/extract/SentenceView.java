package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules see of one sentence: its tokens, the mentions, cues and dates inside it. Cues
 * that fall inside a mention ("союз" in "Европейский союз") are not cues.
 */
public final class SentenceView {

  final Sentence sentence;
  final List<Token> tokens;     // the article's tokens; this sentence holds [from, to)
  final int from;
  final int to;
  final List<Mention> mentions;
  final List<Cues.Hit> cues;
  final List<DateMention> dates;
  final String segment;         // the text (or title) the tokens' offsets point into
  private final int dateline;

  /** {@code dateline}: where the wire dateline that opens the segment ends, 0 when it has none. */
  SentenceView(String segment, Sentence sentence, List<Token> tokens, int from, int to, List<Mention> mentions,
               List<Cues.Hit> cues, List<DateMention> dates, int dateline) {
    this.dateline = dateline;
    this.segment = segment;
    this.sentence = sentence;
    this.tokens = tokens;
    this.from = from;
    this.to = to;
    this.mentions = mentions;
    List<Cues.Hit> kept = new ArrayList<>();
    for (Cues.Hit h : cues) if (!insideMention(h)) kept.add(h);
    this.cues = kept;
    this.dates = dates;
  }

  /** Adds a mention found by a rule (a leader known only by a title phrase), in text order, so the rules after it see it too. */
  void add(Mention m) {
    int i = 0;
    while (i < mentions.size() && mentions.get(i).from() < m.from()) i++;
    mentions.add(i, m);
    venues = null;
    stateChains = null;
    actorChains = null;
  }

  /**
   * The cues by category, built on first use: the rules ask for the same categories many times,
   * and of many sentences never. A sentence holds cues of a dozen categories or so, so a scan of
   * their hash codes beats a map, which would cost a node per cue.
   */
  private String[] categoryNames;
  private int[] categoryHashes;
  private List<Cues.Hit>[] byCategory;
  private int categoryCount = -1;
  /** One bit per category present, by a bit of its hash code: most categories asked for are absent, and this says so at once. */
  private long categoryBits;
  /** Per mention, in order: 0 not asked yet, 1 names a place, 2 does not ({@link Venues#isVenue}). */
  private byte[] venues;

  /** Where the mention stands in {@link #mentions} (the same object), or -1. */
  int indexOf(Mention m) {
    for (int i = 0; i < mentions.size(); i++) if (mentions.get(i) == m) return i;
    return -1;
  }

  byte[] venues() {
    if (venues == null) venues = new byte[mentions.size()];
    return venues;
  }

  /** Chains of states and of actors, computed on first use. */
  private List<List<Mention>> stateChains;
  private List<List<Mention>> actorChains;

  List<List<Mention>> stateChains() {
    if (stateChains == null) stateChains = immutable(Mentions.chains(this, Mention::isState));
    return stateChains;
  }

  private static List<List<Mention>> immutable(List<List<Mention>> chains) {
    List<List<Mention>> out = new ArrayList<>(chains.size());
    for (List<Mention> c : chains) out.add(List.copyOf(c));
    return List.copyOf(out);
  }

  List<List<Mention>> actorChains() {
    if (actorChains == null) actorChains = immutable(Mentions.chains(this, Mention::isActor));
    return actorChains;
  }

  private boolean insideMention(Cues.Hit h) {
    for (Mention m : mentions) {
      if (!(h.from() < m.to() && m.from() < h.to())) continue;
      // inside a treaty's name, the words that join the parties it names still join them
      if (m.kind().equals(Entity.TREATY) && LINKING.contains(h.category())) continue;
      // "bound by the 1953 mutual defense treaty": a defence pact's name says its parties are allies
      if (m.kind().equals(Entity.TREATY) && h.category().equals("ally")) continue;
      // "Верховной рады": a parliament that stands for its state is still a parliament to the title before it
      if (m.isState() && h.category().equals("parliament")) continue;
      if (m.isOrganization() && h.category().equals("councilname")) continue;   // "членов Совбеза": the council within the UN's name
      return true;
    }
    return false;
  }

  /**
   * No cues: an ArrayList like every other answer of {@link #cues}, so the loops over it see one
   * class and their iterators stay on the stack. Never changed.
   */
  private static final List<Cues.Hit> NONE = new ArrayList<>(0);

  private static final java.util.Set<String> LINKING = java.util.Set.of("coord", "det", "from", "between", "with");

  /** Whether token {@code i} lies inside one of the sentence's mentions. */
  boolean inMention(int i) {
    for (Mention m : mentions) if (i >= m.from() && i < m.to()) return true;
    return false;
  }

  /** Whether token {@code i} lies inside a cue of any category. */
  boolean inCue(int i) {
    for (Cues.Hit c : cues) if (c.from() <= i && i < c.to()) return true;
    return false;
  }

  /** Whether token {@code i} lies inside the name of an organization. */
  boolean inOrganization(int i) {
    for (Mention m : mentions) if (m.isOrganization() && i >= m.from() && i < m.to()) return true;
    return false;
  }

  /** Whether a mention is the place of the dateline ("ADDIS ABABA, Oct 3 -"): where the story was filed. */
  boolean inDateline(Mention m) {
    return m.end() <= dateline;
  }

  /** Whether token {@code i} is part of the dateline that opens the segment. */
  boolean inDateline(int i) {
    return tokens.get(i).end() <= dateline;
  }

  /**
   * Whether token {@code i} belongs to the wire opening: the dateline's place, then the date and
   * agency that may follow it up to the dash ("NACIONES UNIDAS, 16 oct (EFE).-").
   */
  boolean inWireOpening(int i) {
    if (dateline == 0) return false;
    int end = tokens.get(i).end();
    if (end <= dateline) return true;
    int close = segment.indexOf(')', dateline);
    if (close < 0 || close - dateline > 45 || end > close) return false;
    int after = close + 1;
    while (after < segment.length() && (segment.charAt(after) == ' ' || segment.charAt(after) == '.')) after++;
    return after < segment.length() && "-–—".indexOf(segment.charAt(after)) >= 0;
  }

  /** The sentence's first token past a wire opening ("GENF (dpa) - Trotz der Sanktionen ..."): where its own words start. */
  int body() {
    int i = from;
    while (i < to && inWireOpening(i)) i++;
    return i < to ? i : from;
  }

  /** Whether token {@code i} names a day: inside one of the sentence's dates, or a weekday ("on Monday", "во вторник"). */
  boolean inDay(int i) {
    return inDate(i) || covered(i, Weekdays.CATEGORIES);
  }

  /** Whether the wanting cue {@code want} governs {@code h}: up to six words before it, no comma between. */
  boolean wantedBy(Cues.Hit want, Cues.Hit h) {
    return want.to() <= h.from() && h.from() - want.to() <= 6 && !commaBetween(want.from(), h.from());
  }

  /** Whether token {@code i} is inside one of the sentence's dates. */
  boolean inDate(int i) {
    Token t = tokens.get(i);
    for (DateMention d : dates) if (t.start() >= d.start() && t.end() <= d.end()) return true;
    return false;
  }

  /** Whether a hyphen alone joins a mention to the next word: "Moscow-led", "Nato-Beitritt". */
  boolean hyphenAfter(Mention m) {
    if (m.to() >= tokens.size()) return false;
    int a = tokens.get(m.to() - 1).end();
    int b = tokens.get(m.to()).start();
    return b - a == 1 && (segment.charAt(a) == '-' || segment.charAt(a) == '‑');
  }

  /**
   * Whether the sentence names a state in its dateline and nowhere else, or, with
   * {@code orAsVenue}, nowhere else but as a venue ("SANTIAGO, 22 mars - ... signé à Santiago").
   */
  boolean namedOnlyInDateline(String id, boolean orAsVenue) {
    return namedOnlyInDateline(id, m -> orAsVenue && Venues.isVenue(this, m));
  }

  /** Like {@link #namedOnlyInDateline(String, boolean)}, every mention outside the dateline being one {@code elsewhere} accepts. */
  boolean namedOnlyInDateline(String id, java.util.function.Predicate<Mention> elsewhere) {
    boolean dateline = false;
    for (Mention m : mentions) {
      if (!m.id().equals(id)) continue;
      if (inDateline(m)) dateline = true;
      else if (!elsewhere.test(m)) return false;
    }
    return dateline;
  }

  List<Cues.Hit> cues(String category) {
    int k = slot(category);
    return k >= 0 ? byCategory[k] : NONE;
  }

  boolean has(String category) {
    return slot(category) >= 0;
  }

  /** Whether the sentence holds a cue of any of the categories. */
  boolean hasAny(String... categories) {
    for (String c : categories) if (slot(c) >= 0) return true;
    return false;
  }

  /** Where the cues of a category are kept, or -1 when the sentence has none. */
  private int slot(String category) {
    if (categoryCount < 0) indexCategories();
    int h = category.hashCode();
    if ((categoryBits & Cues.hashBit(h)) == 0) return -1;
    for (int k = 0; k < categoryCount; k++) {
      if (categoryNames[k] == category || categoryHashes[k] == h && categoryNames[k].equals(category)) return k;
    }
    return -1;
  }

  @SuppressWarnings("unchecked")
  private void indexCategories() {
    int n = 0;
    String[] names = new String[Math.max(1, cues.size())];
    int[] hashes = new int[names.length];
    int[] counts = new int[names.length];
    int[] of = new int[cues.size()];
    for (int i = 0; i < cues.size(); i++) {
      String c = cues.get(i).category();
      int h = c.hashCode();
      int k = 0;
      while (k < n && names[k] != c && !(hashes[k] == h && names[k].equals(c))) k++;
      if (k == n) {
        names[n] = c;
        hashes[n++] = h;
        categoryBits |= Cues.hashBit(h);
      }
      counts[k]++;
      of[i] = k;
    }
    List<Cues.Hit>[] lists = new List[n];
    for (int k = 0; k < n; k++) lists[k] = new ArrayList<>(counts[k]);
    for (int i = 0; i < cues.size(); i++) lists[of[i]].add(cues.get(i));
    categoryNames = names;
    categoryHashes = hashes;
    byCategory = lists;
    categoryCount = n;
  }

  /** The first cue of a category that starts within {@code reach} words after {@code h}, or null. */
  Cues.Hit firstAfter(Cues.Hit h, String category, int reach) {
    for (Cues.Hit c : cues(category)) if (c.from() >= h.to() && c.from() <= h.to() + reach) return c;
    return null;
  }

  /** Whether a cue of one of the categories starts within [at - before, at + after). */
  boolean near(int at, int before, int after, String... categories) {
    for (String c : categories) {                  // by category: a sentence holds many cues, a question asks of a few kinds
      List<Cues.Hit> hits = cues(c);
      for (int k = 0; k < hits.size(); k++) {
        int f = hits.get(k).from();
        if (f >= at - before && f < at + after) return true;
      }
    }
    return false;
  }

  /** Whether the sentence ends right after the mention ("after Finland."). */
  boolean segmentEndsAfter(Mention m) {
    return m.to() >= to || textBetween(m.to() - 1, m.to()).strip().matches("[.;:!?)\\]]+.*");
  }

  /** Whether a colon stands between tokens {@code a} and {@code b}: "compte huit membres : Djibouti...", "Togo : la Cédéao...". */
  boolean colonBetween(int a, int b) {
    return markBetween(a, b, ":");
  }

  /** The text between the end of token {@code a} and the start of token {@code b}: the spaces and marks that part them. */
  String textBetween(int a, int b) {
    return segment.substring(tokens.get(a).end(), tokens.get(b).start());
  }

  /** Whether a dash set apart by spaces stands between tokens {@code a} and {@code b} ("i sette membri - Brunei, ..."), not a hyphen. */
  boolean dashBetween(int a, int b) {
    String between = textBetween(a, b);
    return between.contains(" - ") || between.indexOf('–') >= 0 || between.indexOf('—') >= 0;
  }

  /** Whether a semicolon stands between tokens {@code a} and {@code b}: two clauses. */
  boolean semicolonBetween(int a, int b) {
    return markBetween(a, b, ";");
  }

  /** Whether a comma stands between tokens {@code a} and {@code b} ("qui n'ont jamais été..., ont été admis"). */
  boolean commaBetween(int a, int b) {
    return markBetween(a, b, ",");
  }

  /** Whether token {@code i} is an "and" right after a comma: ", and", ", et", ", y", the start of another clause. */
  boolean commaAndAt(int i) {
    return i > from && commaBetween(i - 1, i) && covered(i, "coord");
  }

  /**
   * Whether one of {@code marks} stands in the text between tokens {@code a} and {@code b}; no string is made.
   * A token before the first or after the last is the segment's start or end (a cue opening the text has no word before it).
   */
  boolean markBetween(int a, int b, String marks) {
    int end = gapEnd(b);
    for (int i = gapStart(a); i < end; i++) if (marks.indexOf(segment.charAt(i)) >= 0) return true;
    return false;
  }

  /** How many of {@code marks} stand in the text between tokens {@code a} and {@code b}, as {@link #markBetween} reads it. */
  int marksBetween(int a, int b, String marks) {
    int n = 0;
    int end = gapEnd(b);
    for (int i = gapStart(a); i < end; i++) if (marks.indexOf(segment.charAt(i)) >= 0) n++;
    return n;
  }

  private int gapStart(int a) {
    return a < 0 ? 0 : tokens.get(Math.min(a, tokens.size() - 1)).end();
  }

  private int gapEnd(int b) {
    return b >= tokens.size() ? segment.length() : tokens.get(Math.max(b, 0)).start();
  }

  /** Whether a clause boundary ("and that", "while", "mientras") starts at a token in [from, to). */
  boolean clauseIn(int from, int to) {
    for (Cues.Hit c : cues("clause")) if (c.from() >= from && c.from() < to) return true;
    return false;
  }

  /** Whether a clause boundary stands between two spans of tokens, whichever comes first. */
  boolean clauseSeparates(int aFrom, int aTo, int bFrom, int bTo) {
    return clauseIn(Math.min(aTo, bTo), Math.max(aFrom, bFrom));
  }

  /** Whether token {@code i} lies inside a cue of one of the categories. */
  boolean covered(int i, String... categories) {
    for (String c : categories) {
      List<Cues.Hit> hits = cues(c);
      for (int k = 0; k < hits.size(); k++) if (hits.get(k).from() <= i && i < hits.get(k).to()) return true;
    }
    return false;
  }

  /** Whether a cue of one of the categories is elided onto token {@code i}: "all'Iraq", "l'alleanza" (an empty hit there). */
  boolean elidedOnto(int i, String... categories) {
    for (String c : categories) for (Cues.Hit h : cues(c)) if (h.from() == i && h.to() == i) return true;
    return false;
  }

  /** Whether token {@code at} comes after the cue with a comma or semicolon between them. */
  boolean pastComma(Cues.Hit h, int at) {
    return at >= h.to() && markBetween(h.to() - 1, at, ",;");   // a semicolon parts clauses too
  }

  /** Whether a cue of one of the categories starts in [at, at + after) before any comma after the cue {@code h}. */
  boolean nearAfter(Cues.Hit h, int after, String... categories) {
    for (String k : categories) {
      for (Cues.Hit c : cues(k)) if (c.from() >= h.to() && c.from() < h.to() + after && !pastComma(h, c.from())) return true;
    }
    return false;
  }

  /** The text from the first token to the last, as written ("Jean-Baptiste Moreau-Lefort"). */
  String span(int fromToken, int toToken) {
    return segment.substring(tokens.get(fromToken).start(), tokens.get(toToken - 1).end());
  }

  String words(int fromToken, int toToken) {
    StringBuilder sb = new StringBuilder();
    for (int i = fromToken; i < toToken && i < tokens.size(); i++) {
      if (!sb.isEmpty()) sb.append(' ');
      sb.append(tokens.get(i).surface());
    }
    return sb.toString();
  }

  /** The date nearest to a token, or null. */
  DateMention dateNear(int tokenIndex) {
    DateMention best = null;
    int pos = tokens.get(Math.min(tokenIndex, tokens.size() - 1)).start();
    for (DateMention d : dates) {
      if (ofANamedTreaty(d)) continue;
      if (best == null || distance(d, pos) < distance(best, pos)) best = d;
    }
    return best;
  }

  /**
   * How far a date stands from a text position; one after it past a comma counts as farther than any
   * in its own clause ("unterzeichnet, der den am 8. August 1949 geschlossenen Vertrag ablöst": the
   * other treaty's date).
   */
  private int distance(DateMention d, int pos) {
    int far = Math.abs(d.start() - pos);
    int comma = d.start() > pos ? segment.indexOf(',', pos) : -1;
    if (comma >= 0 && comma < d.start()) far += segment.length();
    return far;
  }

  /** "le traité de l'Elysée de 1963", "the 1951 Treaty of Paris": a date that names a treaty dates no other act. */
  private boolean ofANamedTreaty(DateMention d) {
    for (Mention m : mentions) {
      if (!m.kind().equals(Entity.TREATY)) continue;
      int start = tokens.get(m.from()).start();
      int end = tokens.get(m.to() - 1).end();
      if (d.start() >= start && d.start() - end <= 4 || d.end() <= end && start - d.end() <= 1) return true;
    }
    return false;
  }
}

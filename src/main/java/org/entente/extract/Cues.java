package org.entente.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The trigger words of each language's rules, from {@code triggers/<lang>.tsv}: a category
 * ("sanction", "lift", "modal"...) and a word or phrase, where "word*" matches any ending and
 * "*word*" any compound that holds it ("Wirtschaftssanktionen").
 */
public final class Cues {

  /** The categories of group words by the number they count: "both" (group2), "the three" ... "the six" (group6). */
  static final String[] GROUPS = {"group2", "group3", "group4", "group5", "group6"};

  /** Whether a cue category is one of {@link #GROUPS}. */
  static boolean isGroupWord(String category) {
    for (String g : GROUPS) if (g.equals(category)) return true;
    return false;
  }

  /** A cue found at tokens [{@code from}, {@code to}). */
  public record Hit(String category, int from, int to) {}

  /** One word of a cue, compiled: "*sanktion*" has a core "sanktion", a leading and a trailing star. */
  private record Word(String core, boolean lead, boolean trail) {
    static Word of(String pattern) {
      boolean lead = pattern.startsWith("*");
      boolean trail = pattern.endsWith("*") && pattern.length() > 1;
      return new Word(pattern.substring(lead ? 1 : 0, pattern.length() - (trail ? 1 : 0)), lead, trail);
    }

    boolean matches(String word) {
      if (lead && trail) return word.contains(core);
      if (lead) return word.endsWith(core);
      if (trail) return word.startsWith(core);
      return word.equals(core);
    }
  }

  private record Pattern(String category, Word[] words) {}

  /**
   * What a word can start: the one-word cues it is, the longer ones it opens, and whether it may
   * stand inside a phrase (a day, an adverb). A word opening many phrases ("the", "en") keeps them
   * by their second word, so that only those whose second word follows are tried.
   */
  private record Start(String[] single, Pattern[] exactSecond, long secondBits,
                       Map<String, Pattern[]> bySecond, Pattern[] looseSecond, boolean filler) {

    private static final Pattern[] NONE = new Pattern[0];
    private static final String[] NO_WORD = new String[0];
    static final Start EMPTY = new Start(NO_WORD, NONE, 0, null, NONE, false);
    /** Below this many phrases by their second word a word tries them all: a map lookup costs more. */
    private static final int DISPATCH = 4;

    static Start of(List<Pattern> found, boolean filler) {
      if (found.isEmpty()) return filler ? new Start(NO_WORD, NONE, 0, null, NONE, true) : EMPTY;
      java.util.TreeSet<String> single = new java.util.TreeSet<>();     // the categories of its one-word cues, in the order hits are given
      List<Pattern> exact = new ArrayList<>();
      List<Pattern> loose = new ArrayList<>();
      long bits = 0;
      Map<String, List<Pattern>> by = new HashMap<>();
      for (Pattern p : found) {
        if (p.words().length == 1) {
          single.add(p.category());
          continue;
        }
        Word second = p.words()[1];
        if (second.lead() || second.trail()) {
          loose.add(p);
        } else {
          exact.add(p);
          bits |= hashBit(second.core().hashCode());
          by.computeIfAbsent(second.core(), k -> new ArrayList<>(2)).add(p);
        }
      }
      Map<String, Pattern[]> bySecond = null;
      if (exact.size() >= DISPATCH) {
        bySecond = new HashMap<>();
        for (var e : by.entrySet()) bySecond.put(e.getKey(), e.getValue().toArray(NONE));
      }
      return new Start(single.toArray(NO_WORD), exact.toArray(NONE), bits, bySecond, loose.toArray(NONE), filler);
    }

    boolean opensPhrases() {
      return exactSecond.length > 0 || looseSecond.length > 0;
    }

    boolean opensNothing() {
      return single.length == 0 && !opensPhrases();
    }
  }

  /**
   * Per language: patterns keyed by their first word (exact) or its first 1-3 letters (prefix);
   * others scanned; the words that may stand inside a phrase. {@code byWord} remembers, per word
   * seen, what it starts: news repeats its words, so most tokens cost one lookup.
   */
  private record Index(Map<String, List<Pattern>> exact, Prefixes prefix, List<Pattern> other,
                       java.util.Set<String> fillers, Map<String, Start> byWord) {

    /** Bounds the memory of {@code byWord}; words past it are looked up afresh each time. */
    private static final int REMEMBERED = 150_000;

    Start start(String w) {
      if (w.isEmpty()) return Start.EMPTY;
      Start known = byWord.get(w);
      if (known != null) return known;
      List<Pattern> found = new ArrayList<>(2);
      if (Character.isLetter(w.charAt(0))) {                  // cues are words: "5" or "«" starts none
        addFirstWordMatches(exact.get(w), w, found);
        for (int k = 1; k <= Math.min(3, w.length()); k++) addFirstWordMatches(prefix.get(w, k), w, found);
        addFirstWordMatches(other, w, found);
      }
      Start out = Start.of(found, fillers.contains(w));
      if (byWord.size() < REMEMBERED) byWord.put(w, out);
      return out;
    }

    Start start(Token t) {
      WordTable.Word w = t.word();
      if (w == null) return start(t.folded());
      Start known = (Start) w.memo(this);
      if (known == null) {
        known = start(t.folded());
        w.remember(this, known);
      }
      return known;
    }

    private static void addFirstWordMatches(List<Pattern> patterns, String w, List<Pattern> out) {
      if (patterns == null) return;
      for (Pattern p : patterns) if (p.words()[0].matches(w)) out.add(p);
    }
  }

  /**
   * Patterns by the first one to three letters of their first word, packed into a long, so that a
   * word is looked up under its prefixes without a string made for each.
   */
  private static final class Prefixes {
    private final Map<Long, List<Pattern>> byKey = new HashMap<>();
    private long[] keys = new long[0];
    private Object[] values = new Object[0];
    private int lengths;                      // bit k: some prefix has k letters

    void add(String prefix, Pattern p) {
      byKey.computeIfAbsent(key(prefix, prefix.length()), k -> new ArrayList<>()).add(p);
      lengths |= 1 << prefix.length();
    }

    /** Builds the open-addressing table the lookups read. */
    void seal() {
      int n = Integer.highestOneBit(Math.max(4, byKey.size() * 4));
      keys = new long[n];
      values = new Object[n];
      for (var e : byKey.entrySet()) {
        int i = slot(e.getKey(), n);
        while (values[i] != null) i = (i + 1) & (n - 1);
        keys[i] = e.getKey();
        values[i] = e.getValue();
      }
    }

    @SuppressWarnings("unchecked")
    List<Pattern> get(String word, int k) {
      if ((lengths & (1 << k)) == 0) return null;
      long key = key(word, k);
      int n = keys.length;
      for (int i = slot(key, n); values[i] != null; i = (i + 1) & (n - 1)) if (keys[i] == key) return (List<Pattern>) values[i];
      return null;
    }

    private static long key(String w, int k) {
      long key = k;
      for (int i = 0; i < k; i++) key = (key << 16) | w.charAt(i);
      return key;
    }

    private static int slot(long key, int n) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & (n - 1);
    }
  }

  private final Map<Language, Index> index = new EnumMap<>(Language.class);
  /** Per language: elided words ("dall'", "sull'") that are cues of their own, by the word without apostrophe. */
  private final Map<Language, Map<String, List<String>>> elided = new EnumMap<>(Language.class);

  public Cues() {
    List<String> months = Resources.lines("entente/dict/months.tsv");   // read once, for every language
    for (Language lang : Language.values()) {
      Index ix = new Index(new HashMap<>(), new Prefixes(), new ArrayList<>(), new java.util.HashSet<>(), new java.util.concurrent.ConcurrentHashMap<>());
      for (String line : Resources.lines("entente/dict/triggers/" + lang.code() + ".tsv")) {
        String[] c = line.split("\t");
        if (c.length < 2) continue;
        String form = fold(c[1].strip(), lang);
        if (form.endsWith("'") || form.endsWith("’")) {                  // "by	dall'": a cue the tokenizer folds into the next word
          elided.computeIfAbsent(lang, k -> new HashMap<>()).computeIfAbsent(form.substring(0, form.length() - 1), k -> new ArrayList<>(1))
              .add(c[0].strip().intern());
          continue;
        }
        String[] words = words(form);
        if (words.length == 0 || words[0].isEmpty()) continue;
        String category = c[0].strip().intern();           // one instance per category: the rules ask by literal, compared by identity first
        if (words.length == 1 && (category.startsWith("weekday") || category.equals("today") || category.equals("yesterday") || category.equals("inside"))) {
          ix.fillers().add(words[0]);
          if (category.equals("inside")) continue;                  // a filler, no cue of its own
        }
        Word[] compiled = new Word[words.length];
        for (int i = 0; i < words.length; i++) compiled[i] = Word.of(words[i]);
        Pattern p = new Pattern(category, compiled);
        String w = words[0];
        if (w.startsWith("*")) ix.other().add(p);
        else if (w.endsWith("*")) ix.prefix().add(w.substring(0, Math.min(3, w.length() - 1)), p);
        else ix.exact().computeIfAbsent(w, k -> new ArrayList<>()).add(p);
      }
      // the months of months.tsv, as a category of their own: "In March Russia imposed": a month is the preposition's object
      for (String line : months) {
        String[] c = line.split("\t");
        if (c.length < 3 || !c[0].strip().equals(lang.code())) continue;
        for (String f : c[2].split("\\|")) {
          String form = fold(f.strip(), lang);
          if (form.length() < 4 && !c[1].strip().equals("5") || words(form).length != 1) continue;   // not the abbreviations "mar", "dec"
          ix.exact().computeIfAbsent(form, k -> new ArrayList<>()).add(new Pattern("month", new Word[] {Word.of(form)}));
        }
      }
      ix.prefix().seal();
      index.put(lang, ix);
    }
  }

  private static final java.util.Set<String> ELIDED = java.util.Set.of(
      "l", "d", "j", "m", "n", "s", "t", "c", "qu", "dell", "all", "dall", "nell", "sull", "un");

  /** The words of a cue as the tokenizer sees them: "à l'encontre" -> [a, encontre]. */
  private static String[] words(String cue) {
    List<String> out = new ArrayList<>();
    for (String w : cue.split("[\\s-]+")) {
      int a = Math.max(w.indexOf('\''), w.indexOf('’'));
      if (a > 0 && ELIDED.contains(w.substring(0, a))) w = w.substring(a + 1);
      if (!w.isEmpty()) out.add(w);
    }
    return out.toArray(new String[0]);
  }

  /**
   * Lower case without accents, as cues are compared in a language: German umlauts become
   * ae/oe/ue first, so "würde" (would) stays apart from "wurde" (was); French "à" and Italian "è"
   * keep their accent, so they stay apart from "a" (has) and "e" (and).
   */
  public static String fold(String s, Language lang) {
    if (isAscii(s)) return s.toLowerCase(Locale.ROOT);
    // French "à" (to) stays apart from "a" (has): "Bruxelles a inscrit X" has no preposition before X
    if (lang == Language.FR) return foldKeeping(s, 'à', 'À');
    // Italian "è" (is) stays apart from "e" (and): "L'Eritrea è tornata" is no list
    if (lang == Language.IT) return foldKeeping(s, 'è', 'È');
    if (lang != Language.DE) return fold(s);
    String lower = s.toLowerCase(Locale.ROOT);
    return fold(lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"));
  }

  /** {@link #fold(String)}, the accented letter (either case) left as its lower case. */
  private static String foldKeeping(String s, char lower, char upper) {
    if (s.indexOf(lower) < 0 && s.indexOf(upper) < 0) return fold(s);
    return fold(s.replace(lower, '\uE000').replace(upper, '\uE000')).replace('\uE000', lower);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
    return true;
  }

  /** Lower case without accents, as cues are compared. */
  public static String fold(String s) {
    if (isAscii(s)) return s.toLowerCase(Locale.ROOT);
    String lower = s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    boolean latin = false;
    for (int i = 0; i < lower.length() && !latin; i++) latin = lower.charAt(i) >= 0x80 && lower.charAt(i) < 0x400;
    if (!latin) return lower; // Cyrillic and the like: nothing to fold
    char[] in = lower.toCharArray();
    char[] out = new char[in.length * 4];
    int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, n);
  }

  /** Every cue in the tokens, in order; {@code folded} holds {@link #fold} of each token's surface. */
  public List<Hit> find(List<String> folded, Language lang) {
    return find(folded, null, lang);
  }

  /**
   * Like {@link #find(List, Language)}; {@code elisions} holds, per token, the folded word elided
   * before it ("dall" of "dall'Ue") or null. Such a word that is a cue gives a hit of no width just
   * before its token.
   */
  public List<Hit> find(List<String> folded, List<String> elisions, Language lang) {
    return find(folded, null, elisions, lang);
  }

  /** Like {@link #find(List, List, Language)}, remembering on each token's word what it starts. */
  List<Hit> find(List<String> folded, List<Token> tokens, List<String> elisions, Language lang) {
    Index ix = index.get(lang);
    Map<String, List<String>> el = elided.getOrDefault(lang, Map.of());
    Start[] starts = new Start[folded.size()];
    List<Hit> out = new ArrayList<>();
    List<Hit> here = new ArrayList<>(4);
    for (int i = 0; i < folded.size(); i++) {
      String w = folded.get(i);
      if (w.isEmpty()) continue;
      if (elisions != null && elisions.get(i) != null && el.containsKey(elisions.get(i))) {
        for (String category : el.get(elisions.get(i))) out.add(new Hit(category, i, i));
      }
      Start st = start(ix, folded, tokens, starts, i);
      if (st.opensNothing()) continue;
      here.clear();
      if (st.opensPhrases() && i + 1 < folded.size()) {
        // "in line with": a word tries the phrases its next word continues; a filler next ("entrés lundi dans") tries all
        tryAll(st.looseSecond(), folded, tokens, starts, ix, i, here);
        if (start(ix, folded, tokens, starts, i + 1).filler()) {
          tryAll(st.exactSecond(), folded, tokens, starts, ix, i, here);
        } else {
          String next = folded.get(i + 1);
          if ((st.secondBits() & hashBit(next.hashCode())) != 0) {
            Pattern[] these = st.bySecond() == null ? st.exactSecond() : st.bySecond().get(next);
            if (these != null) tryAll(these, folded, tokens, starts, ix, i, here);
          }
        }
      }
      if (here.isEmpty()) {                                   // one-word cues only, sorted and distinct already
        for (String category : st.single()) out.add(new Hit(category, i, i + 1));
        continue;
      }
      for (String category : st.single()) here.add(new Hit(category, i, i + 1));
      if (here.size() > 1) {
        here.sort((a, b) -> a.category().compareTo(b.category()) != 0 ? a.category().compareTo(b.category()) : Integer.compare(b.to(), a.to()));
      }
      for (int k = 0; k < here.size(); k++) if (k == 0 || !here.get(k).equals(here.get(k - 1))) out.add(here.get(k));   // sorted: equal hits are neighbours
      // "cease-fire": the phrase is read as the noun, not as the verb that starts it
      boolean ceasefire = false;
      for (int k = 0; k < here.size(); k++) ceasefire |= here.get(k).category().equals("ceasefire");
      if (ceasefire) {
        int at = i;
        out.removeIf(x -> x.from() == at && !x.category().equals("ceasefire"));
      }
    }
    return out;
  }

  /**
   * One of 64 bits, chosen by a hash code: a set of strings kept as the or of their bits answers
   * at once for most strings not in it (a word's second words here, a sentence's cue categories).
   */
  static long hashBit(int hash) {
    return 1L << ((hash ^ (hash >>> 6) ^ (hash >>> 12)) & 63);
  }

  private static Start start(Index ix, List<String> folded, List<Token> tokens, Start[] starts, int i) {
    Start st = starts[i];
    if (st == null) starts[i] = st = tokens == null ? ix.start(folded.get(i)) : ix.start(tokens.get(i));
    return st;
  }

  private static void tryAll(Pattern[] patterns, List<String> folded, List<Token> tokens, Start[] starts, Index ix, int at, List<Hit> here) {
    for (Pattern p : patterns) {
      int end = match(p.words(), folded, tokens, starts, ix, at);
      if (end > 0) here.add(new Hit(p.category(), at, end));
    }
  }

  private static int match(Word[] words, List<String> folded, List<Token> tokens, Start[] starts, Index ix, int at) {
    int i = at + 1;                                           // the first word matched already
    for (int k = 1; k < words.length; k++) {
      if (i >= folded.size()) return -1;
      if (!words[k].matches(folded.get(i))) {
        // "entrés lundi dans", "fa ancora formalmente parte": a day or up to two adverbs may stand inside the phrase
        int j = i;
        while (j < folded.size() && j - i < 2 && start(ix, folded, tokens, starts, j).filler()) j++;
        if (j == i || j >= folded.size() || !words[k].matches(folded.get(j))) return -1;
        i = j;
      }
      i++;
    }
    return i;
  }
}

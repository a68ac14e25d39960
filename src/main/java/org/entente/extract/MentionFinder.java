package org.entente.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the states, organizations and known leaders an article names: the longest dictionary
 * form at each token, kept when its case fits ("US" but not "us", "Chad" but not "chad") and,
 * for ambiguous forms ("Georgia", "Korea"), only when the article names the entity another way.
 */
public final class MentionFinder {

  private final Gazetteer gazetteer;

  public MentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public List<Mention> find(List<Token> tokens, Language lang) {
    return find(tokens, lang, null);
  }

  /** Like {@link #find(List, Language)}; {@code text}, the text the tokens' offsets point into, tells commas. */
  public List<Mention> find(List<Token> tokens, Language lang, String text) {
    FormTrie trie = gazetteer.trie(lang);
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Mention best = longest(trie, tokens, i);
      if (best != null) {
        // "the Commonwealth of Independent States": a longer name starting inside the match wins
        for (int j = i + 1; j < best.to(); j++) {
          Mention inner = longest(trie, tokens, j);
          if (inner != null && inner.to() > best.to()) {
            best = inner;
            break;
          }
        }
      }
      if (best == null) {
        i++;
      } else {
        if (best.formType().equals(Form.PAIR)) out.addAll(pair(best, tokens, lang));
        else if (!best.kind().equals(Form.NOTHING)) out.add(best);
        if (best.kind().equals(Entity.TREATY)) out.addAll(statesNamedIn(trie, tokens, best));
        i = best.to();
      }
    }
    return dropUnsupportedAmbiguous(combined(plus(out, text), text), tokens, text, gazetteer, lang);
  }

  /** "North and South Korea": the first state up to the linking word, the second after it, each a name. */
  private List<Mention> pair(Mention m, List<Token> tokens, Language lang) {
    String[] ids = m.id().split("\\+");
    for (int k = m.from() + 1; k < m.to() - 1; k++) {
      if (!gazetteer.linksAPair(lang, tokens.get(k).surface().toLowerCase(java.util.Locale.ROOT))) continue;
      return List.of(mention(Form.of(Entity.STATE, ids[0], Form.NAME, "", false), tokens, m.from(), k),
          mention(Form.of(Entity.STATE, ids[1], Form.NAME, "", false), tokens, k + 1, m.to()));
    }
    return List.of();
  }

  /** "OPEC+", "ОПЕК+": a plus sign right after an organization's name names its wider group, when the table has one. */
  private List<Mention> plus(List<Mention> all, String text) {
    if (text == null) return all;
    for (int i = 0; i < all.size(); i++) {
      Mention m = all.get(i);
      if (!m.isOrganization() || m.end() >= text.length() || text.charAt(m.end()) != '+') continue;
      String wider = m.id() + "_PLUS";
      if (gazetteer.isOrganization(wider)) {
        all.set(i, new Mention(m.kind(), wider, m.formType(), m.from(), m.to(), m.start(), m.end() + 1, m.surface() + "+", m.ambiguous()));
      }
    }
    return all;
  }

  /**
   * A combining form names its state only when a hyphen joins it to a word that names another
   * ("franco-allemand", "Sino-Russian", "американо-китайские"), and then reads as an adjective:
   * alone, "Franco" is a surname and "sino" a Spanish conjunction; "Indo-Pacific" names no state.
   */
  private static List<Mention> combined(List<Mention> all, String text) {
    boolean any = false;
    for (Mention m : all) any |= m.formType().equals(Form.COMBINING);
    if (!any) return all;
    List<Mention> out = new ArrayList<>(all.size());
    Mention next = null;                                      // the mention kept right after, read from the end
    for (int i = all.size() - 1; i >= 0; i--) {
      Mention m = all.get(i);
      if (m.formType().equals(Form.COMBINING)) {
        boolean joined = text != null && m.end() < text.length() && (text.charAt(m.end()) == '-' || text.charAt(m.end()) == '\u2011')
            && next != null && next.isState() && next.from() == m.to() && next.start() == m.end() + 1;
        if (!joined) continue;
        m = new Mention(m.kind(), m.id(), Form.DEMONYM, m.from(), m.to(), m.start(), m.end(), m.surface(), m.ambiguous());
      }
      out.add(m);
      next = m;
    }
    java.util.Collections.reverse(out);
    return out;
  }

  /**
   * "Atomabkommen mit dem Iran", "Russia-North Korea treaty": a treaty's name may name its
   * parties; those states are named by the article too (not a city: "Treaty of Rome").
   */
  private static List<Mention> statesNamedIn(FormTrie trie, List<Token> tokens, Mention treaty) {
    List<Mention> out = new ArrayList<>();
    for (int j = treaty.from(); j < treaty.to(); j++) {
      for (Map.Entry<Integer, List<Form>> e : trie.matches(tokens, j)) {
        if (e.getKey() > treaty.to()) continue;
        List<Form> states = new ArrayList<>();
        for (Form f : e.getValue()) if (f.kind().equals(Entity.STATE) && !f.type().equals(Form.CAPITAL)) states.add(f);
        Form f = states.isEmpty() ? null : choose(states, tokens, j, e.getKey());
        if (f == null) continue;
        out.add(mention(f, tokens, j, e.getKey()));
        j = e.getKey() - 1;
        break;
      }
    }
    return out;
  }

  private static Mention longest(FormTrie trie, List<Token> tokens, int i) {
    List<Map.Entry<Integer, List<Form>>> matches = trie.matches(tokens, i);
    for (int k = 0; k < matches.size(); k++) {
      Map.Entry<Integer, List<Form>> m = matches.get(k);
      Form f = choose(m.getValue(), tokens, i, m.getKey());
      if (f != null) return mention(f, tokens, i, m.getKey());
    }
    return null;
  }

  /**
   * Of the forms that share a stemmed key, the one written exactly as the text has it wins
   * ("Нигерия" is Nigeria even though it stems like "Нигер"); a form counts as ambiguous when any
   * form of the same entity under that key is flagged so.
   */
  private static Form choose(List<Form> forms, List<Token> tokens, int from, int to) {
    if (to - from == 1 && truncated(forms, tokens.get(from))) return null;
    Form best = null;
    String written = null;
    if (forms.size() == 1) return fits(forms.get(0), tokens, from, to) ? forms.get(0) : null;
    for (Form f : forms) {
      if (!fits(f, tokens, from, to)) continue;
      if (best == null) best = f;
      if (written == null) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) sb.append(tokens.get(k).surface()).append(' ');
        written = lettersOf(Cues.fold(sb.toString()));
      }
      if (foldedLetters(f).equals(written)) {
        best = f;
        // "in Luxemburg": a state named like its capital is read as the city, which a venue word makes a place
        if (!f.type().equals(Form.CAPITAL)) for (Form g : forms) {
          if (g.type().equals(Form.CAPITAL) && g.id().equals(f.id()) && fits(g, tokens, from, to) && foldedLetters(g).equals(written)) best = g;
        }
        break;
      }
    }
    if (best == null || best.ambiguous()) return best;
    boolean anyAmbiguous = false;
    for (Form f : forms) anyAmbiguous |= f.ambiguous();
    if (!anyAmbiguous) return best;
    StringBuilder asWritten = new StringBuilder();
    for (int k = from; k < to; k++) asWritten.append(tokens.get(k).surface());
    String exact = lettersOf(asWritten);
    boolean writtenAsBest = exact.equals(lettersOf(best.written()));
    for (Form f : forms) {
      // "Jordan" flagged in the data makes the JDK's "Jordan" ambiguous; "india" (demonym) does not make "India" so
      boolean sameSpelling = exact.equals(lettersOf(f.written()));
      if (f.ambiguous() && f.id().equals(best.id()) && f.kind().equals(best.kind()) && (sameSpelling || !writtenAsBest)) {
        return new Form(best.kind(), best.id(), best.type(), best.written(), best.exactCase(), best.capitalized(), true, best.capitalMask());
      }
    }
    return best;
  }

  /**
   * Whether a word is shorter by two letters or more than every form it stems like: the Spanish
   * verb "dan" stems like "danés" but names no one; an inflection does not drop two letters.
   */
  private static boolean truncated(List<Form> forms, Token t) {
    int n = letterCount(t.surface());
    for (Form f : forms) {
      // "das Emirat" stems like "Emirate" (ARE) but is a single emirate: a name loses no letter to inflection
      int shorter = f.type().equals(Form.NAME) ? 1 : 2;
      if (LETTER_COUNTS.computeIfAbsent(f.written(), MentionFinder::letterCount) < n + shorter) return false;
    }
    return true;
  }

  private static int letterCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) n++;
    return n;
  }

  private static Mention mention(Form f, List<Token> tokens, int from, int to) {
    int s = tokens.get(from).start();
    int e = tokens.get(to - 1).end();
    StringBuilder surface = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) surface.append(' ');
      surface.append(tokens.get(k).surface());
    }
    return new Mention(f.kind(), f.id(), f.type(), from, to, s, e, surface.toString(), f.ambiguous());
  }

  private static boolean fits(Form f, List<Token> tokens, int from, int to) {
    // a person's name loses no letter to inflection: "sanzioni al Sudan" is no "al-Sudani"
    if (f.kind().equals(Entity.LEADER) && letterCount(tokens.get(to - 1).surface()) < letterCount(lastWord(f.written()))) return false;
    if (f.exactCase()) {
      StringBuilder sb = new StringBuilder();
      for (int k = from; k < to; k++) sb.append(tokens.get(k).surface());
      int n = sb.length();
      if (n > 2 && sb.charAt(n - 1) == 's' && (sb.charAt(n - 2) == '\'' || sb.charAt(n - 2) == '’')) sb.setLength(n - 2); // NATO's
      return lettersOf(sb).equals(lettersOf(f.written()));
    }
    if (f.capitalized()) {
      // a long name keeps its first capital, whatever its writers do with the others ("Associazione delle nazioni del Sud-est asiatico")
      int checked = to - from >= 4 ? from + 1 : to;
      for (int k = from; k < checked && k - from < 64; k++) {
        if ((f.capitalMask() & (1L << (k - from))) != 0 && !tokens.get(k).capitalized()) return false;
      }
    }
    return true;
  }

  private static String lastWord(String written) {
    int i = written.length();
    while (i > 0 && !Character.isLetterOrDigit(written.charAt(i - 1))) i--;
    int j = i;
    while (j > 0 && Character.isLetterOrDigit(written.charAt(j - 1))) j--;
    return written.substring(j, i);
  }

  /** The letters of each form as written, folded, and their count, kept: the same forms are weighed at every name. */
  private static final Map<String, String> FOLDED_LETTERS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Map<String, Integer> LETTER_COUNTS = new java.util.concurrent.ConcurrentHashMap<>();

  private static String foldedLetters(Form f) {
    return FOLDED_LETTERS.computeIfAbsent(f.written(), w -> lettersOf(Cues.fold(w)));
  }

  private static String lettersOf(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) sb.append(s.charAt(i));
    return sb.toString();
  }

  /**
   * Ambiguous forms count when the article names the entity another way or names one of its
   * leaders ("Georgia, where President Zviad Gamsakhurdia was ousted"), or when they stand in a
   * list of three or more states ("le Malawi, Maurice, le Mozambique"); a homonym also when its
   * sentence names something for sure ({@link #namesakeInCompany}).
   */
  private static List<Mention> dropUnsupportedAmbiguous(List<Mention> all, List<Token> tokens, String text, Gazetteer gazetteer, Language lang) {
    Set<String> sure = new HashSet<>();
    for (Mention m : all) {
      if (m.ambiguous()) continue;
      sure.add(m.id());
      if (!m.kind().equals(Entity.LEADER) || m.to() - m.from() < 2) continue;   // a leader's full name, not a bare surname
      Leaders.Leader l = gazetteer.leaders().get(m.id());
      if (l != null) for (Leaders.Tenure t : l.tenures()) sure.add(t.state());
    }
    boolean[] listed = new boolean[all.size()];
    int start = 0;
    for (int i = 1; i <= all.size(); i++) {
      if (i < all.size() && listedWith(all.get(i - 1), all.get(i), tokens, text)) continue;
      // three states in a row, or two of which one is sure: "la Croazia e la Macedonia", "le Mali et la Guinée"
      boolean pair = i - start == 2 && !(all.get(start).ambiguous() && all.get(start + 1).ambiguous());
      if (i - start >= 3 || pair) for (int k = start; k < i; k++) listed[k] = true;
      start = i;
    }
    List<Mention> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      Mention m = all.get(i);
      if (!m.ambiguous() || sure.contains(m.id()) || listed[i] && !companySuffix(m, all, tokens) || gazetteer.homonym(lang, m.id()) && namesakeInCompany(all, i, tokens, text)) out.add(m);
    }
    return out;
  }

  /**
   * "Chad became the 31st member of NATO", "sanctions imposed by the Security Council on Georgia":
   * a state's name that is also a person's or another place's counts when a state or organization
   * named for sure stands in the same sentence, and no capitalized word beside it makes it part of
   * another name ("Michael Jordan", "Atlanta, Georgia").
   */
  private static boolean namesakeInCompany(List<Mention> all, int i, List<Token> tokens, String text) {
    Mention m = all.get(i);
    if (text == null || !m.isState() || !m.formType().equals(Form.NAME)) return false;
    // "Michael Jordan", "Lake Chad", "Atlanta, Georgia"; "Jordan Peterson", "Chad Basin"
    if (m.from() > 0 && nameWord(all, tokens, m.from() - 1, text)) {
      String gap = text.substring(tokens.get(m.from() - 1).end(), m.start()).strip();
      if (gap.isEmpty() || gap.equals(",")) return false;
    }
    if (m.to() < tokens.size() && nameWord(all, tokens, m.to(), text) && text.substring(m.end(), tokens.get(m.to()).start()).isBlank()) return false;
    for (int k = 0; k < all.size(); k++) {
      Mention o = all.get(k);
      boolean leader = o.kind().equals(Entity.LEADER) && o.to() - o.from() >= 2;
      if (k == i || o.ambiguous() || !(o.isState() || o.isOrganization() || leader)) continue;
      if (!sentenceBreak(text, o, m)) return true;
    }
    return false;
  }

  /** Whether token {@code j} is a capitalized word that no name holds and that may be a name's: not a frequent word opening a sentence. */
  private static boolean nameWord(List<Mention> all, List<Token> tokens, int j, String text) {
    if (!tokens.get(j).capitalized()) return false;
    for (Mention o : all) if (o.from() <= j && j < o.to()) return false;
    // at a sentence's start a capital says nothing, but "In" or "With" is no one's name
    if (j > 0) {
      String before = text.substring(tokens.get(j - 1).end(), tokens.get(j).start());
      for (int k = 0; k < before.length(); k++) if (".!?:;\n\"“«(-–—".indexOf(before.charAt(k)) >= 0) return !LanguageGuesser.frequent(tokens.get(j).folded());
      return true;
    }
    return !LanguageGuesser.frequent(tokens.get(j).folded());
  }

  /** Whether a sentence ends between two mentions: a period, question or exclamation mark followed by a space. */
  private static boolean sentenceBreak(String text, Mention o, Mention m) {
    int s = Math.min(o.end(), m.end());
    int e = Math.max(o.start(), m.start());
    for (int k = s; k < e - 1; k++) {
      char c = text.charAt(k);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(k + 1)) && !(k > 0 && Character.isUpperCase(text.charAt(k - 1)))) return true;
      if (c == '\n') return true;
    }
    return false;
  }

  /** "Rosneft Trading SA, a Swiss-based unit": an abbreviation right after a capitalized word no name holds ends a company's name. */
  private static boolean companySuffix(Mention m, List<Mention> all, List<Token> tokens) {
    if (!m.formType().equals(Form.ABBREV) || m.from() == 0 || !tokens.get(m.from() - 1).capitalized()) return false;
    for (Mention o : all) if (o.to() == m.from()) return false;
    return true;
  }

  private static final Set<String> AND = Set.of("and", "et", "und", "y", "e", "и", "or", "ou", "oder", "o");

  /** Whether two state mentions are neighbours in a list: a comma or "and" (and an article) between. */
  private static boolean listedWith(Mention a, Mention b, List<Token> tokens, String text) {
    if (!a.isState() || !b.isState() || b.from() - a.to() > 2) return false;
    String gap = text == null ? "" : text.substring(tokens.get(a.to() - 1).end(), tokens.get(b.from()).start()).strip();
    if (gap.startsWith(",")) return b.from() - a.to() <= 1;
    return b.from() - a.to() >= 1 && AND.contains(tokens.get(a.to()).surface().toLowerCase(java.util.Locale.ROOT));
  }
}

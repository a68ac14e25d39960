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
        out.add(best);
        i = best.to();
      }
    }
    return dropUnsupportedAmbiguous(out);
  }

  private static Mention longest(FormTrie trie, List<Token> tokens, int i) {
    for (Map.Entry<Integer, List<Form>> m : trie.matches(tokens, i)) {
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
      if (lettersOf(Cues.fold(f.written())).equals(written)) {
        best = f;
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
    if (f.exactCase()) {
      StringBuilder sb = new StringBuilder();
      for (int k = from; k < to; k++) sb.append(tokens.get(k).surface());
      int n = sb.length();
      if (n > 2 && sb.charAt(n - 1) == 's' && (sb.charAt(n - 2) == '\'' || sb.charAt(n - 2) == '’')) sb.setLength(n - 2); // NATO's
      return lettersOf(sb).equals(lettersOf(f.written()));
    }
    if (f.capitalized()) {
      for (int k = from; k < to && k - from < 64; k++) {
        if ((f.capitalMask() & (1L << (k - from))) != 0 && !tokens.get(k).capitalized()) return false;
      }
    }
    return true;
  }

  private static String lettersOf(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) sb.append(s.charAt(i));
    return sb.toString();
  }

  private static List<Mention> dropUnsupportedAmbiguous(List<Mention> all) {
    Set<String> sure = new HashSet<>();
    for (Mention m : all) if (!m.ambiguous()) sure.add(m.id());
    List<Mention> out = new ArrayList<>(all.size());
    for (Mention m : all) if (!m.ambiguous() || sure.contains(m.id())) out.add(m);
    return out;
  }
}

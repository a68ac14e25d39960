package org.entente.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Forms keyed by their sequence of matching terms, for longest-match lookup over tokens. */
final class FormTrie {

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    final List<Form> forms = new ArrayList<>(1);
  }

  private static final int BITS = 1 << 20;

  private final Node root = new Node();
  /** The hashes of every first word, so most words of a text are turned away without a map lookup. */
  private final java.util.BitSet firstWords = new java.util.BitSet(BITS);

  /**
   * Tags what this trie remembers on a word ({@link WordTable.Word#memo}); a new tag on every
   * change, so nothing remembered before the change is read after it.
   */
  private Object memoTag = new Object();
  private static final Object NO_NODE = new Object();

  void add(List<Token> key, Form form) {
    if (key.isEmpty()) return;
    memoTag = new Object();
    firstWords.set(key.get(0).term().hashCode() & (BITS - 1));
    Node n = root;
    for (Token t : key) n = n.next.computeIfAbsent(t.term(), k -> new Node());
    for (Form f : n.forms) if (f.equals(form)) return;
    n.forms.add(form);
  }

  /**
   * The forms that match tokens from {@code from} on, longest first: each entry of the result
   * is the end (exclusive) of the match and the forms that match there.
   */
  List<Map.Entry<Integer, List<Form>>> matches(List<Token> tokens, int from) {
    Node n = first(tokens.get(from));
    if (n == null) return List.of();
    List<Map.Entry<Integer, List<Form>>> out = new ArrayList<>(2);
    for (int i = from; ; ) {
      if (!n.forms.isEmpty()) out.add(0, Map.entry(i + 1, n.forms));
      if (++i >= tokens.size()) break;
      n = n.next.get(tokens.get(i).term());
      if (n == null) break;
    }
    return out;
  }

  /** The node of a token's term among the first words, remembered on its word: news repeats its words. */
  private Node first(Token t) {
    WordTable.Word w = t.word();
    Object known = w == null ? null : w.memo(memoTag);
    if (known == null) {
      Node n = firstWords.get(t.term().hashCode() & (BITS - 1)) ? root.next.get(t.term()) : null;
      if (w == null) return n;
      known = n == null ? NO_NODE : n;
      w.remember(memoTag, known);
    }
    return known == NO_NODE ? null : (Node) known;
  }
}

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

  void add(List<Token> key, Form form) {
    if (key.isEmpty()) return;
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
    if (!firstWords.get(tokens.get(from).term().hashCode() & (BITS - 1))) return List.of();
    List<Map.Entry<Integer, List<Form>>> out = new ArrayList<>(2);
    Node n = root;
    for (int i = from; i < tokens.size(); i++) {
      n = n.next.get(tokens.get(i).term());
      if (n == null) break;
      if (!n.forms.isEmpty()) out.add(0, Map.entry(i + 1, n.forms));
    }
    return out;
  }
}

package org.entente.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * A sentence with slots such as {@code {A}}, {@code {B:acc}} or {@code {L:title}}: parsed once,
 * filled many times. A slot is a name and an optional grammatical case after a colon.
 */
public final class Template {

  /** One slot of a template. */
  public record Slot(String name, String grammaticalCase) {}

  private final List<Object> parts; // String literals and Slots, in order
  private final String text;

  private Template(List<Object> parts, String text) {
    this.parts = parts;
    this.text = text;
  }

  public static Template parse(String text) {
    List<Object> parts = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('{', i);
      if (open < 0) {
        parts.add(text.substring(i));
        break;
      }
      int close = text.indexOf('}', open);
      if (close < 0) throw new IllegalArgumentException("unclosed slot in template: " + text);
      if (open > i) parts.add(text.substring(i, open));
      String s = text.substring(open + 1, close);
      int colon = s.indexOf(':');
      parts.add(colon < 0 ? new Slot(s, null) : new Slot(s.substring(0, colon), s.substring(colon + 1)));
      i = close + 1;
    }
    return new Template(List.copyOf(parts), text);
  }

  /** Whether the template has a slot of this name. */
  public boolean uses(String name) {
    for (Object p : parts) if (p instanceof Slot s && s.name().equals(name)) return true;
    return false;
  }

  /** The sentence with every slot replaced by what {@code fill} gives for it, first letter upper case. */
  public String fill(BiFunction<String, String, String> fill) {
    StringBuilder b = new StringBuilder(text.length() + 64);
    for (Object p : parts) {
      if (p instanceof Slot s) {
        String v = fill.apply(s.name(), s.grammaticalCase());
        if (v == null) throw new IllegalStateException("no value for {" + s.name() + "} in: " + text);
        b.append(v);
      } else {
        b.append((String) p);
      }
    }
    if (!b.isEmpty()) {
      int cp = b.codePointAt(0);
      String up = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
      b.replace(0, Character.charCount(cp), up);
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}

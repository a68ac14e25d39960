package org.entente.export;

import java.util.List;
import java.util.stream.Collectors;

/** Text for XML formats: escaping, and lists written as "a; b". */
final class Xml {

  private Xml() {}

  static String esc(Object v) {
    String s = v instanceof List<?> l ? l.stream().map(String::valueOf).collect(Collectors.joining("; ")) : String.valueOf(v);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') sb.append(c);
        }
      }
    }
    return sb.toString();
  }
}

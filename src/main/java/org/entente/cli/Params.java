package org.entente.cli;

import java.util.ArrayList;
import java.util.List;

/** Types a {@code --param} value: integers, decimals, true/false, null, [a,b] lists; else a string. */
final class Params {

  private Params() {}

  static Object typed(String v) {
    String s = v.strip();
    if (s.startsWith("[") && s.endsWith("]")) {
      List<Object> out = new ArrayList<>();
      String inner = s.substring(1, s.length() - 1).strip();
      if (!inner.isEmpty()) for (String p : inner.split(",")) out.add(typed(p));
      return out;
    }
    if (s.equals("true") || s.equals("false")) return Boolean.parseBoolean(s);
    if (s.equals("null")) return null;
    if (s.matches("-?\\d{1,18}")) return Long.parseLong(s);
    if (s.matches("-?\\d+\\.\\d+")) return Double.parseDouble(s);
    if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}

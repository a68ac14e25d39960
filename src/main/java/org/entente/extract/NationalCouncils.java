package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A state's own security council is no organ of the United Nations: "the Russian Security
 * Council", "Russia's Security Council", "die übrigen Mitglieder des russischen Sicherheitsrats",
 * "Совбез России". The UN's short names ("Security Council", "Sicherheitsrat", "Совбез") right
 * after a state's adjective or possessive, or in Russian right before the state's name, are
 * dropped from the mentions.
 */
final class NationalCouncils {

  private NationalCouncils() {}

  /** The mentions, in text order, without the national councils read as the UN. */
  static List<Mention> drop(List<Mention> found, Language lang) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (national(found, i, lang)) {
        if (out == null) out = new ArrayList<>(found.subList(0, i));
        continue;
      }
      if (out != null) out.add(m);
    }
    return out == null ? found : out;
  }

  private static boolean national(List<Mention> found, int i, Language lang) {
    Mention m = found.get(i);
    if (!m.kind().equals(Entity.ORGANIZATION) || !m.id().equals("UN") || !m.formType().equals(Form.NAME)) return false;
    Mention before = i > 0 ? found.get(i - 1) : null;
    if (before != null && before.isState() && before.to() == m.from() && (before.isAdjectival() || before.isPossessive())) return true;
    Mention after = i + 1 < found.size() ? found.get(i + 1) : null;
    return lang == Language.RU && after != null && after.isState() && after.from() == m.to() && !after.isAdjectival();
  }
}

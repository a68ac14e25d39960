package org.entente.extract;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every known way of naming a state, organization or leader, per language: country names from
 * the JDK's locale data, the rest from the data files under {@code entente/dict}. Built once per
 * process; lookups are thread-safe.
 */
public final class Gazetteer {

  private static volatile Gazetteer shared;

  private final Map<String, String> stateNames = new LinkedHashMap<>();
  private final Map<String, String> orgNames = new LinkedHashMap<>();
  private final Set<String> orgIds = new java.util.HashSet<>();
  private final Set<String> homonyms = new java.util.HashSet<>();
  /** The linking words of each language's pair forms ("and" of "North and South Korea"). */
  private final Map<Language, Set<String>> pairLinks = new EnumMap<>(Language.class);
  /** The organizations that are alliances (alliances.txt). */
  private final Set<String> alliances = new java.util.HashSet<>();
  private final Leaders leaders;
  private final Treaties treaties;
  private final Map<Language, FormTrie> tries = new EnumMap<>(Language.class);
  /** The day a state became independent, for those that did while news was written: {@code states-since.tsv}. */
  private final Map<String, java.time.LocalDate> since = new HashMap<>();

  private Gazetteer() {
    leaders = Leaders.load();
    treaties = Treaties.load();
    Map<String, String> alpha2 = new HashMap<>();
    for (String a2 : Locale.getISOCountries()) {
      try {
        alpha2.put(Locale.of("", a2).getISO3Country(), a2);
      } catch (RuntimeException e) {
        // a code without an alpha-3 form is not a state Entente lists
      }
    }
    alpha2.put("XKX", "XK");
    Set<String> codes = new java.util.LinkedHashSet<>();
    for (String line : Resources.lines("entente/dict/states.txt")) codes.addAll(List.of(line.trim().split("\\s+")));
    for (String line : Resources.lines("entente/dict/alliances.txt")) alliances.add(line.strip());
    for (String line : Resources.lines("entente/dict/states-since.tsv")) {
      String[] c = line.split("\t");
      if (c.length >= 2) since.put(c[0].strip(), java.time.LocalDate.parse(c[1].strip()));
    }
    for (String id : codes) {
      String a2 = alpha2.get(id);
      String en = a2 == null ? id : Locale.of("", a2).getDisplayCountry(Locale.ENGLISH);
      stateNames.put(id, cleanName(en).get(0));
    }
    for (Language lang : Language.values()) {
      FormTrie trie = new FormTrie();
      tries.put(lang, trie);
      for (String id : codes) {
        String a2 = alpha2.get(id);
        if (a2 == null) continue;
        for (String n : cleanName(Locale.of("", a2).getDisplayCountry(lang.locale()))) {
          add(trie, lang, Form.of(Entity.STATE, id, Form.NAME, n, false));
        }
      }
      for (String line : Resources.lines("entente/dict/states/" + lang.code() + ".tsv")) {
        String[] c = line.split("\t");
        if (c.length >= 4 && c[1].strip().equals(Form.PAIR)) {        // "PRK+KOR  pair  North and South Korea  and"
          pairLinks.computeIfAbsent(lang, k -> new java.util.HashSet<>()).add(c[3].strip().toLowerCase(Locale.ROOT));
          add(trie, lang, Form.of(Entity.STATE, c[0].strip(), Form.PAIR, c[2].strip(), false));
          continue;
        }
        if (c.length < 3 || !codes.contains(c[0].strip())) continue;
        boolean amb = c.length > 3 && c[3].contains("ambiguous");
        if (c.length > 3 && c[3].contains("homonym") && c[1].strip().equals(Form.NAME)) homonyms.add(lang.code() + ":" + c[0].strip());
        add(trie, lang, Form.of(Entity.STATE, c[0].strip(), c[1].strip(), c[2].strip(), amb));
      }
      for (String line : Resources.lines("entente/dict/organizations.tsv")) {
        String[] c = line.split("\t");
        if (c.length < 4) continue;
        String l = c[1].strip();
        if (l.equals("*") || l.equals(lang.code())) {
          add(trie, lang, Form.of(Entity.ORGANIZATION, c[0].strip(), c[2].strip(), c[3].strip(), false));
          String title = titleCase(c[2].strip(), c[3].strip());
          if (title != null) add(trie, lang, Form.of(Entity.ORGANIZATION, c[0].strip(), Form.ACRONYM, title, false));
        }
        if (l.equals("en") && c[2].strip().equals(Form.NAME)) orgNames.putIfAbsent(c[0].strip(), c[3].strip());
        orgIds.add(c[0].strip());
      }
      for (Treaties.Known t : treaties.all()) {
        for (String l : List.of("*", lang.code())) {
          for (String n : t.names().getOrDefault(l, List.of())) add(trie, lang, Form.of(Entity.TREATY, t.key(), Form.NAME, n, false));
          for (String n : t.acronyms().getOrDefault(l, List.of())) {
            add(trie, lang, Form.of(Entity.TREATY, t.key(), Form.ACRONYM, n, false));
            String title = titleCase(Form.ACRONYM, n);                          // "l'accordo Usmca"
            if (title != null) add(trie, lang, Form.of(Entity.TREATY, t.key(), Form.ACRONYM, title, false));
          }
        }
      }
      for (String line : Resources.lines("entente/dict/nonstates.tsv")) {     // "South American": no mention of the US
        String[] c = line.split("\t");
        if (c.length >= 2 && c[0].strip().equals(lang.code())) add(trie, lang, Form.of(Form.NOTHING, "-", Form.DEMONYM, c[1].strip(), false));
      }
      for (Leaders.Leader l : leaders.all()) {
        for (String n : l.names()) {
          // "ATT", "AMLO": a name written in capitals is matched only so, not "il Trattato ... (Att)"
          boolean capitals = n.length() >= 2 && n.chars().allMatch(Character::isUpperCase);
          add(trie, lang, Form.of(Entity.LEADER, l.id(), capitals ? Form.ACRONYM : Form.NAME, n, false));
          if (lang == Language.RU) for (String v : RussianCases.of(n)) add(trie, lang, Form.of(Entity.LEADER, l.id(), Form.NAME, v, false));
        }
      }
    }
    orgNames.put("WEST", "the West");
  }

  /** A gazetteer read afresh from the data files (and the user's, see {@link Resources}). */
  static Gazetteer load() {
    return new Gazetteer();
  }

  /** The process-wide gazetteer, loaded on first use. */
  public static Gazetteer get() {
    Gazetteer g = shared;
    if (g == null) {
      synchronized (Gazetteer.class) {
        if (shared == null) shared = new Gazetteer();
        g = shared;
      }
    }
    return g;
  }

  FormTrie trie(Language lang) {
    return tries.get(lang);
  }

  public Leaders leaders() {
    return leaders;
  }

  public Treaties treaties() {
    return treaties;
  }

  /** Whether the id is an organization's. */
  public boolean isOrganization(String id) {
    return orgIds.contains(id);
  }

  /** Whether the organization is an alliance ("the alliance" may stand for it). */
  public boolean isAlliance(String id) {
    return alliances.contains(id);
  }

  public boolean isState(String id) {
    return stateNames.containsKey(id);
  }

  /** Whether the state's ambiguous name in {@code lang} is also a person's or another place's ("Chad", "Jordan"), flagged "homonym". */
  boolean homonym(Language lang, String id) {
    return homonyms.contains(lang.code() + ":" + id);
  }

  /** Whether the state was not yet independent on {@code date}: its name then names a province or region. */
  public boolean notYetAState(String id, java.time.LocalDate date) {
    java.time.LocalDate d = since.get(id);
    return d != null && date != null && date.isBefore(d);
  }

  /** Whether a word links the two states of a pair form in the language ("and", "et", "und"...). */
  boolean linksAPair(Language lang, String lowerCaseWord) {
    return pairLinks.getOrDefault(lang, Set.of()).contains(lowerCaseWord);
  }

  /** The English display name of an entity, or its id when none is known. */
  public String name(String kind, String id) {
    return switch (kind) {
      case Entity.STATE -> stateNames.getOrDefault(id, id);
      case Entity.ORGANIZATION -> orgNames.getOrDefault(id, id);
      case Entity.LEADER -> leaders.get(id) == null ? id : leaders.get(id).name();
      default -> id;
    };
  }

  /** The graph id of the dictionary treaty a text names ("le traité de l'Élysée" -> t-deu-fra-1963), or null. */
  public String treatyIdNamedBy(String text, Language lang) {
    if (text == null || text.isBlank() || lang == null) return null;
    List<Token> tokens = MatchAnalyzer.tokens(text, lang);
    for (int i = 0; i < tokens.size(); i++) {
      for (var m : tries.get(lang).matches(tokens, i)) {
        for (Form f : m.getValue()) if (f.kind().equals(Entity.TREATY) && treaties.get(f.id()) != null) return treaties.get(f.id()).id();
      }
    }
    return null;
  }

  /** Ids of the states and organizations a query word names in any language ("КНДР" -> PRK). */
  public Set<String> idsNamedBy(String words) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (Language lang : Language.values()) {
      List<Token> tokens = MatchAnalyzer.tokens(words, lang);
      var m = tries.get(lang).matches(tokens, 0);
      if (!m.isEmpty() && m.get(0).getKey() == tokens.size()) {
        for (Form f : m.get(0).getValue()) if (f.kind().equals(Entity.STATE) || f.kind().equals(Entity.ORGANIZATION)) out.add(f.id());
      }
    }
    return out;
  }

  /** Acronyms that are also words or names when written in title case ("Guam", "Alba"). */
  private static final Set<String> NO_TITLE_CASE = Set.of("GUAM", "ALBA");

  /**
   * The title-case spelling of a Latin acronym of four letters or more, as the French, Italian and
   * Spanish press write them ("l'Igad", "la Sadc"); null for other forms.
   */
  private static String titleCase(String kind, String written) {
    if (!kind.equals(Form.ACRONYM) || written.length() < 4 || NO_TITLE_CASE.contains(written)) return null;
    for (int i = 0; i < written.length(); i++) if (written.charAt(i) < 'A' || written.charAt(i) > 'Z') return null;
    return written.charAt(0) + written.substring(1).toLowerCase(Locale.ROOT);
  }

  private static void add(FormTrie trie, Language lang, Form f) {
    List<Token> words = MatchAnalyzer.tokens(f.written(), lang);
    trie.add(words, f.withCapitals(words));
    String dotted = dotted(f.written());      // "l'U.R.S.S.", "l'O.N.U.", "la C.E.E.": older spellings
    if (dotted != null) add(trie, lang, new Form(f.kind(), f.id(), f.type(), dotted, true, false, f.ambiguous(), 0L));
  }

  /** "URSS" -> "U.R.S.S.": an acronym of two to six capital letters written with periods; null for other forms. */
  private static String dotted(String written) {
    if (written.length() < 2 || written.length() > 6) return null;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (!Character.isUpperCase(c) || !Character.isLetter(c)) return null;
      out.append(c).append('.');
    }
    return out.toString();
  }

  /** "Myanmar (Burma)" -> [Myanmar, Burma]; "Congo - Kinshasa" is left to the data files. */
  private static List<String> cleanName(String n) {
    int p = n.indexOf(" (");
    if (p > 0 && n.endsWith(")")) return List.of(n.substring(0, p), n.substring(p + 2, n.length() - 1));
    return List.of(n);
  }
}

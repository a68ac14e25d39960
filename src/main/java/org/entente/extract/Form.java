package org.entente.extract;

/**
 * One way of writing an entity in a language: "Moscou" is a capital form of RUS, "nord-coréenne"
 * a demonym form of PRK. {@code exactCase} forms (acronyms: "US", "AU") match only as written;
 * {@code capitalized} ones only when the text capitalizes them; {@code ambiguous} ones count only
 * when the article also names the entity another way.
 */
public record Form(String kind, String id, String type, String written, boolean exactCase,
                   boolean capitalized, boolean ambiguous, long capitalMask) {

  public static final String NAME = "name";
  public static final String ABBREV = "abbrev";
  public static final String CAPITAL = "capital";
  public static final String METONYM = "metonym";
  public static final String DEMONYM = "demonym";
  public static final String ADJECTIVE = "adjective";
  /** "antirusses", "антироссийские": the state a measure is directed against, never its actor. */
  public static final String ANTI = "anti";
  public static final String COLLECTIVE = "collective";
  /** "franco" of "franco-allemand", "Sino" of "Sino-Russian": a state named only before a hyphen and another state's word. */
  public static final String COMBINING = "combining";
  public static final String ACRONYM = "acronym";
  /** "the Obama administration", "il governo Draghi": a government named after its leader stands for the leader's state. */
  public static final String GOVERNMENT = "government";
  /** "North and South Korea", "Nord- und Südkorea": two states named in one phrase, ids joined by "+", split where the linking word stands. */
  public static final String PAIR = "pair";
  /** The kind of a phrase that names nothing but holds a name ("South American"): it only keeps its words from being read as one. */
  public static final String NOTHING = "Nothing";

  /** Name particles that news writes in either case inside a person's name ("Al Khalifa", "al-Khalifa", "bin Salman"). */
  private static final java.util.Set<String> PARTICLES = java.util.Set.of("Al", "El", "Bin", "Ben", "Ibn", "Bint", "Abu", "Ould", "Ag", "Ul", "Ad", "As", "Ash", "Аль", "Эль", "Бен", "Бин", "Ибн");

  static Form of(String kind, String id, String type, String written, boolean ambiguous) {
    boolean exact = type.equals(ABBREV) || type.equals(ACRONYM);
    boolean caps = !exact && !type.equals(DEMONYM) && !type.equals(ADJECTIVE) && !type.equals(ANTI) && !type.equals(COMBINING);
    return new Form(kind, id, type, written, exact, caps, ambiguous, 0L);
  }

  /** The same form, knowing which of its words are written with a capital (bit i: word i). */
  Form withCapitals(java.util.List<Token> words) {
    long mask = 0;
    for (int i = 0; i < Math.min(64, words.size()); i++) {
      if (words.get(i).capitalized() && !(kind.equals(Entity.LEADER) && i > 0 && PARTICLES.contains(words.get(i).surface()))) mask |= 1L << i;
    }
    return new Form(kind, id, type, written, exactCase, capitalized, ambiguous, mask);
  }
}

package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Makes and updates the treaty entities the rules report: a treaty known only by its parties, a
 * second document between the same parties, the dates of its acts, and parties added later.
 */
final class TreatyEntities {

  private TreatyEntities() {}

  /** Adds states, those it lacks, to the parties of the treaty read last, and stores it again. */
  static void joinLastTreaty(ArticleContext ctx, java.util.Collection<String> states) {
    ctx.lastTreaty = withParties(ctx.lastTreaty, union(ctx.lastTreaty.parties(), states));
    ctx.put(ctx.lastTreaty);
  }

  /** The parties {@code first} has, in order, then those of {@code more} it lacks. */
  static List<String> union(List<String> first, java.util.Collection<String> more) {
    List<String> all = new ArrayList<>(first);
    for (String p : more) if (!all.contains(p)) all.add(p);
    return all;
  }

  static Entity withParties(Entity t, List<String> parties) {
    return new Entity(Entity.TREATY, t.id(), t.name(), null, List.copyOf(parties), t.signed(), t.ratified(), t.inForce());
  }

  /**
   * Whether a party may be stated: of a treaty of the dictionary, whose parties the dictionary
   * knows, only a state the article names ("the United States, which left the Trans-Pacific
   * Partnership" makes no party of Peru).
   */
  static boolean namedParty(ArticleContext ctx, Entity treaty, String p) {
    return ctx.entities.containsKey(Entity.STATE + ":" + p) || knownOf(ctx, treaty) == null;
  }

  /** The dictionary's entry for a treaty the article named, or null for one it only described. */
  static Treaties.Known knownOf(ArticleContext ctx, Entity treaty) {
    for (String key : ctx.namedTreaties.keySet()) {
      Treaties.Known k = ctx.gazetteer.treaties().get(key);
      if (k.id().equals(treaty.id())) return k;
    }
    return null;
  }

  /**
   * The treaty signed before its parties were named ("the leaders of the five countries signed a
   * convention"), made now that they are: it becomes the treaty the article speaks of.
   */
  static Entity unnamedSigned(ArticleContext ctx, TreeSet<String> parties) {
    Entity t = treaty(ctx, null, parties, ctx.unnamedSigning);
    ctx.lastTreaty = new Entity(Entity.TREATY, t.id(), t.name(), null, t.parties(), iso(ctx.unnamedSigning), null, null);
    ctx.put(ctx.lastTreaty);
    ctx.unnamedSigning = null;
    ctx.unnamedSigned = false;
    return ctx.lastTreaty;
  }

  /**
   * The treaty states named after a signing join: the one read last, else the one signed before
   * its parties were named, made now that at least two are; null when there is none.
   */
  static Entity toJoin(ArticleContext ctx, java.util.Collection<String> states) {
    if (ctx.lastTreaty != null) return ctx.lastTreaty;
    TreeSet<String> parties = new TreeSet<>(states);
    return ctx.unnamedSigned && parties.size() >= 2 ? unnamedSigned(ctx, parties) : null;
  }

  /** The treaty with more parties, signed on {@code date} when the sentence gives one (its own signing, not a signatory's mention). */
  static Entity completed(Entity t, List<String> parties, DateMention date) {
    String signed = date != null ? date.iso() : t.signed();
    return new Entity(Entity.TREATY, t.id(), t.name(), null, List.copyOf(parties), signed, t.ratified(), t.inForce());
  }

  /** The treaty between {@code parties}: {@code last}, the one read before, if it is theirs, else a new one. */
  static Entity treaty(ArticleContext ctx, Entity last, TreeSet<String> parties, DateMention date) {
    String year = date != null ? String.valueOf(date.date().getYear()) : null;
    // "the treaty Berlusconi and Gaddafi had signed in 2008", after a memorandum signed in 2017: another document
    boolean sameYear = year == null || last == null
        || (last.signed() != null ? last.signed().startsWith(year) : !last.id().matches(".*-\\d{4}") || last.id().endsWith("-" + year));
    if (last != null && new TreeSet<>(last.parties()).equals(parties) && sameYear) return last;
    StringBuilder id = new StringBuilder("t-");
    List<String> names = new ArrayList<>();
    for (String p : parties) {
      id.append(p.toLowerCase(Locale.ROOT)).append('-');
      names.add(ctx.gazetteer.name(Entity.STATE, p));
    }
    if (year != null) id.append(year);
    else id.setLength(id.length() - 1);
    String name = String.join("–", names) + " treaty" + (year == null ? "" : " (" + year + ")");
    return new Entity(Entity.TREATY, id.toString(), name, null, List.copyOf(parties), null, null, null);
  }

  /** The document an organization's members signed as a body, its parties added when the article ends ({@link BlocSignings}). */
  static Entity ofOrganization(ArticleContext ctx, String organization, DateMention date) {
    String year = date != null ? "-" + date.date().getYear() : "";
    String id = "t-" + organization.toLowerCase(Locale.ROOT).replace('_', '-') + year;
    Entity known = ctx.entities.get(Entity.TREATY + ":" + id);
    if (known != null) return known;
    String name = ctx.gazetteer.name(Entity.ORGANIZATION, organization) + " agreement" + (date != null ? " (" + date.date().getYear() + ")" : "");
    return new Entity(Entity.TREATY, id, name, null, List.of(), null, null, null);
  }

  /** The mark {@link #another} puts at the end of a second document's id. */
  private static final java.util.regex.Pattern ANOTHER = java.util.regex.Pattern.compile("-(declaration|agreement)$");

  /** Whether the id is that of a second document between the same parties, made by {@link #another}. */
  static boolean isAnother(String id) {
    return ANOTHER.matcher(id).find();
  }

  /** A second document between the same parties: the same id marked as a declaration or an agreement. */
  static Entity another(ArticleContext ctx, Entity first, boolean declaration) {
    String base = ANOTHER.matcher(first.id()).replaceFirst("");
    if (!base.equals(first.id())) {                           // back to the first of the two
      Entity known = ctx.entities.get(Entity.TREATY + ":" + base);
      return known != null ? known : first;
    }
    String id = base + (declaration ? "-declaration" : "-agreement");
    Entity known = ctx.entities.get(Entity.TREATY + ":" + id);
    if (known != null) return known;
    if (declaration) ctx.declarations.add(id);
    String name = first.name().replace(" treaty", declaration ? " declaration" : " agreement");
    return new Entity(Entity.TREATY, id, name, null, first.parties(), null, null, null);
  }

  static Entity dated(Entity t, SentenceView s, Cues.Hit sign, Cues.Hit ratify, Cues.Hit inForce) {
    String signed = t.signed();
    String ratified = t.ratified();
    String force = t.inForce();
    if (sign != null && ratify == null && signed == null) signed = iso(s.dateNear(sign.from()));
    if (ratify != null && ratified == null) ratified = iso(s.dateNear(ratify.from()));
    if (inForce != null && force == null) force = iso(s.dateNear(inForce.from()));
    return new Entity(Entity.TREATY, t.id(), t.name(), null, t.parties(), signed, ratified, force);
  }

  static String iso(DateMention d) {
    return d == null ? null : d.iso();
  }

  /**
   * "El Tratado de Libre Comercio entre Centroamérica, República Dominicana y Estados Unidos entró en
   * vigor ... El acuerdo fue firmado en 2004 por Estados Unidos, Costa Rica, Guatemala...": "the
   * agreement" signed by its parties and more is the treaty read before; the list completes its
   * parties.
   */
  static boolean signedByMore(SentenceView s, ArticleContext ctx, Cues.Hit h, Cues.Hit sign, Entity last, java.util.Set<String> parties) {
    if (sign == null || last == null || h.from() == s.from || !s.covered(h.from() - 1, "thedef")) return false;
    if (knownOf(ctx, last) != null || ctx.declarations.contains(last.id()) != s.covered(h.from(), "declaration")) return false;
    // "el Protocolo de Río de Janeiro, que firmaron el 29 de enero de 1942 junto con Ecuador y Perú": signed in another year, another document
    DateMention on = s.dateNear(sign.from());
    // (a date the treaty only took from its entry into force tells nothing of its signing)
    if (on != null && last.signed() != null && !last.signed().equals(last.inForce()) && !last.signed().startsWith(String.valueOf(on.date().getYear()))) return false;
    return parties.size() > last.parties().size() && parties.containsAll(last.parties());
  }
}

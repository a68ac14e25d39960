package org.entente.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Bans on sales read as sanctions: "banned all sales of weapons and military technology to
 * Venezuela", "a interdit toute vente d'armes au Venezuela", "запретил продажу оружия". A word
 * for banning with a word for sales or deliveries up to five words after it, with no pause or
 * "and" between, makes one sanctions cue over both, whose target the sanctions rule reads after it.
 */
final class SalesBans {

  private static final int REACH = 5;

  private SalesBans() {}

  /** The cues with a "sanction" cue added over each ban on sales; in order, as {@link Cues#find} gives them. */
  static List<Cues.Hit> add(List<Cues.Hit> hits, List<Token> tokens, String text) {
    List<Cues.Hit> made = null;
    for (Cues.Hit ban : hits) {
      if (!ban.category().equals("ban")) continue;
      for (Cues.Hit sales : hits) {
        if (!sales.category().equals("sales") || sales.from() < ban.to() || sales.from() - ban.to() > REACH) continue;
        // not "Charterflüge ... untersagt und Reiseveranstaltern den Verkauf": a verb closing its clause bans what came before
        if (pauseBetween(tokens, text, ban.to() - 1, sales.from()) || coordBetween(hits, ban.to(), sales.from())) break;
        if (made == null) made = new ArrayList<>();
        made.add(new Cues.Hit("sanction", ban.from(), goodsEnd(hits, tokens, text, sales.to())));
        break;
      }
    }
    if (made == null) return hits;
    List<Cues.Hit> out = new ArrayList<>(hits.size() + made.size());
    out.addAll(hits);
    out.addAll(made);
    out.sort(java.util.Comparator.comparingInt(Cues.Hit::from));     // stable: the cues of a word keep their order
    return out;
  }

  /**
   * Where the goods after the word for sales end: "sales of U.S. weapons and military technology
   * to Venezuela" goes on to the "to" that names the buyer, at most eight words on, with no pause;
   * else the word for sales ends the cue.
   */
  private static int goodsEnd(List<Cues.Hit> hits, List<Token> tokens, String text, int at) {
    if (!startsWith(hits, at, "of", "from")) return at;
    for (int i = at + 1; i < tokens.size() && i - at <= 8; i++) {
      if (pauseBetween(tokens, text, i - 1, i)) return at;
      if (startsWith(hits, i, "to", "dative")) return i;
    }
    return at;
  }

  private static boolean coordBetween(List<Cues.Hit> hits, int from, int to) {
    for (Cues.Hit h : hits) if (h.category().equals("coord") && h.from() >= from && h.from() < to) return true;
    return false;
  }

  private static boolean startsWith(List<Cues.Hit> hits, int at, String... categories) {
    for (Cues.Hit h : hits) {
      if (h.from() != at) continue;
      for (String c : categories) if (h.category().equals(c)) return true;
    }
    return false;
  }

  /**
   * Whether a comma, semicolon, colon or a sentence's end stands in a gap between the words from
   * {@code a} to {@code b}. Only the gaps: the dots inside "U.S." are no pause. (The sentence views'
   * {@link SentenceView#markBetween} reads the words too, and they are not built yet here.)
   */
  private static boolean pauseBetween(List<Token> tokens, String text, int a, int b) {
    for (int i = a; i < b; i++) {
      for (int c = tokens.get(i).end(); c < tokens.get(i + 1).start(); c++) if (",;:.!?".indexOf(text.charAt(c)) >= 0) return true;
    }
    return false;
  }
}

package org.entente.extract;

/**
 * A place where an article names an entity: tokens [{@code from}, {@code to}) and characters
 * [{@code start}, {@code end}), with the kind of form used (name, capital, demonym...).
 */
public record Mention(String kind, String id, String formType, int from, int to, int start, int end,
                      String surface, boolean ambiguous) {

  public boolean isState() {
    return kind.equals(Entity.STATE);
  }

  /** An organization proper, with members and a name: not "the West" (WEST), which acts but has no members. */
  public boolean isOrganization() {
    return kind.equals(Entity.ORGANIZATION) && !id.equals("WEST");
  }

  /** Named by a demonym or adjective ("Russian", "nord-coréenne"), which qualifies a noun, not by a name. */
  public boolean isAdjectival() {
    return formType.equals(Form.DEMONYM) || formType.equals(Form.ADJECTIVE);
  }

  /** Written in the English possessive, like {@link Token#isPossessive()}: "Sudan's", "Washington’s". */
  public boolean isPossessive() {
    return surface.endsWith("'s") || surface.endsWith("’s");
  }

  /** States and organizations: what can impose sanctions, ally or be a member. */
  public boolean isActor() {
    return kind.equals(Entity.STATE) || kind.equals(Entity.ORGANIZATION);
  }
}

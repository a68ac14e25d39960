package org.entente.extract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One relation read from an article: type, direction, status, the date it takes effect when the
 * text gives one, and the sentence (with its character span) it was read from.
 * {@code rule} and {@code words} say why it was emitted; they are shown by {@code extract --explain}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Relation(String type, String source, String target, String status, String date,
                       String evidence, Integer start, Integer end, String rule, String words) {

  public static final String ALLIED_WITH = "ALLIED_WITH";
  public static final String MEMBER_OF = "MEMBER_OF";
  public static final String SANCTIONS = "SANCTIONS";
  public static final String LEADS = "LEADS";
  public static final String PARTY_TO = "PARTY_TO";
  public static final String SIGNED = "SIGNED";
  public static final String ACTIVE = "active";
  public static final String ENDED = "ended";

  /** Type, source and target: what makes two relations the same edge. */
  @JsonIgnore
  public String key() {
    return source + "|" + type + "|" + target;
  }

  public Relation withoutExplanation() {
    return new Relation(type, source, target, status, date, evidence, start, end, null, null);
  }
}

package org.entente.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Something an article names: a state, organization, leader or treaty, with the contract's id.
 * {@code state} is set for leaders, {@code parties} and {@code signed} for treaties.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(String kind, String id, String name, String state, List<String> parties,
                     String signed, String ratified, String inForce) {

  public static final String STATE = "State";
  public static final String ORGANIZATION = "Organization";
  public static final String LEADER = "Leader";
  public static final String TREATY = "Treaty";

  public static Entity of(String kind, String id, String name) {
    return new Entity(kind, id, name, null, null, null, null, null);
  }
}

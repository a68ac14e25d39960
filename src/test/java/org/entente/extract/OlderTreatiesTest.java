package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OlderTreatiesTest {

  @Test
  void aTreatyNamedWithAnotherYearIsAnotherDocumentOfTheSameParties() {
    Extraction x = Read.extraction("es", "Las presidentas de Chile y de Argentina firmaron el 30 de octubre de 2009 el Tratado de Maipú, "
        + "en el vigésimo quinto aniversario del Tratado de Paz y Amistad de 1984.");
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).extracting(Entity::id)
        .containsExactlyInAnyOrder("t-arg-chl-2009", "t-arg-chl-1984");
    assertThat(Read.relations("es", "Las presidentas de Chile y de Argentina firmaron el 30 de octubre de 2009 el Tratado de Maipú, "
        + "en el vigésimo quinto aniversario del Tratado de Paz y Amistad de 1984.", "SIGNED")).isNotEmpty().allMatch(r -> r.contains("2009"));
  }

  @Test
  void aSecondWordForTheSameTreatyIsNoOtherDocument() {
    Extraction x = Read.extraction("en", "Chile and Argentina signed a treaty of integration on October 30, 2009. "
        + "The Treaty of Maipu renews the framework of their relations.");
    assertThat(x.entities()).filteredOn(e -> e.kind().equals("Treaty")).hasSize(1);
  }
}

package org.entente.extract;

import java.util.List;

/** What the extractor read in one article: the contract's {@code extract} object. */
public record Extraction(String id, String lang, List<Entity> entities, List<Relation> relations) {}

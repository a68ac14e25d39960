package org.entente.search;

import java.util.List;

/** One search result: the article's id, title, date, language, score, snippet and entities. */
public record Hit(String id, String title, String published, String lang, String source, float score,
                  String snippet, List<String> mentions) {}

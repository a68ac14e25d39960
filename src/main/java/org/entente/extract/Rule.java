package org.entente.extract;

/** One relation rule: reads a sentence (and what the article said before it) and adds relations. */
interface Rule {
  void apply(SentenceView s, ArticleContext ctx);

  /** Once the whole article is read: what only the whole article tells. */
  default void finish(ArticleContext ctx) {}
}

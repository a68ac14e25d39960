package org.entente.extract;

/** A sentence of an article: its position, its character span in the article and its text. */
public record Sentence(int index, int start, int end, String text) {}

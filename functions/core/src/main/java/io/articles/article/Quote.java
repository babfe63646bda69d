package io.articles.article;

/** A direct quotation and who said it, when the text says so ({@code speaker} is null otherwise). */
public record Quote(String text, String speaker) {
}

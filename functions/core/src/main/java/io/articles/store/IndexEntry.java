package io.articles.store;

/**
 * One lookup an article answers: an item in the article's own partition (sort key {@code sortKey}) that the
 * lookup index finds by {@code indexPartition} and orders by {@code indexSort}.
 */
public record IndexEntry(String sortKey, String indexPartition, String indexSort) {
}

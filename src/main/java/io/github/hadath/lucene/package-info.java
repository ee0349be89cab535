/**
 * Lucene integration: {@link io.github.hadath.lucene.HadathArabicAnalyzer} indexes Arabic with
 * Hadath's normaliser, tokenizer and clitic segments, optionally adding entity tokens such as
 * {@code PERSON:ميشوستين} for faceting, so Lucene, Solr and Elasticsearch see the same words
 * Hadath does.
 *
 * <p>Lucene is an optional dependency of Hadath: add {@code org.apache.lucene:lucene-core}
 * (9.x) to use this package. Nothing else in Hadath uses it.
 */
package io.github.hadath.lucene;

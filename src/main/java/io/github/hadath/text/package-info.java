/**
 * The shared, immutable records every stage reads and writes: character spans into the
 * caller's original text, articles, sentences, tokens and their clitic segments.
 */
package io.github.hadath.text;

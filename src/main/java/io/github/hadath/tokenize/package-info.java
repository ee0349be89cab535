/** Articles, sentences, tokens and clitic segments, with spans in the original text. */
package io.github.hadath.tokenize;

/** Named-entity recognition: people, places, organisations and other names. */
package io.github.hadath.ner;

/**
 * Hadath's public entry point {@link io.github.hadath.Hadath} and its result
 * {@link io.github.hadath.Analysis}.
 */
package io.github.hadath;

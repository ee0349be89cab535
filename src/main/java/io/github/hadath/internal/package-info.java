/**
 * Hadath's internal plumbing: model loading with checksum verification and the OpenNLP model
 * guard.
 *
 * <p><b>Not API.</b> The classes here are public only so that Hadath's other packages can use
 * them; they may change or vanish in any release, without notice and without a deprecation
 * period (like jsoup's {@code org.jsoup.internal}). Do not call them from your code.
 */
package io.github.hadath.internal;

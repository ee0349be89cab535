/** The {@code hadath} command line (picocli). Nothing in the library depends on it. */
package io.github.hadath.cli;

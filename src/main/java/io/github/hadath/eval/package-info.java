/**
 * Evaluation: gold files, scorers and the oracle stages that let one stage be measured apart
 * from the others. Nothing in the library depends on this package.
 */
package io.github.hadath.eval;

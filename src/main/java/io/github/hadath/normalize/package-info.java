/** Arabic orthographic normalisation with offsets back to the original text. */
package io.github.hadath.normalize;

/** Time expressions: detection, TIMEX3 values, anchoring on the publication date. */
package io.github.hadath.time;

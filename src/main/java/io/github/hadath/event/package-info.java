/** Event extraction: statements, visits, meetings, talks, phone calls and agreements. */
package io.github.hadath.event;

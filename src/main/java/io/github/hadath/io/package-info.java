/** JSON and JSON Lines reading and writing of Hadath's public contract. */
package io.github.hadath.io;

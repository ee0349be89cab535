package org.example.evil;

/**
 * Stands for a class an attacker names in a model: its static initialiser records that it ran.
 * Outside {@code io.github.hadath} on purpose, so it is not on the guard's allow-list.
 */
public final class Canary {
  public static final String PROPERTY = "hadath.test.canary.initialised";

  static {
    System.setProperty(PROPERTY, "true");
  }

  private Canary() {}
}

package io.github.hadath;

/**
 * A failure with a stable code a program can switch on ({@code TOO_LARGE}, {@code MODEL_MISSING},
 * ...). Bad input and packaging faults are unchecked: the message names the value and the fix.
 */
public class HadathException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  /** Creates an exception with a stable code and a message. */
  public HadathException(String code, String message) {
    super("[" + code + "] " + message);
    this.code = code;
  }

  /** Creates an exception with a stable code, a message and a cause. */
  public HadathException(String code, String message, Throwable cause) {
    super("[" + code + "] " + message, cause);
    this.code = code;
  }

  /** Returns the stable code. */
  public String code() {
    return code;
  }
}

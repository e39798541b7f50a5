package dev.retort.autogen.scratch;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** No scratch database could be had (RT-M005), or {@code dev_url} is not empty (RT-M006). */
public final class ScratchUnavailableException extends RetortException {
  private static final long serialVersionUID = 1L;

  /**
   * @param code {@link ErrorCode#M005} or {@link ErrorCode#M006}
   * @param summary what failed, without a password
   * @param details each way tried and why it failed, one line each
   * @param hint what to change
   */
  public ScratchUnavailableException(ErrorCode code, String summary, List<String> details, String hint, Throwable cause) {
    super(code, null, summary, details, hint, cause);
  }
}

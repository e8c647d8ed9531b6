package org.pilotgate.security;

import java.time.Duration;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * A sign-in refused because it came too soon after wrong passwords from the same place
 * ({@link SignInThrottle}): its password was not checked. It fails as a wrong password does (the
 * login page's {@code ?error}), but the login page tells the person how long to wait.
 */
class SignInMustWait extends BadCredentialsException {

  SignInMustWait(Duration wait) {
    super("There have been too many wrong passwords from here. Wait " + readable(wait) + ", then try again.");
  }

  /** A wait rounded up to whole seconds, or to whole minutes from one minute on. */
  static String readable(Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    if (seconds < 60) {
      return seconds == 1 ? "1 second" : seconds + " seconds";
    }
    long minutes = (seconds + 59) / 60;
    return minutes == 1 ? "1 minute" : minutes + " minutes";
  }
}

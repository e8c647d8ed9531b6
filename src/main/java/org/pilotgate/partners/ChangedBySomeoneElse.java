package org.pilotgate.partners;

/** An edit began from a version of a partner that someone else has changed since: nothing was saved. */
class ChangedBySomeoneElse extends RuntimeException {

  ChangedBySomeoneElse(String name) {
    super(name + " was changed by someone else while you were editing it. Nothing was saved: check their "
        + "changes below and make yours again.");
  }
}

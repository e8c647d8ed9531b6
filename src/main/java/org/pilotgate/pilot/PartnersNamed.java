package org.pilotgate.pilot;

import java.util.List;

/** A proposal, first or revised, named these partners; published in the transaction of its step. */
public record PartnersNamed(String processInstanceId, String reference, String title, String proposer,
    List<Partner> partners) {}

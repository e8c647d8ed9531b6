package org.pilotgate.partners;

import java.time.Instant;

/** One organisation in the register, with who last changed it; {@code version} guards against lost edits. */
public record Partner(long id, PartnerDetails details, int version, String createdBy, Instant createdAt,
    String updatedBy, Instant updatedAt) {}

package org.pilotgate.library;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Map;

/**
 * A published report as the public reads it. {@code id} is the pilot reference; {@code globalId}
 * adds the council code, so reports from many councils never clash.
 */
public record LibraryReport(
    String id,
    String globalId,
    @JsonIgnore String processInstanceId,
    String outcome,
    String title,
    String serviceArea,
    String council,
    Instant publishedAt,
    Map<String, Object> content) {}

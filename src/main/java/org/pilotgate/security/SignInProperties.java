package org.pilotgate.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How wrong passwords slow down the next sign-in, under {@code pilotgate.sign-in.*}. See
 * {@link SignInThrottle}.
 *
 * @param firstDelay the wait after the first counted failure; each further failure doubles it
 * @param longestDelay the most any wait grows to: nobody is ever locked out for longer
 * @param freeFailuresPerAddress failures from one client address, over all user names, before that
 *     address is slowed down too (people behind one office address share it)
 * @param forgetAfter failures this long ago no longer count
 * @param maxTracked the most users-and-addresses (and, separately, addresses) kept in memory
 */
@ConfigurationProperties("pilotgate.sign-in")
public record SignInProperties(
    @DefaultValue("PT1S") Duration firstDelay,
    @DefaultValue("PT15M") Duration longestDelay,
    @DefaultValue("20") int freeFailuresPerAddress,
    @DefaultValue("PT1H") Duration forgetAfter,
    @DefaultValue("10000") int maxTracked) {}

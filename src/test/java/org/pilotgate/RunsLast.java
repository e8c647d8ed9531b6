package org.pilotgate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that leaves state in the test JVM that no Spring context owns (static registries of
 * Camunda's webapps, for example), so it runs after every other class ({@link DirtiedContextsLast}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RunsLast {

  /** What it leaves behind. */
  String value();
}

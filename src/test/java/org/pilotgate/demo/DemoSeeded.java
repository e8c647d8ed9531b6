package org.pilotgate.demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * A test on the demo as it first starts, seeded with its pilots. Every class with it shares one Spring
 * context of its own (the shared test context leaves seeding off, since other tests count pilots).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = "pilotgate.demo.seed=true")
public @interface DemoSeeded {}

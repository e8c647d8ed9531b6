package org.pilotgate.demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * A test on the demo as it first starts, seeded with its pilots. Every class with it shares one Spring
 * context of its own (the shared test context leaves seeding off, since other tests count pilots), on
 * an empty in-memory H2 database of its own, as the demo runs on the embedded H2 default: a first start
 * seeds only an empty database, and the PostgreSQL run's database is shared by every test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = {"pilotgate.demo.seed=true",
    "spring.datasource.url=jdbc:h2:mem:pilotgate-demo-${random.uuid};DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password="})
public @interface DemoSeeded {}

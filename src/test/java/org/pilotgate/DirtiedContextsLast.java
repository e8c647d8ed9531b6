package org.pilotgate;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Runs the test classes that close their Spring application context (@DirtiesContext) after all the
 * others, keeping the discovered order otherwise: a class that closed the shared context in the
 * middle of the run would make the next class start it again. Set as the default class order in
 * src/test/resources/junit-platform.properties.
 */
public class DirtiedContextsLast implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor test) -> test.isAnnotated(DirtiesContext.class)));
  }
}

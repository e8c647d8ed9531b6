package org.pilotgate;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Runs the test classes that close their Spring application context (@DirtiesContext) after all the
 * others, and those that leave state in the JVM itself ({@link RunsLast}) at the very end, keeping the
 * discovered order otherwise: a class that closed the shared context in the middle of the run would
 * make the next class start it again. Set as the default class order in
 * src/test/resources/junit-platform.properties.
 */
public class DirtiedContextsLast implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context.getClassDescriptors().sort(Comparator.comparingInt(DirtiedContextsLast::rank));
  }

  private static int rank(ClassDescriptor test) {
    return test.isAnnotated(RunsLast.class) ? 2 : test.isAnnotated(DirtiesContext.class) ? 1 : 0;
  }
}

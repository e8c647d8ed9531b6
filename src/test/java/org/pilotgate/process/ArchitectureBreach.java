package org.pilotgate.process;

import org.pilotgate.security.Groups;

/** Puts back an edge from the engine glue to security, which depends on the glue, so ArchitectureTest can show its rules catch it. */
class ArchitectureBreach {

  Groups groups;
}

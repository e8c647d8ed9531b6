package org.pilotgate.process;

import org.pilotgate.security.ReadGrants;

/** Puts back the edge that closed the process ⇄ security cycle, so ArchitectureTest can show its rules catch it. */
class ArchitectureBreach {

  ReadGrants readGrants;
}

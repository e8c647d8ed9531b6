package org.pilotgate.governance;

import org.pilotgate.pilot.Registration;

/** PilotGate's own records reaching a feature, so ArchitectureTest can show its rule catches it. */
class ArchitectureBreach {

  Registration registration;
}

package org.pilotgate.form;

import org.pilotgate.process.Actors;

/** A cycle outside the known one (form → process → form), so ArchitectureTest can show its cycle rule catches it. */
class ArchitectureBreach {

  Actors actors;
}

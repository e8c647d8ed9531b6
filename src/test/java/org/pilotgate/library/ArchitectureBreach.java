package org.pilotgate.library;

import org.pilotgate.gate.HarmResult;
import org.pilotgate.trial.TrialRecord;

/** The library reaching the gate's and the trial's internals, so ArchitectureTest can show its rule catches it. */
class ArchitectureBreach {

  HarmResult harmResult;
  TrialRecord.Trial trial;
}

package org.pilotgate.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** Lets an officer read the pilots they proposed, and no one else's. */
@Component
public class ProposerAccess {

  private final AuthorizationService authorizations;

  ProposerAccess(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void grantRead(String proposer, String processInstanceId) {
    Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setUserId(proposer);
    read.setResource(Resources.PROCESS_INSTANCE);
    read.setResourceId(processInstanceId);
    read.addPermission(Permissions.READ);
    authorizations.saveAuthorization(read);
  }
}

package org.pilotgate.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.pilotgate.pilot.PilotProposed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Read access to one thing, granted as it is made: a pilot to its proposer (and no one else's
 * pilots), a Tasklist filter to the groups it is for.
 */
@Component
class ReadGrants {

  private final AuthorizationService authorizations;

  ReadGrants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** In the transaction that starts the pilot: a pilot never exists without its proposer's grant. */
  @EventListener
  void pilotToProposer(PilotProposed proposed) {
    Authorization read = newRead(Resources.PROCESS_INSTANCE, proposed.processInstanceId());
    read.setUserId(proposed.proposer());
    authorizations.saveAuthorization(read);
  }

  void toGroup(String group, Resource resource, String resourceId) {
    Authorization read = newRead(resource, resourceId);
    read.setGroupId(group);
    authorizations.saveAuthorization(read);
  }

  private Authorization newRead(Resource resource, String resourceId) {
    Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setResource(resource);
    read.setResourceId(resourceId);
    read.addPermission(Permissions.READ);
    return read;
  }
}

package org.pilotgate.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Read access to one thing, granted as it is made: a pilot to its proposer (and no one else's
 * pilots), a Tasklist filter to the groups it is for.
 */
@Component
public class ReadGrants {

  private final AuthorizationService authorizations;

  ReadGrants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void pilotToProposer(String proposer, String processInstanceId) {
    Authorization read = newRead(Resources.PROCESS_INSTANCE, processInstanceId);
    read.setUserId(proposer);
    authorizations.saveAuthorization(read);
  }

  public void toGroup(String group, Resource resource, String resourceId) {
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

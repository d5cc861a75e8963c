package vn.chibo.elections;

import vn.chibo.members.MemberId;
import vn.chibo.organizations.OrganizationId;

/**
 * Puts a delegate on a delegate congress's list: elected by a lower congress (official or alternate, with the
 * alternate's votes there for their order), or a member of the convening committee, a delegate by right (whom the
 * list flags from the outgoing committee's seats).
 */
public record AddDelegate(
        MemberId member, boolean alternate, OrganizationId lowerOrganization, Integer alternateVotes) {}

package vn.chibo.organizations;

import java.time.LocalDate;
import vn.chibo.platform.DecisionReference;

/**
 * What is stored about an organization besides its place in the tree: short name, place name (for the place and date
 * line of its documents), contact details, its founding and, once dissolved, the decision that dissolved it. Shared
 * by the stored row and the organization page's {@link OrganizationDetails}.
 */
public record OrganizationParticulars(
        String shortName,
        String place,
        String address,
        String phone,
        String email,
        LocalDate foundedOn,
        DecisionReference founding,
        DecisionReference dissolution) {}

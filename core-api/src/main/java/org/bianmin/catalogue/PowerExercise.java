package org.bianmin.catalogue;

import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.UnifiedSocialCreditCode;

/**
 * Who exercises an item's power and how it came to them (GB/T 39554.2 elements 行使层级, 权力来源,
 * 实施主体, 实施主体性质, 委托部门, 联办机构). This is the item's own exercise as the catalogue lists it;
 * where a {@link DevolutionGrant} gives the item to a township, the township exercises it with the
 * grant's source and batch as its basis ({@link HandlingAnswer#powerSource()}).
 *
 * @param level                the exercise level
 * @param source               the power source
 * @param grantingBody         the body that devolved, authorised or entrusted the power (e.g. 泸定县人民政府);
 *                             required for every source but {@code STATUTORY}, absent for it
 * @param implementingBody     the implementing body's name (实施主体)
 * @param implementingBodyCode its unified social credit code, or null
 * @param nature               the implementing body's nature
 * @param entrustingDepartment the entrusting department (委托部门): required when the source is
 *                             {@code ENTRUSTED}, absent otherwise
 * @param jointBodies          bodies that handle it jointly (联办机构), possibly none
 */
public record PowerExercise(ExerciseLevel level, PowerSource source, String grantingBody, String implementingBody,
        UnifiedSocialCreditCode implementingBodyCode, BodyNature nature, String entrustingDepartment,
        List<String> jointBodies) {
    public PowerExercise {
        Checks.required(level, "exercise level (行使层级)");
        Checks.required(source, "power source (权力来源)");
        grantingBody = Checks.optionalText(grantingBody);
        if (source == PowerSource.STATUTORY && grantingBody != null) {
            throw BianminException.invalid("a power exercised by statute at this level has no granting body, got '"
                    + grantingBody + "': choose the source 上级下放, 授权 or 委托 if a body gave it");
        }
        if (source != PowerSource.STATUTORY && grantingBody == null) {
            throw BianminException.invalid("a power that is " + source.label()
                    + " needs the body that gave it (e.g. 泸定县人民政府)");
        }
        implementingBody = Checks.text(implementingBody, "implementing body (实施主体)", 200);
        Checks.required(nature, "nature of the implementing body (实施主体性质)");
        if ((nature == BodyNature.ENTRUSTED_ORGANISATION) != (source == PowerSource.ENTRUSTED)) {
            throw BianminException.invalid("implementing body " + implementingBody + " is a " + nature.label()
                    + " but the power source is " + source.label()
                    + ": an entrusted organisation (受委托组织) exercises exactly the entrusted (委托) powers");
        }
        entrustingDepartment = Checks.optionalText(entrustingDepartment);
        if ((entrustingDepartment != null) != (source == PowerSource.ENTRUSTED)) {
            throw BianminException.invalid(source == PowerSource.ENTRUSTED
                    ? "an entrusted power needs its entrusting department (委托部门)"
                    : "only an entrusted power has an entrusting department, got '" + entrustingDepartment + "'");
        }
        jointBodies = Checks.list(jointBodies, "joint bodies (联办机构)");
    }
}

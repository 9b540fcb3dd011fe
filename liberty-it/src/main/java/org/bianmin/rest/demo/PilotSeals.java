package org.bianmin.rest.demo;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealRequest;
import org.bianmin.seal.SealState;
import org.bianmin.seal.SubSealRequest;

/**
 * One active approval seal (审批服务专用章) per annex-2 pilot centre, with numbered sub-seals for
 * the centre's station and its pilot village's service room, requested by one demo administrator,
 * approved by another, made, and given to the demo custodian. Division codes below the county are
 * the demo catalogue's (illustrative; the annex names none).
 */
final class PilotSeals {
    static final Actor REQUESTER = Actor.of("admin.zhang");
    static final Actor APPROVER = Actor.of("approver.li");
    static final Actor CUSTODIAN = Actor.of("custodian.chen");

    /** A pilot centre and the sites its sub-seals are for. */
    record Centre(String township, DivisionCode division, List<Site> sites) {
    }

    /** A site of a centre that gets a numbered sub-seal. */
    record Site(String name, DivisionCode division) {
    }

    static final List<Centre> CENTRES = List.of(
            new Centre("兴隆镇", DivisionCode.of("513322102"), List.of(
                    new Site("泸定县兴隆镇德威便民服务站", DivisionCode.of("513322211")),
                    new Site("泸定县兴隆镇和平村便民服务室", DivisionCode.of("513322102201")))),
            new Centre("冷碛镇", DivisionCode.of("513322101"), List.of(
                    new Site("泸定县冷碛镇田坝便民服务站", DivisionCode.of("513322210")),
                    new Site("泸定县冷碛镇杵坭村便民服务室", DivisionCode.of("513322101203")))));

    private final SealRegistry registry;
    private final LocalDate today;

    PilotSeals(SealRegistry registry, LocalDate today) {
        this.registry = registry;
        this.today = today;
    }

    void load() {
        for (Centre centre : CENTRES) {
            Seal seal = registry.list(centre.division()).stream()
                    .filter(s -> !s.isSubSeal() && s.ownerDivision().equals(centre.division()) && live(s.state()))
                    .findFirst()
                    .orElseGet(() -> request(centre));
            Seal active = toActive(seal);
            List<Seal> subs = registry.list(DivisionCode.LUDING).stream()
                    .filter(s -> active.esId().equals(s.parentEsId()))
                    .toList();
            for (Seal sub : subs) {
                toActive(sub);
            }
            for (Site site : centre.sites().subList(Math.min(subs.size(), centre.sites().size()), centre.sites().size())) {
                toActive(registry.requestSubSeal(new SubSealRequest(active.esId(), site.name(), site.division(), REQUESTER)));
            }
        }
    }

    /** Valid from the start of the day the demo is loaded, for five years: the demo starts in any year. */
    private Seal request(Centre centre) {
        ZonedDateTime from = today.atStartOfDay(TimeSource.CHINA);
        return registry.request(new SealRequest("泸定县" + centre.township() + "便民服务中心", centre.division(),
                "泸定县" + centre.township() + "人民政府审批服务专用章", "审批专用章", from.toInstant(),
                from.plusYears(5).toInstant(), REQUESTER));
    }

    /** Moves a seal on to ACTIVE from wherever an earlier, interrupted load left it. */
    private Seal toActive(Seal seal) {
        Seal current = seal;
        if (current.state() == SealState.REQUESTED) {
            current = registry.approve(current.esId(), APPROVER);
        }
        if (current.state() == SealState.APPROVED) {
            current = registry.make(current.esId(), REQUESTER);
        }
        if (current.state() == SealState.MADE) {
            current = registry.activate(current.esId(), REQUESTER);
            registry.confirm(current.esId(), registry.proposeCustody(current.esId(), CUSTODIAN, REQUESTER,
                    "pilot seal for the demo custodian").id(), APPROVER);
        }
        return current;
    }

    private static boolean live(SealState state) {
        return state == SealState.REQUESTED || state == SealState.APPROVED || state == SealState.MADE
                || state == SealState.ACTIVE || state == SealState.SUSPENDED;
    }
}

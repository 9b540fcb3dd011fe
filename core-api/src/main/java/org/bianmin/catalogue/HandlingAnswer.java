package org.bianmin.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;

/**
 * The answer to the catalogue's central question (plan task 10): who handles item X for place P on
 * date D, within what time limits, with which materials?
 *
 * @param itemCode       the item asked about
 * @param itemName       its name
 * @param place          the place asked about (a village resolves to its township or station)
 * @param date           the date asked about
 * @param level          where the applicant hands in the application: {@code VILLAGE_PROXY} when the
 *                       village's proxy point accepts it (村级代办), else {@code TOWNSHIP} or {@code COUNTY}
 * @param acceptingPlace the place whose service site receives the application (the village room when
 *                       {@code level} is {@code VILLAGE_PROXY}, else the handling place)
 * @param handlingPlace  the township centre, station, or county centre that handles (办理) it
 * @param basis          why that place handles it
 * @param grant          the grant that decides it, or null when no grant does
 * @param batch          the grant's batch, or null
 * @param statutoryDays  statutory time limit in working days
 * @param promisedDays   promised time limit in working days
 * @param materials      the materials to hand in ({@link ServiceItem#materialsToHandIn()}: not those the
 *                       platform obtains by data sharing)
 * @param fee            the fee
 * @param version        the published version the answer comes from, or null for the live catalogue
 * @param powerSource    where the handling place's power comes from (权力来源): the deciding grant's source
 *                       (上级下放 or 委托, with its batch as basis) when a grant decides it, else the item's own
 *                       {@link PowerExercise#source()}, {@code STATUTORY} when the item gives none
 */
public record HandlingAnswer(String itemCode, String itemName, DivisionCode place, LocalDate date,
        ServiceLevel level, Place acceptingPlace, Place handlingPlace, HandlingBasis basis, DevolutionGrant grant,
        DevolutionBatch batch, int statutoryDays, int promisedDays, List<Material> materials, Fee fee,
        Integer version, PowerSource powerSource) {
    public HandlingAnswer {
        Checks.text(itemCode, "item code");
        Checks.text(itemName, "item name");
        Checks.required(place, "place");
        Checks.required(date, "date");
        Checks.required(level, "level");
        Checks.required(acceptingPlace, "accepting place");
        Checks.required(handlingPlace, "handling place");
        Checks.required(basis, "handling basis");
        if ((basis == HandlingBasis.DEVOLUTION_GRANT) != (grant != null)) {
            throw BianminException.invalid("an answer names a grant exactly when a grant decides it");
        }
        materials = Checks.list(materials, "materials");
        Checks.required(fee, "fee");
        powerSource = grant != null ? grant.source() : powerSource == null ? PowerSource.STATUTORY : powerSource;
    }

    /** An answer whose power source follows from its grant, or is statutory without one. */
    public HandlingAnswer(String itemCode, String itemName, DivisionCode place, LocalDate date, ServiceLevel level,
            Place acceptingPlace, Place handlingPlace, HandlingBasis basis, DevolutionGrant grant, DevolutionBatch batch,
            int statutoryDays, int promisedDays, List<Material> materials, Fee fee, Integer version) {
        this(itemCode, itemName, place, date, level, acceptingPlace, handlingPlace, basis, grant, batch, statutoryDays,
                promisedDays, materials, fee, version, null);
    }

    /** The level that handles (办理) it: {@code TOWNSHIP} or {@code COUNTY}. */
    public ServiceLevel handlingLevel() {
        return handlingPlace.kind() == PlaceKind.COUNTY ? ServiceLevel.COUNTY : ServiceLevel.TOWNSHIP;
    }

    /** The deciding grant, if a grant decides it. */
    public Optional<DevolutionGrant> decidingGrant() {
        return Optional.ofNullable(grant);
    }

    /** A one-line summary in Chinese, e.g. for a window guide. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(itemName).append("（").append(itemCode).append("）：");
        if (level == ServiceLevel.VILLAGE_PROXY) {
            text.append(acceptingPlace.siteName()).append("代办，");
        }
        text.append(handlingPlace.siteName()).append("办理（")
                .append(powerSource == PowerSource.ENTRUSTED ? "县级权力委托乡镇" : basis.label());
        if (grant != null) {
            text.append("，第").append(grant.batch()).append("批，").append(grant.documentNumber());
        }
        text.append("）；法定").append(statutoryDays).append("个工作日，承诺").append(promisedDays).append("个工作日");
        return text.toString();
    }
}

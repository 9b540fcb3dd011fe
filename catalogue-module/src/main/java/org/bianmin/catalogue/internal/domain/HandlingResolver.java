package org.bianmin.catalogue.internal.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.bianmin.catalogue.DevolutionBatch;
import org.bianmin.catalogue.DevolutionGrant;
import org.bianmin.catalogue.HandlingAnswer;
import org.bianmin.catalogue.HandlingBasis;
import org.bianmin.catalogue.Place;
import org.bianmin.catalogue.PlaceKind;
import org.bianmin.catalogue.PowerExercise;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.ServiceLevel;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;

/**
 * Answers "who handles item X for place P on date D" (plan task 10) from a {@link CatalogueState}:
 * <ol>
 * <li>a village resolves to the township centre or station it belongs to, a station to its township;</li>
 * <li>a township's statutory item (乡镇法定权力) is handled there;</li>
 * <li>otherwise a grant of the item to the township that applies on D decides it (赋予乡镇);</li>
 * <li>otherwise the county centre handles it;</li>
 * <li>a village proxy point accepts it on the applicant's behalf when the item has the village-proxy
 * level (村级代办).</li>
 * </ol>
 */
public final class HandlingResolver {
    private HandlingResolver() {
    }

    /** The answer, or a failure with {@code ITEM_NOT_FOUND}, {@code PLACE_NOT_FOUND} or {@code ITEM_NOT_HANDLED_AT_PLACE}. */
    public static HandlingAnswer resolve(CatalogueState state, String itemCode, DivisionCode placeCode, LocalDate date,
            Integer version) {
        if (itemCode == null || placeCode == null || date == null) {
            throw BianminException.invalid("who-handles needs an item code, a place and a date");
        }
        return state.read(() -> {
            ServiceItem item = state.item(itemCode, date).orElseThrow(() -> new BianminException(
                    ErrorCode.ITEM_NOT_FOUND, "item " + itemCode + " is not in the catalogue on " + date
                            + (version == null ? "" : " in version " + version)));
            Place place = knownPlace(state, placeCode);
            if (place.kind() == PlaceKind.COUNTY) {
                if (!item.levels().contains(ServiceLevel.COUNTY)) {
                    throw new BianminException(ErrorCode.ITEM_NOT_HANDLED_AT_PLACE, "item " + itemCode + " ("
                            + item.name() + ") is a township power: ask for the township or village of the applicant");
                }
                return answer(item, place, date, ServiceLevel.COUNTY, place, place, HandlingBasis.COUNTY, null, null,
                        version);
            }
            Place site = place.kind() == PlaceKind.VILLAGE ? knownPlace(state, place.parent()) : place;
            Place township = site.kind() == PlaceKind.STATION ? knownPlace(state, site.parent()) : site;
            Place county = knownPlace(state, township.parent());

            Place handling;
            HandlingBasis basis;
            DevolutionGrant grant = null;
            DevolutionBatch batch = null;
            if (item.townshipStatutory()) {
                handling = site;
                basis = HandlingBasis.TOWNSHIP_STATUTORY;
            } else {
                Optional<DevolutionGrant> active = state.activeGrant(itemCode, township.code(), date);
                if (active.isPresent()) {
                    grant = active.get();
                    batch = state.batch(grant.batch()).orElse(null);
                    handling = site;
                    basis = HandlingBasis.DEVOLUTION_GRANT;
                } else {
                    handling = county;
                    basis = HandlingBasis.COUNTY;
                }
            }
            boolean proxy = place.kind() == PlaceKind.VILLAGE && item.villageProxy();
            ServiceLevel level = proxy ? ServiceLevel.VILLAGE_PROXY
                    : handling.kind() == PlaceKind.COUNTY ? ServiceLevel.COUNTY : ServiceLevel.TOWNSHIP;
            return answer(item, place, date, level, proxy ? place : handling, handling, basis, grant, batch, version);
        });
    }

    private static Place knownPlace(CatalogueState state, DivisionCode code) {
        return state.place(code).orElseThrow(() -> new BianminException(ErrorCode.PLACE_NOT_FOUND,
                "place " + code + " is not in the catalogue's list of places"));
    }

    private static HandlingAnswer answer(ServiceItem item, Place asked, LocalDate date, ServiceLevel level,
            Place accepting, Place handling, HandlingBasis basis, DevolutionGrant grant, DevolutionBatch batch,
            Integer version) {
        PowerExercise exercise = item.elements().exercise();
        return new HandlingAnswer(item.code(), item.name(), asked.code(), date, level, accepting, handling, basis,
                grant, batch, item.statutoryDays(), item.promisedDays(), item.materialsToHandIn(), item.fee(), version,
                grant == null && exercise != null ? exercise.source() : null);
    }
}

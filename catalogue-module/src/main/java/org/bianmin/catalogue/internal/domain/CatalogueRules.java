package org.bianmin.catalogue.internal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.bianmin.catalogue.ChangeNote;
import org.bianmin.catalogue.DevolutionBatch;
import org.bianmin.catalogue.DevolutionGrant;
import org.bianmin.catalogue.Place;
import org.bianmin.catalogue.PlaceKind;
import org.bianmin.catalogue.ServiceBundle;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;

/**
 * What a change must satisfy against the catalogue as it stands (plan tasks 8, 10): no
 * duplicate codes, no grants of unknown items or to unknown places, no overlapping grants of one item
 * to one township, no dates out of order. Each refusal has a stable {@link ErrorCode} and names the
 * record. Nothing here writes.
 */
public final class CatalogueRules {
    private CatalogueRules() {
    }

    public static void checkAddPlace(CatalogueState state, Place place) {
        Checks.required(place, "place");
        if (state.place(place.code()).isPresent()) {
            throw new BianminException(ErrorCode.PLACE_DUPLICATE_CODE,
                    "place " + place.code() + " (" + place.name() + ") is already in the catalogue");
        }
        if (place.kind() == PlaceKind.COUNTY) {
            return;
        }
        Place parent = state.place(place.parent()).orElseThrow(() -> new BianminException(ErrorCode.PLACE_NOT_FOUND,
                "place " + place.code() + " (" + place.name() + ") lies within " + place.parent()
                        + ", which is not in the catalogue: add it first"));
        boolean fits = switch (place.kind()) {
            case TOWNSHIP -> parent.kind() == PlaceKind.COUNTY;
            case STATION -> parent.kind() == PlaceKind.TOWNSHIP;
            case VILLAGE -> parent.kind() == PlaceKind.TOWNSHIP || parent.kind() == PlaceKind.STATION;
            case COUNTY -> false;
        };
        if (!fits) {
            throw BianminException.invalid("a " + place.kind().label() + " (" + place.code() + " " + place.name()
                    + ") cannot lie within a " + parent.kind().label() + " (" + parent.code() + ")");
        }
    }

    public static void checkAddBatch(CatalogueState state, DevolutionBatch batch) {
        Checks.required(batch, "batch");
        if (state.batch(batch.number()).isPresent()) {
            throw new BianminException(ErrorCode.BATCH_DUPLICATE_NUMBER,
                    "batch " + batch.number() + " already exists (" + state.batch(batch.number()).get().title() + ")");
        }
    }

    public static void checkAddItem(CatalogueState state, ServiceItem item, ChangeNote note) {
        Checks.required(item, "item");
        Checks.required(note, "change note");
        Optional<Timeline<ServiceItem>> timeline = state.itemTimeline(item.code());
        if (timeline.isPresent()) {
            if (timeline.get().latest() != null) {
                throw new BianminException(ErrorCode.ITEM_DUPLICATE_CODE, "item code " + item.code()
                        + " is already used by '" + timeline.get().latest().name() + "'");
            }
            checkNotBefore(timeline.get().latestFrom(), note.effective(), "item " + item.code());
        }
    }

    /** Checks an amendment or removal of an existing item. */
    public static void checkChangeItem(CatalogueState state, String code, ChangeNote note) {
        Checks.required(code, "item code");
        Checks.required(note, "change note");
        checkLatest(state.itemTimeline(code), ErrorCode.ITEM_NOT_FOUND, "item " + code, note);
    }

    public static void checkSaveBundle(CatalogueState state, ServiceBundle bundle, ChangeNote note) {
        Checks.required(bundle, "bundle");
        Checks.required(note, "change note");
        for (String itemCode : bundle.itemCodes()) {
            if (state.item(itemCode, note.effective()).isEmpty()) {
                throw new BianminException(ErrorCode.ITEM_NOT_FOUND, "bundle " + bundle.code() + " groups item "
                        + itemCode + ", which is not in the catalogue on " + note.effective());
            }
        }
        state.bundleTimeline(bundle.code())
                .ifPresent(timeline -> checkNotBefore(timeline.latestFrom(), note.effective(), "bundle " + bundle.code()));
    }

    public static void checkRemoveBundle(CatalogueState state, String code, ChangeNote note) {
        Checks.required(note, "change note");
        checkLatest(state.bundleTimeline(code), ErrorCode.BUNDLE_NOT_FOUND, "bundle " + code, note);
    }

    /**
     * Checks a change to an entry that is in the catalogue now (its latest revision is not a
     * removal), effective no earlier than that revision.
     */
    private static void checkLatest(Optional<? extends Timeline<?>> timeline, ErrorCode missing, String entry,
            ChangeNote note) {
        Timeline<?> latest = timeline.filter(t -> t.latest() != null)
                .orElseThrow(() -> new BianminException(missing, entry + " is not in the catalogue"));
        checkNotBefore(latest.latestFrom(), note.effective(), entry);
    }

    /**
     * Checks a new grant against the catalogue and against {@code pending} grants of the same
     * change (an import) that are not yet in the state.
     */
    public static void checkGrant(CatalogueState state, DevolutionGrant grant, Collection<DevolutionGrant> pending) {
        Checks.required(grant, "grant");
        if (state.grant(grant.id()).isPresent() || pending.stream().anyMatch(g -> g.id().equals(grant.id()))) {
            throw BianminException.invalid("grant id " + grant.id() + " is already used");
        }
        if (state.itemTimeline(grant.itemCode()).isEmpty()) {
            throw new BianminException(ErrorCode.ITEM_NOT_FOUND, "grant " + grant.id() + " grants item "
                    + grant.itemCode() + ", which is not in the catalogue");
        }
        if (state.batch(grant.batch()).isEmpty()) {
            throw new BianminException(ErrorCode.BATCH_NOT_FOUND, "grant " + grant.id() + " belongs to batch "
                    + grant.batch() + ", which does not exist: add the batch first");
        }
        for (DivisionCode township : grant.townships()) {
            Place place = state.place(township).orElseThrow(() -> new BianminException(ErrorCode.PLACE_NOT_FOUND,
                    "grant " + grant.id() + " names township " + township + ", which is not in the catalogue"));
            if (place.kind() != PlaceKind.TOWNSHIP) {
                throw BianminException.invalid("grant " + grant.id() + " names " + township + " (" + place.name()
                        + "), a " + place.kind().label() + ": grants go to townships");
            }
            for (DevolutionGrant existing : state.grantsOf(grant.itemCode(), township)) {
                checkNoOverlap(grant, existing, township);
            }
            for (DevolutionGrant other : pending) {
                if (other.itemCode().equals(grant.itemCode()) && other.townships().contains(township)) {
                    checkNoOverlap(grant, other, township);
                }
            }
        }
    }

    private static void checkNoOverlap(DevolutionGrant grant, DevolutionGrant existing, DivisionCode township) {
        if (grant.overlaps(existing)) {
            throw new BianminException(ErrorCode.GRANT_OVERLAPS, "grant " + grant.id() + " of item "
                    + grant.itemCode() + " to township " + township + " (" + period(grant)
                    + ") overlaps grant " + existing.id() + " (batch " + existing.batch() + ", "
                    + existing.documentNumber() + ", " + period(existing) + ")");
        }
    }

    private static String period(DevolutionGrant grant) {
        LocalDate end = grant.lastDay();
        return grant.effectiveFrom() + " to " + (end == null ? "open end" : end.toString());
    }

    public static DevolutionGrant checkWithdraw(CatalogueState state, String grantId, ChangeNote note) {
        Checks.required(note, "change note");
        DevolutionGrant grant = state.grant(grantId).orElseThrow(() -> new BianminException(ErrorCode.GRANT_NOT_FOUND,
                "grant " + grantId + " does not exist"));
        if (grant.withdrawal() != null) {
            throw new BianminException(ErrorCode.GRANT_ALREADY_WITHDRAWN, "grant " + grantId + " was withdrawn from "
                    + grant.withdrawal().from() + " (" + grant.withdrawal().reason() + ")");
        }
        if (note.effective().isBefore(grant.effectiveFrom())) {
            throw new BianminException(ErrorCode.DATE_RANGE_INVALID, "grant " + grantId + " takes effect on "
                    + grant.effectiveFrom() + "; it cannot be withdrawn from " + note.effective());
        }
        if (grant.effectiveUntil() != null && note.effective().isAfter(grant.effectiveUntil().plusDays(1))) {
            throw new BianminException(ErrorCode.DATE_RANGE_INVALID, "grant " + grantId + " already ended on "
                    + grant.effectiveUntil() + "; there is nothing to withdraw from " + note.effective());
        }
        return grant;
    }

    private static void checkNotBefore(LocalDate latest, LocalDate effective, String what) {
        if (effective.isBefore(latest)) {
            throw new BianminException(ErrorCode.DATE_RANGE_INVALID, what + " last changed with effect from " + latest
                    + "; a change cannot take effect earlier (" + effective + ")");
        }
    }
}

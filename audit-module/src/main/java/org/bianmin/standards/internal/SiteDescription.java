package org.bianmin.standards.internal;

import java.util.List;
import org.bianmin.proxy.AgentRole;
import org.bianmin.standards.SiteKind;
import org.bianmin.standards.internal.SiteCodes.Colour;
import org.bianmin.standards.internal.SiteCodes.DisclosureField;
import org.bianmin.standards.internal.SiteCodes.Employment;
import org.bianmin.standards.internal.SiteCodes.Equipment;
import org.bianmin.standards.internal.SiteCodes.Facility;
import org.bianmin.standards.internal.SiteCodes.GovInfoTopic;
import org.bianmin.standards.internal.SiteCodes.Orientation;
import org.bianmin.standards.internal.SiteCodes.PublishedRule;
import org.bianmin.standards.internal.SiteCodes.Typeface;
import org.bianmin.standards.internal.SiteCodes.WindowKind;
import org.bianmin.standards.internal.SiteCodes.Zone;

/**
 * A site description as read from JSON (schema in the audit-module README). Every field except
 * {@code kind}, {@code name} and {@code divisionCode} may be absent: an absent field is data the
 * description lacks (the rules that need it are NOT_ASSESSED), an empty list is a site that has
 * none. Values were range-checked by {@link SiteDescriptionReader}.
 */
public record SiteDescription(SiteKind kind, String name, String divisionCode, String township, String proxyPointId,
        Double areaM2, List<Zone> zones, List<Equipment> equipment, List<Window> windows, List<Facility> facilities,
        List<PublishedRule> publishedRules, List<Staff> staff, Signage signage, Seal seal, Disclosure disclosure,
        List<GovInfoTopic> govInfoTopics, String complaintPhone, Emergency emergency, List<String> patrols,
        List<String> trainings) {

    /** A service window and its counter (任务6). */
    public record Window(WindowKind kind, Double counterHeightCm, Double counterWidthCm, Boolean cctv) {
    }

    /** A member of staff at the windows, or a village agent, with the badge they wear (任务9 四, 11 二, 13). */
    public record Staff(String name, String post, Employment employment, Boolean computerLiterate, String abPost,
            Boolean partyMember, AgentRole role, Badge badge) {
    }

    /** A window badge (岗位牌: 单位、姓名、职务、电话和照片; 党员注明身份). */
    public record Badge(String unit, String name, String post, String phone, Boolean photo, Boolean partyMarked) {
    }

    /** The sign at the door (任务4 二, 任务11 六个一). */
    public record Signage(String text, Colour colour, Typeface typeface, Orientation orientation) {
    }

    /** How approvals are sealed (任务5). */
    public record Seal(Boolean dedicatedApprovalSeal, Boolean governmentSealForApprovals, Integer sites,
            Boolean numberedSeals) {
    }

    /** How items are published (任务9 一). */
    public record Disclosure(Integer itemsTotal, Integer itemsPublished, List<DisclosureField> fields) {
    }

    /** Emergency preparedness (任务7 三). */
    public record Emergency(Boolean plan, Boolean staffTrained, String lastDrill) {
    }
}

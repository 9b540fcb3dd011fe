package org.bianmin.standards;

import java.util.List;
import org.bianmin.proxy.AgentRole;
import org.bianmin.standards.SiteCodes.Colour;
import org.bianmin.standards.SiteCodes.DisclosureField;
import org.bianmin.standards.SiteCodes.Employment;
import org.bianmin.standards.SiteCodes.Equipment;
import org.bianmin.standards.SiteCodes.Facility;
import org.bianmin.standards.SiteCodes.GovInfoTopic;
import org.bianmin.standards.SiteCodes.Orientation;
import org.bianmin.standards.SiteCodes.PublishedRule;
import org.bianmin.standards.SiteCodes.Typeface;
import org.bianmin.standards.SiteCodes.WindowKind;
import org.bianmin.standards.SiteCodes.Zone;

/**
 * A site description (站点情况): what a supervisor records about a township centre, station or
 * village room, the facts the standards rules judge. Its JSON form, the file a supervisor writes,
 * is documented in the audit-module README; reading that JSON is the business of the caller (the
 * REST API, the shell), not of {@link StandardsChecker}.
 *
 * <p>Every field except {@code kind}, {@code name} and {@code divisionCode} may be null: an absent
 * field is data the description lacks (the rules that need it are NOT_ASSESSED), an empty list is a
 * site that has none. The record holds what it is given; {@link StandardsChecker#check} validates it
 * (ranges depend on the checker's configured thresholds) and refuses it with
 * {@code SITE_DESCRIPTION_INVALID} naming the field, e.g. {@code windows[2].counterHeightCm}.
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

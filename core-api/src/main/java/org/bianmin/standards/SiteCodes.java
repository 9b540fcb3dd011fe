package org.bianmin.standards;

/**
 * The codes a {@link SiteDescription} may use, one enum per list of the schema (audit-module README,
 * "Site description"). An unknown code in a description's JSON makes it invalid
 * ({@code SITE_DESCRIPTION_INVALID}).
 */
public final class SiteCodes {
    private SiteCodes() {
    }

    /** Areas of a site (任务4: 日常办公区、综合服务区、办事等候区; 任务11: 群众办事区、休息区). */
    public enum Zone {
        OFFICE, SERVICE, WAITING, REST
    }

    /** Equipment the plan names (任务4, 任务11, 任务4 五 fire equipment, 任务16 评价器). */
    public enum Equipment {
        OFFICE_PHONE, COMPUTER, DOCUMENT_CAMERA, PRINTER, SELF_SERVICE_TERMINAL, WATER_DISPENSER, FIRST_AID_KIT,
        PHONE_CHARGER, FAX, FILE_CABINET, DESK_AND_CHAIRS, FIRE_EXTINGUISHER, FIRE_HYDRANT, CCTV, EVALUATION_DEVICE
    }

    /** Arrangements and published material the plan names (任务4, 7, 9, 11, 12, 15, 16). */
    public enum Facility {
        GOV_EXTRANET, PLATFORM_3, ESCAPE_ROUTE, SAFETY_SIGNS, FREE_FORMS, FREE_STATIONERY, SERVICE_GUIDE, SAMPLE_FORMS,
        BILINGUAL_GUIDE, GOVINFO_BOARD, GUIDANCE_STAFF, PRIORITY_SERVICE, SUGGESTION_BOX, EVALUATION_QR, PLAIN_CARD,
        LEDGER, BULLETIN_BOARD, HIGH_FREQUENCY_LIST, APPEAL_LEDGER, CARE_LEDGER
    }

    /** Window kinds (任务6 综合受理/综合办事/综合咨询, 特色窗口; 任务15 办不成事反映窗口). */
    public enum WindowKind {
        ACCEPTANCE(true), PROCESSING(true), CONSULTING(true), TOURISM(false), RURAL_REVITALISATION(false),
        PROJECT_CONSTRUCTION(false), CANT_DO(false), SERVICE(false);

        private final boolean comprehensive;

        WindowKind(boolean comprehensive) {
            this.comprehensive = comprehensive;
        }

        /** Whether this is one of the comprehensive windows C-WINDOWS counts. */
        public boolean comprehensive() {
            return comprehensive;
        }

        /** Whether this is one of the optional special windows of C-SPECIAL. */
        public boolean special() {
            return this == TOURISM || this == RURAL_REVITALISATION || this == PROJECT_CONSTRUCTION;
        }
    }

    /** Published rules and adopted assessment methods (任务16). */
    public enum PublishedRule {
        FIRST_INQUIRY, TIME_LIMITED_COMPLETION, ACCOUNTABILITY, ONE_TIME_NOTICE, DUAL_POST, WHEREABOUTS_NOTE,
        WINDOW_ASSESSMENT, PROXY_POINT_ASSESSMENT
    }

    /** What a window worker is employed as (任务13). */
    public enum Employment {
        CIVIL_SERVANT, PUBLIC_INSTITUTION, AUTHORISED_UNIT, VILLAGE_CADRE, OTHER;

        /** Whether the plan allows this employment at a centre's window. */
        public boolean establishedStaff() {
            return this == CIVIL_SERVANT || this == PUBLIC_INSTITUTION || this == AUTHORISED_UNIT;
        }
    }

    /** Topics of the government-information board (任务9 三). */
    public enum GovInfoTopic {
        EMPLOYMENT, SOCIAL_INSURANCE, SOCIAL_ASSISTANCE, FAMILY_PLANNING, FARMLAND_APPROVAL, SOCIAL_WELFARE,
        FARM_SUBSIDIES
    }

    /** What an item's public listing shows (任务9 一). */
    public enum DisclosureField {
        NAME, MATERIALS, STATUTORY_LIMIT, PROMISED_LIMIT, FEE
    }

    /** Sign colour (任务4 二: 红字). */
    public enum Colour {
        RED, OTHER
    }

    /** Sign typeface (任务4 二: 宋体). */
    public enum Typeface {
        SONG, OTHER
    }

    /** Sign layout (任务4 二: 横排). */
    public enum Orientation {
        HORIZONTAL, VERTICAL
    }
}
